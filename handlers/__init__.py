"""Channel-neutral conversation: a Message in (channel, user, text), Replies out (text, choices).

Knows nothing of Telegram or Zalo types; channels/ adapts each messenger to this.
"""
from .conversation import Conversation
from .types import Choice, Message, Reply

__all__ = ["Choice", "Conversation", "Message", "Reply"]
