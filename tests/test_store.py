import dataclasses
import json
import sqlite3
import threading
import time

import pytest

from knowledge import KnowledgeBase
from store import Store
from knowledge.facts import FACTS_FILE, load_facts_file


def test_first_use_creates_the_file_and_loads_every_fact(db_path):
    assert not db_path.exists()
    store = Store.open(db_path)
    assert db_path.exists()
    assert {f.id for f in store.facts.facts()} == {f.id for f in load_facts_file().facts}
    assert all(h["action"] == "add" for h in store.facts.history("poverty.poor_households"))


def test_loading_again_is_idempotent(store):
    version = store.facts.kb_version()
    counts = store.facts.load(load_facts_file())
    assert counts["added"] == counts["updated"] == 0
    assert store.facts.kb_version() == version
    assert len(store.facts.history("poverty.poor_households")) == 1


def test_reload_keeps_an_operators_change_and_says_so(store, tmp_path, caplog):
    fact = store.facts.fact("poverty.poor_households")
    store.facts.save_fact(dataclasses.replace(fact, values={"households": 1600, "rate": 7.6}), actor="telegram:42")

    data = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    data["facts"][0]["values"]["households"] = 1500  # the file changed too, after the operator
    changed = tmp_path / "facts.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    Store.open(store.database.path, facts_file=changed)  # a restart with the new file loads it

    assert store.facts.fact("poverty.poor_households").values["households"] == 1600
    assert "keeping their version" in caplog.text
    actions = [h["action"] for h in store.facts.history("poverty.poor_households")]
    assert actions == ["add", "update", "file-change-not-applied"]


def test_a_changed_facts_file_updates_facts_nobody_touched(store, tmp_path):
    data = json.loads(FACTS_FILE.read_text(encoding="utf-8"))
    data["facts"][1]["values"]["households"] = 590
    changed = tmp_path / "facts.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    Store.open(store.database.path, facts_file=changed)
    assert store.facts.fact("poverty.near_poor_households").values["households"] == 590


def test_derived_total_follows_its_parts(store, kb):
    assert "2.146 hộ" in kb.render("poverty.total")
    poor = store.facts.fact("poverty.poor_households")
    store.facts.save_fact(dataclasses.replace(poor, values={"households": 1600, "rate": 7.6}), actor="operator")
    kb.refresh()
    assert "2.184 hộ" in kb.render("poverty.total")
    assert "10,40%" in kb.render("poverty.total")


def test_another_process_sees_a_change_on_its_next_question(db_path):
    serving = KnowledgeBase(Store.open(db_path).facts)
    assert "1.562" in serving.ask("có bao nhiêu hộ nghèo").facts[0].text

    operator = Store.open(db_path)  # a second connection, as another process would have
    poor = operator.facts.fact("poverty.poor_households")
    operator.facts.save_fact(dataclasses.replace(poor, values={"households": 1499, "rate": 7.1}), actor="operator")

    assert "1.499" in serving.ask("có bao nhiêu hộ nghèo").facts[0].text


def test_questions_are_logged_with_their_outcome(store):
    store.questions.log("terminal", "u1", "giá vàng hôm nay", "fallback", [], 0.1)
    row = next(store.database.db["questions"].rows)
    assert (row["question"], row["status"], row["channel"]) == ("giá vàng hôm nay", "fallback", "terminal")


def test_a_failed_write_changes_nothing(store):
    before = store.facts.kb_version()
    try:
        with store.transaction() as db:
            db["facts"].update("poverty.poor_households", {"answer": "half-written"})
            raise RuntimeError("crash mid-change")
    except RuntimeError:
        pass
    assert store.facts.kb_version() == before
    assert store.facts.fact("poverty.poor_households").answer != "half-written"


def test_a_change_made_by_another_process_is_seen_on_the_next_question(store, kb):
    assert "1.562" in kb.ask("bao nhieu ho ngheo").facts[0].text  # the same words are asked again below
    other = Store.open(store.database.path)  # e.g. `bot.py facts set` while the bot runs
    fact = other.facts.fact("poverty.poor_households")
    other.facts.save_fact(dataclasses.replace(fact, values={"households": 1600, "rate": 7.6}), actor="cli:op")
    assert "1.600" in kb.ask("bao nhieu ho ngheo").facts[0].text
    other.close()


def test_a_change_rolled_back_leaves_the_version_as_it_was(store):
    before = store.facts.kb_version()
    fact = store.facts.fact("poverty.poor_households")
    with pytest.raises(RuntimeError), store.transaction():
        store.facts.save_fact(dataclasses.replace(fact, values={"households": 1, "rate": 1.0}), actor="telegram:42")
        raise RuntimeError("changed my mind")
    assert store.facts.kb_version() == before
    assert store.facts.fact("poverty.poor_households").values["households"] == 1562


def test_background_checkpoints_copy_the_log_into_the_file(db_path):
    store = Store.open(db_path)
    store.database.checkpoint_in_background(interval=0.05)
    size = db_path.stat().st_size
    with store.transaction():
        for n in range(300):  # enough rows for new pages
            store.questions.log("test", str(n), "câu hỏi " * 50, "fallback", [], 0.0)
    deadline = time.monotonic() + 10
    while db_path.stat().st_size <= size and time.monotonic() < deadline:
        time.sleep(0.05)
    assert db_path.stat().st_size > size  # without a checkpoint the rows would sit in the -wal file only
    assert store.database.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0  # no commit waits for one
    store.close()
    time.sleep(0.2)
    assert "sqlite-checkpoint" not in [t.name for t in threading.enumerate()]
    assert sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM questions").fetchone()[0] == 300


def test_a_rebuilt_index_lets_the_old_one_go(store, kb):
    import gc
    import weakref

    old_index = weakref.ref(kb.index)
    fact = store.facts.fact("poverty.poor_households")
    store.facts.save_fact(dataclasses.replace(fact, values={"households": 1600, "rate": 7.6}), actor="telegram:42")
    kb.refresh()
    gc.collect()
    assert old_index() is None  # at 100.000 facts an index is a gigabyte: one per change would add up
