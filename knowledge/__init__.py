"""Facts of the article, the SQLite store, Vietnamese normalisation and the matcher.

Knows nothing of chat: ``KnowledgeBase(Store(path)).ask(question)`` is the whole API
the conversation uses.
"""
from .base import Answer, FactAnswer, KnowledgeBase
from .store import Store

__all__ = ["Answer", "FactAnswer", "KnowledgeBase", "Store"]
