"""Facts of the article, Vietnamese normalisation and the matcher.

Knows nothing of chat: ``KnowledgeBase(store.facts).ask(question)`` is the whole API
the conversation uses (the facts live in the SQLite file: store/facts.py).
"""
from .base import Answer, FactAnswer, KnowledgeBase

__all__ = ["Answer", "FactAnswer", "KnowledgeBase"]
