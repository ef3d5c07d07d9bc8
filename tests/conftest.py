import pytest

from handlers import Conversation
from knowledge import KnowledgeBase, Store


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kb.db"


@pytest.fixture
def store(db_path):
    store = Store(db_path)
    yield store
    store.close()


@pytest.fixture
def kb(store):
    return KnowledgeBase(store)


@pytest.fixture
def conversation(kb, store):
    return Conversation(kb, store)
