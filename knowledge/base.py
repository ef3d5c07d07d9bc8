"""The knowledge base as the conversation sees it: ask a question, get facts back.

It reads the store, builds the matcher's index, and rebuilds it whenever the
store's version moves (an operator's change, in this process or another one).
"""
from __future__ import annotations

import dataclasses
import gc
import logging
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from . import compare, rank
from .analysis import ENDS, YEAR_SPAN, Analysis, analyse, points_back, unit_asked, with_light_places
from .decision import CONTACT, FIGURES_ASKED, PROCEDURE, SUGGEST_SCORE, asks_a_count, build_decider
from .facts import Fact, FactsError, Topic, render_answer, resolve_values, topic_members, written_values
from .matcher import Document, Index, Search
from .normalize import canonical_word, fold
from .places import COUNTRY, gazetteer, place_words

if TYPE_CHECKING:
    from store.facts import FactStore

log = logging.getLogger(__name__)

TOPIC_PREFIX = "topic:"
EVENT_DONE = re.compile(r"\b(?:tổ chức|bàn giao|trao tặng|trao|khai giảng|khánh thành|làm việc với)\b", re.I)
YEAR_END_MONTH = 11  # from this month on, a year's gifts are for the next year's Tết
OCCASION = re.compile(r"\b(?:tet|dip|ky niem|ngay hoi|phien giao dich|hoi nghi|hoi cho)\b")  # folded, as typed
NOT_COUNTS_NAMED = ("amount", "rate", "share", "duration")  # a fact's values that count nothing (ingest names them)
SHORTLIST = 10  # candidates the decision sees: enough to still have some after other places are left out
# Where to ask when the bot cannot answer: operators keep it current like any fact; it is said in
# every "I don't know", never matched as an answer (it holds no figure anyone asks for).
CONTACT_TOPIC = "contact"
# What few facts say, asked in words they barely use ("sdt cán bộ lao động xã", "cần giấy tờ gì"): the facts saying
# it are searched too, and compete with those found.
SAID_BY_FEW = {"contact": CONTACT, "procedure": PROCEDURE}
FIGURES = frozenset({"money", "rate", "each", "each_one", "commune", "change"})
# which place a ranking asks for ("ấp nào … nhiều nhất", "xã nào … cao nhất"), as rank.py names the rows'
RANKED = {"hamlet": "ấp", "commune": "xã"}
# what a ranking's question says besides what is ranked: its places' kinds, "nào", and its ends (analysis.ENDS)
RANKING_WORDS = frozenset({"ap", "khom", "xa", "phuong", "thi", "tran", "nao", "nhat"}) | {
    fold(word) for word in ENDS}
FIGURE_KINDS = FIGURES | {"person", "time"}  # asked of a topic, only its facts holding them answer (_holds_one)
# The place the bot serves: a question naming no place is about it first, however many facts other
# places' articles bring.
HOME_PLACE = "huyện Long Mỹ, tỉnh Hậu Giang"


def _held_that_day(fact: Fact, text: str) -> bool:
    """An event of one day ("Ngày 24/1/2018, UBND huyện tổ chức bàn giao 9 căn nhà"): its figures are that day's,
    never a later year's."""
    return fact.as_of_label.startswith("ngày") and EVENT_DONE.search(text) is not None


def _occasion_year(fact: Fact) -> int:
    """The year of the occasion (a Tết) a fact's figures are of: gifts dated November or December are the next
    year's Tết's."""
    return fact.as_of_year + (int(fact.as_of[5:7]) >= YEAR_END_MONTH)


@dataclass
class FactAnswer:
    """One fact ready to show: its rendered text, and the later year asked about, if any."""

    fact: Fact
    text: str
    later_year: int | None = None
    wider_place: str = ""  # the fact's own place, when the question named a place inside it
    asked_place: str = ""
    other_place: str = ""  # the fact's place, when the question named none and it is not the place served
    served_place: str = ""  # then, the place served
    part_of_served: bool = False  # and whether the fact's place lies inside it (a commune of the district served)


@dataclass
class KnownSource:
    """A source the knowledge base has facts from: what it is, the places its facts are about, its facts."""

    id: str  # its key in the sources table ("" for an operator's own figure)
    source: dict[str, str]  # name, title, published, byline, url, place
    places: list[str] = field(default_factory=list)
    fact_ids: list[str] = field(default_factory=list)


@dataclass
class Answer:
    status: str  # "answered" | "suggest" | "fallback"
    facts: list[FactAnswer] = field(default_factory=list)
    suggestions: list[tuple[str, str]] = field(default_factory=list)  # (key, title)
    score: float = 0.0
    earlier_year: int | None = None  # asked about a year before the data: not answered
    wider_place: str = ""  # asked about a place inside it (a commune), we have only this place's figure
    later_year: int | None = None  # asked about a year after the data: the latest offered, not answered
    latest_label: str = ""  # when the latest figure offered is of
    reason: str = ""  # why the closest facts were not given: "place", or the kind of answer they lack
    asked_places: list[str] = field(default_factory=list)  # the places the question named
    known_places: list[str] = field(default_factory=list)  # the places the knowledge base has figures for
    comparison: compare.Comparison | None = None  # two figures compared: the facts are the two, in order
    ranking: rank.Ranking | None = None  # a table's rows ranked: the fact is the row at the end asked

    @property
    def fact_ids(self) -> list[str]:
        return [a.fact.id for a in self.facts] or [key for key, _ in self.suggestions]


class KnowledgeBase:
    def __init__(self, store: FactStore, home: str = HOME_PLACE):
        self.store = store
        self.home = home
        self._version = -1
        self._lock = threading.Lock()
        self._uncommitted = False  # built inside a transaction, from facts it may yet undo
        store.database.on_rollback(self._forget_uncommitted)
        self.refresh()

    def _forget_uncommitted(self) -> None:
        """A transaction was undone: if this index was built from inside it (an operator's change
        that then failed), it shows facts that never were; build again on the next question."""
        if self._uncommitted:
            self._version = -1

    def is_current(self) -> bool:
        """Whether the index was built from the facts as they are now."""
        return self.store.kb_version() == self._version

    def refresh(self) -> None:
        """Rebuild the index if the store changed since the last build.

        Everything is built aside and swapped in at the end: if building fails, the old
        facts and index keep answering. A fact that cannot be shown or read is left out
        (logged, and listed in ``broken`` for operators) so that the others still answer.
        """
        version = self.store.kb_version()
        if version == self._version:
            return
        with self._lock:
            facts = {f.id: f for f in self.store.facts()}
            values = resolve_values(facts)
            written = written_values(facts, values)
            shown, broken = {}, {}
            for fact in facts.values():
                try:
                    shown[fact.id] = self._show(fact, facts, values[fact.id], written[fact.id])
                except (FactsError, ValueError) as error:
                    broken[fact.id] = str(error)
            for fact_id in broken:
                del facts[fact_id]
            topics = [t for t in self.store.topics()
                      if t.id != CONTACT_TOPIC and any(f.topic == t.id for f in facts.values())]
            try:
                documents = self._documents(facts, topics, shown)
                index = Index(documents)
            except Exception:  # one fact's text the matcher cannot read: find it, answer with the rest
                log.exception("Building the index failed; looking for the facts that break it")
                for fact in list(facts.values()):
                    try:
                        Index(self._documents({fact.id: fact}, [], shown))
                    except Exception as error:  # noqa: BLE001 (whatever the matcher raised)
                        broken[fact.id] = f"{type(error).__name__}: {error}"
                        del facts[fact.id]
                topics = [t for t in topics if any(f.topic == t.id for f in facts.values())]
                documents = self._documents(facts, topics, shown)
                index = Index(documents)
            for fact_id, reason in broken.items():
                log.error("Fact %s is left out until an operator fixes it: %s", fact_id, reason)
            self.facts, self.topics, self.values, self._shown = facts, topics, values, shown
            self.broken, self.index, self.written = broken, index, written
            self.where_to_ask = next((shown[f.id][1] for f in facts.values() if f.topic == CONTACT_TOPIC), None)
            self.decider = build_decider(documents, self.facts, self.render, self.index._related, self.home)
            # the facts whose own text says what few do (SAID_BY_FEW; not a drafted question's words: "vùng có điều
            # kiện kinh tế – xã hội đặc biệt khó khăn" gives no papers to bring), under what they say, for _search
            self._saying = {kind: [key for key, fact in facts.items() if said.search(shown[key][1] or fact.answer)]
                            for kind, said in SAID_BY_FEW.items()}
            # (one place spelled with the old and the new tone placement, "Thuận Hoà", "Thuận Hòa", is listed once)
            labels = {_spelled(p.label): p.label for pr in self.decider.profiles.values() for p in pr.subject}
            home = {_spelled(p.label) for p in self.decider.home}
            self.known_places = [p.label for p in self.decider.home] + sorted(
                label for key, label in labels.items() if key not in home)
            self.known_sources = self._sources(facts)
            gaz = gazetteer()
            # (and the province its own merged into in 2025: "Long Mỹ cũ, nay thuộc Cần Thơ")
            self._home_places = frozenset(self.decider.home) | {
                a for h in self.decider.home for a in gaz.ancestors(h)} | {
                gaz.places[gaz.merged_into[h.province]] for h in self.decider.home if h.province in gaz.merged_into}
            # Questions come back word for word (a popular one after an announcement, the same few in
            # a busy hour); the facts are fixed until the next rebuild, so neither does their decision.
            self._decide = lru_cache(maxsize=4096)(self._decide_uncached)
            self._version = version
            self._uncommitted = self.store.database.in_transaction
        # The index lives as long as the process: keep the cyclic garbage collector from
        # walking its millions of objects on every collection (a latency spike at 100.000 facts).
        gc.unfreeze()  # the old index was frozen too: let it go
        gc.collect()
        gc.freeze()

    def _sources(self, facts: dict[str, Fact]) -> list[KnownSource]:
        """Each source the live facts come from, with the places its facts are about, most facts first."""
        found: dict[tuple[str, ...], KnownSource] = {}
        for fact in facts.values():
            if fact.topic == CONTACT_TOPIC:
                continue
            key = (fact.source_id,) if fact.source_id else tuple(sorted(fact.source.items()))
            known = found.setdefault(key, KnownSource(fact.source_id, dict(fact.source)))
            known.fact_ids.append(fact.id)
            for place in self.decider.profiles[fact.id].subject:
                if place.label not in known.places:
                    known.places.append(place.label)
        return sorted(found.values(), key=lambda k: -len(k.fact_ids))

    @staticmethod
    def _documents(facts: dict[str, Fact], topics: list[Topic], shown: dict) -> list[Document]:
        members = topic_members(facts.values())
        of_topic = {f.id for of in members.values() for f in of}
        documents = [
            Document(f.id, [f.title, *f.questions, *f.keywords], [shown[f.id][1] or f.answer],
                     parent=TOPIC_PREFIX + f.topic if f.id in of_topic else None,
                     place_words=place_words(f.declared_place))
            for f in facts.values() if f.topic != CONTACT_TOPIC
        ]
        # A topic is asked about in its own words, and also explains its facts' words (weakly),
        # so "giám đốc sở chỉ đạo gì" finds the topic of directions rather than one direction.
        for topic in topics:
            member_texts = [text for f in members.get(topic.id, []) for text in (f.title, *f.questions, *f.keywords)]
            documents.append(Document(TOPIC_PREFIX + topic.id, [topic.title, *topic.questions, *topic.keywords],
                                      member_texts, aggregate=True))
        return documents

    def render(self, fact_id: str) -> str | None:
        """The fact's answer with its figures; None for a derived fact whose parts are gone, or a broken fact."""
        return self._shown[fact_id][1] if fact_id in self._shown else None

    @staticmethod
    def _show(fact: Fact, facts: dict[str, Fact], values: dict[str, float | int],
              written: dict[str, str] | None = None) -> tuple[Fact, str | None]:
        """The fact as shown (dated and sourced as its newest part, if derived) and its answer."""
        shown = KnowledgeBase.provenance(fact, facts)
        return shown, render_answer(shown, values, written)

    def title(self, key: str) -> str:
        if key.startswith(TOPIC_PREFIX):
            topic = next((t for t in self.topics if TOPIC_PREFIX + t.id == key), None)
            return topic.title if topic else key
        return self.facts[key].title if key in self.facts else key

    def facts_for(self, key: str) -> list[FactAnswer]:
        """The facts a key stands for: one fact, or every fact of a topic. Unknown keys give none."""
        if key.startswith(TOPIC_PREFIX):
            ids = self.decider.members.get(key, [])
        else:
            ids = [key] if key in self.facts else []
        answers = []
        for fact_id in ids:
            fact, text = self._shown[fact_id]
            if text is not None:  # a derived fact whose parts were deleted says nothing rather than something wrong
                answers.append(FactAnswer(fact, text))
        return answers

    @staticmethod
    def provenance(fact: Fact, facts: dict[str, Fact]) -> Fact:
        """A derived fact is as recent as its newest part, and comes from where that part comes from."""
        parts = {ref.strip().rpartition(".")[0] for expr in fact.derived.values() for ref in expr.split("+")}
        newest = max((facts[p] for p in parts if p in facts), key=lambda f: f.as_of, default=None)
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
        return self._decide(question)

    def _decide_uncached(self, question: str) -> Answer:
        analysis = analyse(question)
        answers: list[Answer] = []
        parts: list[Analysis] = []
        if analysis.questions:  # two questions in one message: both answers, if each is clear
            # "Ở Trà Vinh có bao nhiêu hộ nghèo, chiếm mấy phần trăm?": the place is the message's (and the place
            # meant, "huyện mình", "tỉnh"), and so is the asker's story a part points back at ("… ở KCN Giao Long. Cho
            # hỏi bên đó có bao nhiêu doanh nghiệp với bao nhiêu lao động?")
            parts = [dataclasses.replace(a, places=a.places or analysis.places,
                                         place_kind=a.place_kind or analysis.place_kind,
                                         province=a.province or analysis.province,
                                         parts=a.parts + (analysis.parts[1:] if len(a.parts) == 1 and points_back(a)
                                                          else ())) for a in map(analyse, analysis.questions)]
            answers = [self._answer(a) for a in parts]
            facts = list({a.fact.id: a for answer in answers for a in answer.facts}.values())
            if all(a.status == "answered" for a in answers) and not self._too_few_figures(
                    sum(a.figures_asked for a in parts), facts):
                if analysis.counted_apart and not self._found_as_one(analysis, {a.fact.id for a in facts}):
                    return Answer("suggest", suggestions=[(a.fact.id, self.title(a.fact.id)) for a in facts],
                                  score=min(a.score for a in answers))
                return Answer("answered", facts=facts, score=min(a.score for a in answers))
        if "compare" in analysis.kinds:
            worked_out = self._compare(question)
            if worked_out is not None:
                return worked_out
        if len(analysis.extremes) == 1 and analysis.kinds & RANKED.keys():
            ranked = self._rank(analysis)
            if ranked is not None:
                return ranked
        whole = self._answer(analysis)
        clear = [a.fact for answer in answers if answer.status == "answered" for a in answer.facts]
        if whole.status == "answered" and any(all(f.topic != a.fact.topic for a in whole.facts) for f in clear):
            # "Sở xuống bữa nào, rồi tin lên báo bữa nào?": the clear half is of another subject than what the
            # message as a whole found; half an answer is not passed off as the whole: each is offered.
            keys = [*(a.fact.id for a in whole.facts), *(f.id for f in clear),
                    *(k for answer in answers for k, _ in answer.suggestions)]
            return Answer("suggest", suggestions=[(k, self.title(k)) for k in dict.fromkeys(keys)], score=whole.score)
        if whole.status == "answered" and clear and self._half_answered(whole, clear, parts, answers):
            unclear = [answer for answer in answers if answer.status != "answered"]
            keys = [*(a.fact.id for a in whole.facts), *(k for answer in unclear for k in answer.fact_ids[:2])]
            return Answer("suggest", suggestions=[(k, self.title(k)) for k in dict.fromkeys(keys)], score=whole.score)
        return whole

    def _found_as_one(self, analysis: Analysis, ids: set[str]) -> bool:
        """Whether the message asking two counts of one clause, as a whole, answered with one of the facts its parts
        found, or hesitated between them (not "… bao nhiêu hộ nghèo và bao nhiêu hộ Khmer nghèo?" whose second part
        found a fact of something else: then both are offered)."""
        whole = self._answer(analysis)
        return ids <= set(whole.fact_ids) or whole.status == "answered" and set(whole.fact_ids) <= ids

    def _half_answered(self, whole: Answer, clear: list[Fact], parts: list[Analysis], answers: list[Answer]) -> bool:
        """Whether the message as a whole found only what its clear half did, a figure that the other half ("Phát
        hiện bao nhiêu thiếu sót, phạt mấy doanh nghiệp?": how many companies) asks of none of those facts, and its
        own search found another first: half an answer, offered, never passed off as the whole."""
        found = {f.id for f in clear}
        return all(a.fact.id in found for a in whole.facts) and any(
            answer.status != "answered" and _asks_a_figure(part) and not any(
                a.fact.id in answer.fact_ids[:1] or self.decider.holds_figure_asked(a.fact.id, part)
                for a in whole.facts) for part, answer in zip(parts, answers))

    def _compare(self, question: str) -> Answer | None:
        """Two facts' figures and their difference, when each side of a comparison finds its fact."""
        parts = compare.sides(question)
        if parts is None:
            return None
        answers = [self._answer(analyse(part)) for part in parts]
        # each side's one fact, of one place (a side naming no place may be answered for other places after it)
        if not all(a.status == "answered" and self._one_place(a.facts) for a in answers):
            return None
        first, second = answers[0].facts[0], answers[1].facts[0]
        if first.other_place != second.other_place:
            return None
        unit = unit_asked(question)
        figures = [compare.figure(a.fact, self.values[a.fact.id], unit) for a in (first, second)]
        if first.fact.id == second.fact.id or None in figures:
            return None
        comparison = compare.compared(*figures)
        if comparison is None:
            return None
        return Answer("answered", facts=[first, second], score=min(a.score for a in answers), comparison=comparison)

    def _rank(self, analysis: Analysis) -> Answer | None:
        """The place at the end asked of the table by hamlet or commune the question finds ("Ấp nào … nhiều hộ nghèo
        nhất?"), worked out from the table's rows (rank.py), of the closest row's table: the question must say
        nothing else than its places, the ranking's words, the years the row is of and the column asked."""
        analysis = with_light_places(analysis, self._is_home)
        found = self._search(analysis)
        mentions = self.decider.mentions(analysis)
        # (the closest row: "… chia theo ấp như sau:" heads the table, and a fact on another subject may come closer
        # still; naming no place, the table closest is whichever place's, its answer says whose)
        top, row = next(((c, r) for c in found.candidates
                         if c.key in self.facts and (r := rank.shape(self._row(c.key)))), (None, None))
        if top is None or top.score < SUGGEST_SCORE or mentions and not self.decider.fits(top.key, mentions):
            return None
        placed = {w for m in analysis.places for w in m.words}
        years = self.decider.profiles[top.key].years
        said = {found.spelled[g] for g in found.telling} - placed - RANKING_WORDS - {str(year) for year in years}
        unknown = {found.spelled[g] for g, holders in found.holders.items() if holders == frozenset()}
        kinds = {RANKED[kind] for kind in analysis.kinds & RANKED.keys()}
        # (a word no fact has, "thoát", or another year than the table's: "Năm 2020 ấp nào …")
        if unknown - placed - RANKING_WORDS or analysis.years - years or row.kind not in kinds:
            return None
        source = self.facts[top.key].source_id
        ranking = rank.rank([self._row(key) for key, fact in self.facts.items() if fact.source_id == source],
                            self._row(top.key), {t.fold for t in analysis.asked_words}, said,
                            next(iter(analysis.extremes)), "rate" in analysis.kinds)
        if ranking is None:
            return None
        return Answer("answered", facts=[self._placed(a, analysis) for a in self.facts_for(ranking.ranked[0].key)],
                      score=top.score, ranking=ranking)

    def _row(self, key: str) -> rank.Row:
        return rank.Row(key, self.facts[key].answer, self.values[key], self.written.get(key, {}))

    @staticmethod
    def _one_place(facts: list[FactAnswer]) -> bool:
        """Whether the first place's part of an answer is one fact."""
        return sum(a.other_place == facts[0].other_place for a in facts) == 1

    def _answer(self, analysis: Analysis) -> Answer:
        analysis = with_light_places(analysis, self._is_home)
        decision = self.decider.decide(self._search(analysis), analysis)
        keys = [c.key for c in decision.candidates]
        mentions = self.decider.mentions(analysis)
        # the places asked of, not where people went to work ("huyện Tân Châu", not "huyện Tân Châu, Nhật Bản")
        asked = [m.places[0].label for m in mentions if m.places[0].level > COUNTRY] or [
            m.places[0].label for m in mentions]
        if decision.status == "answered":
            # A topic answers with its facts about the place asked (or the home place), never another's.
            found = [a for key in keys for a in self.facts_for(key)]
            # of a topic, its facts about the place, holding an answer of the kind asked (an amount, a rate, a
            # person, a date, a commune: another place's may have it) and of the period asked; a fact the decision
            # chose itself answers whatever its place
            figures = analysis.kinds & FIGURE_KINDS
            facts = [a for a in found if (a.fact.id in keys or self.decider.fits(a.fact.id, mentions))
                     and self._holds_one(a, figures, analysis.roles) and self.decider.of_part(a.fact.id, analysis)
                     and (a.fact.id in keys or self.decider.of_whom_asked(a.fact.id, analysis)  # a resident's own
                          and self.decider.counts_what_is_asked(a.fact.id, analysis, asks_a_count(analysis)))]
            holding = [a for a in found if self._holds_one(a, figures, analysis.roles)]
            if not facts and not mentions and not any(k.startswith(TOPIC_PREFIX) for k in keys):
                facts = holding  # naming no place, about what only another place's fact says ("lớp nghề trồng sen")
            elif not facts and holding:  # a topic whose facts here lack what is asked: its others' are offered
                return Answer("suggest", suggestions=[(a.fact.id, a.fact.title) for a in holding][:SHORTLIST],
                              score=decision.score)
            # A year before the facts' own that they do not speak of ("Năm 2022 …" of a 2023 figure)
            earlier = [y for y in {*decision.years, *analysis.years}
                       if all(y < a.fact.as_of_year and not self._speaks_of(a, y) and not self._ends_span(a, y, analysis)
                              for a in facts)]
            if earlier:
                # We have no figure for that year: offer the one we have instead of passing it off.
                return Answer("suggest", suggestions=[(k, self.title(k)) for k in keys],
                              score=decision.score, earlier_year=min(earlier))
            later = [y for y in {*decision.years, *analysis.years}
                     if all(y > a.fact.as_of_year and not self._speaks_of(a, y) for a in facts)]
            if later and (self._not_of_later_year(max(later), facts, analysis)
                          or self._a_snapshot(facts, analysis)):
                return Answer("suggest", suggestions=[(k, self.title(k)) for k in keys], score=decision.score,
                              later_year=max(later), latest_label=facts[0].fact.as_of_label)
            # A count as of a date (poor households) is answered with the latest, said to be the latest.
            placed = [self._placed(dataclasses.replace(a, later_year=max(later)) if later else a, analysis)
                      for a in facts]
            wider = next((a for a in placed if a.wider_place), None)
            # (the asker's own commune, when the question asks of its kind: "Tui ở xã Long Phú, xã tui có bao nhiêu …")
            if wider and (not analysis.story_place or any(p.kind == analysis.place_kind for m in mentions
                                                          for p in m.places)):
                # Asked of a commune, we have only its district's figure: offered as the closest, never passed off.
                return Answer("suggest", suggestions=[(k, self.title(k)) for k in keys], score=decision.score,
                              wider_place=wider.wider_place, asked_places=[wider.asked_place])
            if self._too_few_figures(analysis.figures_asked, placed) or self._only_quoted(analysis, placed):
                return Answer("suggest", suggestions=[(k, self.title(k)) for k in keys], score=decision.score)
            if placed:
                return Answer("answered", facts=placed, score=decision.score)
            return Answer("fallback", score=decision.score)
        suggestions = [(k, self.title(k)) for k in keys]
        if decision.status == "suggest":
            return Answer("suggest", suggestions=suggestions, score=decision.score)
        return Answer("fallback", suggestions=suggestions if decision.reason else [], score=decision.score,
                      reason=decision.reason, asked_places=asked, known_places=self.known_places)

    def _search(self, analysis: Analysis) -> Search:
        """The facts closest to a question; and those saying what few facts say, however they say the rest."""
        parts = [(p.clauses, p.weight) for p in analysis.parts]
        found = self.index.search(parts, SHORTLIST)
        said = analysis.kinds & SAID_BY_FEW.keys()
        if not said:
            return found
        saying = {key for what in said for key in self._saying.get(what, ())}
        seen = {c.key for c in found.candidates}
        more = [c for c in self.index.search(parts, SHORTLIST, within=saying).candidates if c.key not in seen]
        return dataclasses.replace(found, candidates=sorted([*found.candidates, *more], key=lambda c: -c.score))

    def _not_of_later_year(self, year: int, facts: list[FactAnswer], analysis: Analysis) -> bool:
        """Whether facts of an earlier year must be offered, not passed off as ``year``'s: another occasion ("Tết
        2023" of Tết 2022's gifts, an event of one day); what was done in it ("năm 2022 đã tổ chức được bao nhiêu
        lớp", "bàn giao bao nhiêu căn") or is to be done ("sẽ xây bao nhiêu căn"); or what no figure measures ("các
        lớp năm 2024 tập trung vào nghề nào" of 2023's request). A count of what there is (poor households) is
        answered with its latest."""
        asked_of_occasion = _asks_of_occasion(analysis)
        of_occasion = [OCCASION.search(fold(a.text)) is not None for a in facts]
        # Tết 2020's gifts, given on a day of December 2019 (a whole year's figures end in December too)
        if asked_of_occasion and not analysis.asks_ahead and all(
                (said or not a.fact.as_of.endswith("-12-31")) and year <= _occasion_year(a.fact)
                for a, said in zip(facts, of_occasion)):
            return False
        return (any(said or (asked_of_occasion or _held_that_day(a.fact, a.text)) and year > _occasion_year(a.fact)
                    for a, said in zip(facts, of_occasion))
                or analysis.asks_what_was_done or analysis.asks_a_flow or analysis.asks_ahead
                or not any(self.values.get(a.fact.id) for a in facts))

    def _a_snapshot(self, facts: list[FactAnswer], analysis: Analysis) -> bool:
        """Whether facts of an earlier year are another place's article, a snapshot of its own time: only the place
        served has a latest figure to give for a later year ("Cuối năm 2022 huyện Cờ Đỏ còn bao nhiêu hộ nghèo" of a
        review published in 2021 is offered; so is "Năm 2022 thị xã Gò Công có bao nhiêu người đi xuất khẩu lao động"
        of 2021's figure, published in 2022). A plan or an occasion asked is settled by its own rules."""
        return not ("plan" in analysis.kinds or _asks_of_occasion(analysis)) and any(
            not self.decider.fits(a.fact.id, ()) for a in facts)

    def _too_few_figures(self, asked: int, facts: list[FactAnswer]) -> bool:
        """Two figures asked of what states one ("34 người đó bao nhiêu đi Nhật, bao nhiêu đi Đài Loan"): offered,
        never one figure passed off as both."""
        return asked > max(1, sum(len(self.values.get(a.fact.id) or ()) for a in facts))

    def _only_quoted(self, analysis: Analysis, facts: list[FactAnswer]) -> bool:
        """Whether facts give no part of the count the question quotes, when it asks how many: "Trong 186 người đi làm
        việc ở nước ngoài, có bao nhiêu người đi Nhật Bản?" asks a part of the 186, which "186 người" alone does not
        give, nor a fact that never says 186 (of other workers: "34 người … đi Nhật Bản và Đài Loan"), nor one whose
        other counts are no part of it ("23 lao động đăng ký …, 11 người đã xuất cảnh" asked of the 11)."""
        if not (analysis.quoted and asks_a_count(analysis)):
            return False
        whole = max(analysis.quoted)
        stated = [self.values.get(a.fact.id) or {} for a in facts]
        return not any(set(values.values()) & analysis.quoted and any(
            value < whole for name, value in values.items() if not name.startswith(NOT_COUNTS_NAMED))
            for values in stated)

    def _holds_one(self, answer: FactAnswer, kinds: frozenset[str], roles: frozenset[str]) -> bool:
        """Whether a fact of a topic holds the figures asked (an amount, a rate, each one's, a commune's) and,
        of a person and a date asked together, one ("ngày nào và ai là trưởng đoàn": two facts answer); a person
        asked, in the role asked ("vợ anh Sa Rươn": not the commune's chairman his story quotes)."""
        profile_ = self.decider.profiles[answer.fact.id]
        held = profile_.kinds
        return (kinds & FIGURES) <= held and (not kinds - FIGURES or bool(kinds & held - FIGURES)) and (
            "person" not in kinds or roles <= profile_.roles)

    @staticmethod
    def _ends_span(answer: FactAnswer, year: int, analysis: Analysis) -> bool:
        """Whether a span asked starting in ``year`` ends in the fact's year, the fact naming no other span: "nhiệm kỳ
        2020-2025" of a 2025 report's "trong nhiệm kỳ", not "năm học 2023-2024" of "năm học 2024 - 2025"."""
        span = (year, answer.fact.as_of_year)
        named = {(int(m[1]), int(m[2])) for m in YEAR_SPAN.finditer(answer.text)}
        return span in analysis.spans and named <= {span}

    def _speaks_of(self, answer: FactAnswer, year: int) -> bool:
        """Whether a fact names the year, in its answer or its title ("Chỉ tiêu năm 2024: …", set in 2023)."""
        return str(year) in answer.text or year in self.decider.profiles[answer.fact.id].years

    def _is_home(self, mention) -> bool:
        """Whether a place the question names is the one served, or its province (then or now)."""
        return any(p in self._home_places for p in mention.places)

    def _placed(self, answer: FactAnswer, analysis) -> FactAnswer:
        """Say so when the question named a place inside the fact's own (a commune of its district), or named
        none and the fact is another place's than the one served."""
        subject = self.decider.profiles[answer.fact.id].subject
        mentions = self.decider.mentions(analysis)
        # a country says where people went, not whose figure is asked ("đi Nhật"); "tỉnh mình" names no place
        names_a_place = any(p.level > COUNTRY for m in mentions if not m.unnamed for p in m.places)
        # ("tỉnh mình" answered with the home's province's figure: what was asked)
        own_province = any(m.unnamed for m in mentions) and set(subject) & set(self.decider.home_province)
        if not names_a_place and subject and not own_province and not self.decider.fits(answer.fact.id, ()):
            where = answer.fact.declared_place or subject[0].label  # as its source writes it, province and all
            inside_home = any(gazetteer().contains(h, s) for h in self.decider.home for s in subject)
            return dataclasses.replace(answer, other_place=where, served_place=self.decider.home[0].label,
                                       part_of_served=inside_home)
        inside = [p for m in mentions for p in m.places if any(s != p and gazetteer().contains(s, p) for s in subject)]
        if not inside or not subject:
            return answer
        return dataclasses.replace(answer, wider_place=subject[0].label, asked_place=inside[0].label)


def _asks_a_figure(analysis: Analysis) -> bool:
    """A count, an amount or a rate ("phạt mấy doanh nghiệp"), not who, when or whether."""
    return bool(analysis.kinds & FIGURES_ASKED) or asks_a_count(analysis)


def _asks_of_occasion(analysis: Analysis) -> bool:
    """Whether a question asks of an occasion ("Tết 2023", "ngày hội"), as typed."""
    return OCCASION.search(" ".join(t.fold for t in analysis.words)) is not None


def _spelled(label: str) -> str:
    """A place's label as one spelling, whatever the tone placement ("xã Thuận Hoà" is "xã Thuận Hòa")."""
    return " ".join(canonical_word(w) for w in label.split())
