"""The knowledge base as the conversation sees it: ask a question, get facts back.

It reads the store, builds the matcher's index, and rebuilds it whenever the
store's version moves (an operator's change, in this process or another one).
"""
from __future__ import annotations

import dataclasses
import gc
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .facts import Fact, render_answer, resolve_values
from .matcher import Document, Index, Match

if TYPE_CHECKING:
    from store.facts import FactStore

TOPIC_PREFIX = "topic:"


@dataclass
class FactAnswer:
    """One fact ready to show: its rendered text, and the later year asked about, if any."""

    fact: Fact
    text: str
    later_year: int | None = None


@dataclass
class Answer:
    status: str  # "answered" | "suggest" | "fallback"
    facts: list[FactAnswer] = field(default_factory=list)
    suggestions: list[tuple[str, str]] = field(default_factory=list)  # (key, title)
    score: float = 0.0
    earlier_year: int | None = None  # asked about a year before the data: not answered

    @property
    def fact_ids(self) -> list[str]:
        return [a.fact.id for a in self.facts] or [key for key, _ in self.suggestions]


class KnowledgeBase:
    def __init__(self, store: FactStore):
        self.store = store
        self._version = -1
        self._lock = threading.Lock()
        self.refresh()

    def is_current(self) -> bool:
        """Whether the index was built from the facts as they are now."""
        return self.store.kb_version() == self._version

    def refresh(self) -> None:
        """Rebuild the index if the store changed since the last build."""
        version = self.store.kb_version()
        if version == self._version:
            return
        with self._lock:
            facts = self.store.facts()
            topics = self.store.topics()
            self.facts = {f.id: f for f in facts}
            self.topics = [t for t in topics if any(f.topic == t.id for f in facts)]
            self.values = resolve_values(self.facts)
            # What each fact says and where it is from changes only with the facts: work it out once here.
            self._shown = {f.id: self._show(f) for f in facts}
            self.index = Index(self._documents())
            self._version = version
        # The index lives as long as the process: keep the cyclic garbage collector from
        # walking its millions of objects on every collection (a latency spike at 100.000 facts).
        gc.unfreeze()  # the old index was frozen too: let it go
        gc.collect()
        gc.freeze()

    def _documents(self) -> list[Document]:
        documents = [
            Document(f.id, [f.title, *f.questions, *f.keywords], [self.render(f.id) or f.answer],
                     parent=TOPIC_PREFIX + f.topic)
            for f in self.facts.values()
        ]
        # A topic is asked about in its own words, and also explains its facts' words (weakly),
        # so "giám đốc sở chỉ đạo gì" finds the topic of directions rather than one direction.
        for topic in self.topics:
            members = [f for f in self.facts.values() if f.topic == topic.id]
            member_texts = [text for f in members for text in (f.title, *f.questions, *f.keywords)]
            documents.append(Document(TOPIC_PREFIX + topic.id, [topic.title, *topic.questions, *topic.keywords],
                                      member_texts, aggregate=True))
        return documents

    def render(self, fact_id: str) -> str | None:
        """The fact's answer with its figures; None for a derived fact whose parts are gone."""
        return self._shown[fact_id][1]

    def _show(self, fact: Fact) -> tuple[Fact, str | None]:
        """The fact as shown (dated and sourced as its newest part, if derived) and its answer."""
        shown = self.provenance(fact)
        return shown, render_answer(shown, self.values[fact.id])

    def title(self, key: str) -> str:
        if key.startswith(TOPIC_PREFIX):
            topic = next((t for t in self.topics if TOPIC_PREFIX + t.id == key), None)
            return topic.title if topic else key
        return self.facts[key].title if key in self.facts else key

    def facts_for(self, key: str, later_year: int | None = None) -> list[FactAnswer]:
        """The facts a key stands for: one fact, or every fact of a topic. Unknown keys give none."""
        if key.startswith(TOPIC_PREFIX):
            ids = [f.id for f in self.facts.values() if TOPIC_PREFIX + f.topic == key]
        else:
            ids = [key] if key in self.facts else []
        answers = []
        for fact_id in ids:
            fact, text = self._shown[fact_id]
            if text is not None:  # a derived fact whose parts were deleted says nothing rather than something wrong
                late = later_year if later_year and later_year > fact.as_of_year else None
                answers.append(FactAnswer(fact, text, late))
        return answers

    def provenance(self, fact: Fact) -> Fact:
        """A derived fact is as recent as its newest part, and comes from where that part comes from."""
        parts = {ref.strip().rpartition(".")[0] for expr in fact.derived.values() for ref in expr.split("+")}
        newest = max((self.facts[p] for p in parts if p in self.facts), key=lambda f: f.as_of, default=None)
        if newest is None or newest.as_of <= fact.as_of:
            return fact
        return dataclasses.replace(fact, as_of=newest.as_of, as_of_label=newest.as_of_label, source=newest.source)

    def choose(self, key: str) -> list[FactAnswer]:
        """What a picked choice stands for, from the current facts."""
        self.refresh()
        return self.facts_for(key)

    def ask(self, question: str, refresh: bool = True) -> Answer:
        """Answer from the current facts (``refresh=False``: the caller has just refreshed)."""
        if refresh:
            self.refresh()
        match: Match = self.index.match(question)
        keys = [c.key for c in match.candidates]
        if match.status == "answered":
            facts = [a for key in keys for a in self.facts_for(key, max(match.years, default=None))]
            earlier = [y for y in match.years if all(y < a.fact.as_of_year for a in facts)]
            if earlier:
                # We have no figure for that year: offer the one we have instead of passing it off.
                return Answer("suggest", suggestions=[(k, self.title(k)) for k in keys],
                              score=match.score, earlier_year=min(earlier))
            if facts:
                return Answer("answered", facts=facts, score=match.score)
            return Answer("fallback", score=match.score)
        if match.status == "suggest":
            return Answer("suggest", suggestions=[(k, self.title(k)) for k in keys], score=match.score)
        return Answer("fallback", score=match.score)
