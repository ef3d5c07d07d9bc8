"""Find the fact a question is about, and decide how sure we are.

Each fact (and each topic) is a document of weighted terms: the folded words of
its alternate questions, keywords and title (full strength), and of its answer
(weaker), plus adjacent-word pairs, which is what tells "hộ nghèo" from "hộ cận
nghèo". A term's weight is its rarity (IDF); filler words weigh little. A question
scores a document by

- coverage: how much of the question's weight the document explains, and
- specificity: how much of the document's closest phrasing the question covers,

so "hộ nghèo" prefers the poor-households fact over the near-poor one, which also
contains both words but adds "cận". Words typed with diacritics that agree with
the document count more than bare folded matches; a word not in the vocabulary
is corrected to its nearest vocabulary words with rapidfuzz, at a discount; a
word that is neither counts against every document (it is why "thời tiết hôm
nay" falls back instead of matching something). A question naming something
rare or unknown that the best document lacks ("vay vốn", "xã Lương Tâm") is
offered as a suggestion, never answered: a wrong figure is worse than none.

The search narrows with bitmask ANDs from the weightiest word down, adds every
document of the rarer words, and scores only that shortlist in full, so it stays
fast with 100.000 facts.
"""
from __future__ import annotations

import math
from array import array
from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from .normalize import KNOWN_WORDS, Token, clauses, fold, half_marked, is_filler, is_rough, is_year, toneless, year_of

QUESTION_STRENGTH = 1.0  # a term from an alternate question, keyword or title
ANSWER_STRENGTH = 0.6  # a term found only in the answer text
FILLER_FACTOR = 0.15
PAIR_FACTOR = 0.6  # an adjacent-word pair weighs this much of its rarity
EXACT_QUALITY = 1.0  # typed with diacritics, and they agree
FOLDED_QUALITY = 0.95  # typed without diacritics
CONFLICT_QUALITY = 0.3  # typed with diacritics that disagree (họ for hộ)
SPELLING_SHARE = 4  # a spelling in at most a quarter of the documents of the word without marks weighs on its own
FUZZY_QUALITY = 0.8  # a typo corrected, times the similarity
FUZZY_CUTOFF = 75
MARKED_CUTOFF = 80  # typed with marks, the letters must be closer: "nghòe" is "nghèo", "giàu" is not "giao"
FUZZY_MIN_LENGTH = 4
MASK_MIN_DOCS = 16  # a term in more documents than this keeps a bitmask of them
SMALL_BASE = 4096  # up to this many documents every term keeps one (each mask is at most 512 bytes)
RERANK = 24  # documents taken from the narrowing search (Index._shortlist)
RERANK_ALL = 64  # unless it finds at most this many: then all (the first 24 of 40 alike may leave out the one meant)
TIMELESS_RERANK = 8  # and from the same search without the years the question names
TOLD_RERANK = 8  # and from the same search by the telling single words only
CORE_WORDS = 3  # and by this many of the weightiest single words only
SPEC_PAIR_FACTOR = 0.5  # a word pair weighs half in specificity: the same words in another order still say it
FIGURE_SPECIFICITY = 0.9  # a figure of the question the document states: it names it, bar its wording
MANY_HOLDERS = 64  # a rare word's documents are listed up to this many
TELLING_SHARE = 0.25  # a word weighing less than this share of the question's weightiest adds no candidates


@dataclass
class Document:
    """A searchable thing: a fact (key = its id) or a topic (key = 'topic:<id>')."""

    key: str
    strong_texts: list[str]
    weak_texts: list[str] = field(default_factory=list)
    parent: str | None = None  # a fact's topic key: the two never compete with each other
    aggregate: bool = False  # repeats other documents' words (a topic): left out of word rarity
    # the words of the place it is about ("huyện Gò Quao, tỉnh Kiên Giang"): they say which place, which the
    # decision settles, not what is asked, so a question need not say them to say all of a phrasing
    place_words: frozenset[str] = frozenset()


@dataclass
class Candidate:
    key: str
    score: float
    coverage: float
    specificity: float
    groups: dict[int, float] = field(default_factory=dict)  # what it explains of each thing the question says
    missing: tuple[int, ...] = ()  # the rare (or unknown) words of the question this document does not have


@dataclass
class Search:
    """The ranked candidates, the years the question names that no document has, and
    the weight of each thing the question says (for telling one-fact from two-fact questions)."""

    candidates: list[Candidate]
    years: list[int]
    group_weights: list[float]
    rare_words: list[int] = field(default_factory=list)  # groups naming a word at most two documents have
    holders: dict[int, frozenset[str] | None] = field(default_factory=dict)  # per rare group, who has it (None: many)
    telling: list[int] = field(default_factory=list)  # groups naming a known word that tells (TELLING_SHARE), not a pair
    unknown: frozenset[str] = frozenset()  # the question's words no document has (folded)
    spelled: list[str] = field(default_factory=list)  # each group's word, folded ("" for a pair)
    at: list[tuple[int, int] | None] = field(default_factory=list)  # each group's clause and place in it (_Group.at)


@dataclass
class _Group:
    """One thing the question says: a word (with its typo corrections) or a word pair."""

    weight: float
    alternatives: list[tuple[int, float, str | None]]  # (term id, quality, canon typed)
    is_pair: bool = False
    word: str = ""  # the word as folded
    at: tuple[int, int] | None = None  # its clause's number in the message and its place in it (None: a pair)


def _terms(clause: tuple[Token, ...]) -> list[str]:
    words = [t.fold for t in clause]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class Index:
    """Inverted index over documents; ``search(parts)`` ranks them for an analysed question."""

    def __init__(self, documents: list[Document]):
        self.keys = [d.key for d in documents]
        self.parents = {d.key: d.parent for d in documents}
        self.term_ids: dict[str, int] = {}
        postings: list[dict[int, float]] = []  # term -> {document: strength}
        fold_canons: defaultdict[int, set[str]] = defaultdict(set)
        canon_docs: defaultdict[tuple[int, str], set[int]] = defaultdict(set)
        phrasings_of: list[list[tuple[int, ...]]] = []  # per document, the term ids of each phrasing
        # Texts repeat a lot (keywords, a topic's copies of its facts): analyse each once.
        analysed: dict[str, tuple[tuple[int, ...], tuple[tuple[int, str], ...]]] = {}
        for doc in documents:
            for text in (*doc.strong_texts, *doc.weak_texts):
                if text not in analysed:
                    parts = clauses(text)
                    ids = tuple(dict.fromkeys(self._term_id(t, postings) for c in parts for t in _terms(c)))
                    spellings = tuple({(self.term_ids[t.fold], t.canon) for c in parts for t in c})
                    analysed[text] = ids, spellings
                    for term, canon in spellings:
                        fold_canons[term].add(canon)
        figures = {term for name, term in self.term_ids.items() if name[0].isdigit()}
        names = list(self.term_ids)
        place_terms_of: list[set[int]] = []
        for doc_id, doc in enumerate(documents):
            phrasings = []
            for strength, texts in ((QUESTION_STRENGTH, doc.strong_texts), (ANSWER_STRENGTH, doc.weak_texts)):
                for text in texts:
                    ids, spellings = analysed[text]
                    for term in ids:
                        # A figure names its fact as surely as its own questions do ("34 người là gì?").
                        weight = QUESTION_STRENGTH if term in figures else strength
                        if postings[term].get(doc_id, 0.0) < weight:
                            postings[term][doc_id] = weight
                    for term, canon in spellings:
                        if len(fold_canons[term]) > 1:  # hộ/họ/hồ: which document has which matters
                            canon_docs[term, canon].add(doc_id)
                    if strength == QUESTION_STRENGTH and ids:
                        phrasings.append(ids)
            phrasings_of.append(phrasings)
            place_terms_of.append({t for p in phrasings for t in p if doc.place_words.issuperset(names[t].split())})
        self.names = names
        self._set_weights(documents, postings, fold_canons)
        self.pair_ids = {
            (self.term_ids[left], self.term_ids[right]): term
            for term, (left, _, right) in enumerate(name.partition(" ") for name in self.names) if right
        }

        # Number documents shortest (most specific) first: wherever many documents tie,
        # the lowest numbers are the best guesses.
        order = sorted(range(len(documents)), key=self.doc_mass.__getitem__)
        new_id = {old: new for new, old in enumerate(order)}
        self.keys = [self.keys[old] for old in order]
        phrasings_of = [phrasings_of[old] for old in order]
        self.doc_mass = [self.doc_mass[old] for old in order]
        canon_docs = {key: {new_id[d] for d in docs} for key, docs in canon_docs.items()}
        # documents repeating others' words (topics) have every word of a question: they narrow nothing, and are
        # scored whenever the question is (there are few)
        self.aggregates = sorted(new_id[d] for d, doc in enumerate(documents) if doc.aggregate)
        self.doc_ids = {key: d for d, key in enumerate(self.keys)}
        self.singles = ((1 << len(documents)) - 1) ^ sum(1 << d for d in self.aggregates)
        self.postings = []
        self.masks: dict[int, int] = {}  # term -> bitmask of its documents, for terms in many documents
        for term, docs in enumerate(postings):
            ordered = sorted((new_id[d], s) for d, s in docs.items())
            self.postings.append((array("i", (d for d, _ in ordered)), array("f", (s for _, s in ordered))))
            if len(ordered) > MASK_MIN_DOCS or len(documents) <= SMALL_BASE:
                self.masks[term] = sum(1 << d for d, _ in ordered)
        # Specificity weighs word pairs less than words: the same words in another order still say it.
        self.spec_weights = [w * (SPEC_PAIR_FACTOR if " " in name else 1.0) for w, name in zip(self.weights, self.names)]
        self.phrasing_mass = [[sum(self.spec_weights[t] for t in p) for p in doc] for doc in phrasings_of]
        # Per document, which of its phrasings each term is in: specificity then costs one
        # lookup per word of the question rather than one per word of every phrasing.
        self.phrasings_with: list[dict[int, tuple[int, ...]]] = []
        shared: dict[tuple[int, ...], tuple[int, ...]] = {}  # (0,), (0, 1)...: one copy each, for 100.000 facts
        for doc in phrasings_of:
            where: defaultdict[int, list[int]] = defaultdict(list)
            for i, phrasing in enumerate(doc):
                for term in phrasing:
                    where[term].append(i)
            self.phrasings_with.append({term: shared.setdefault(key := tuple(found), key)
                                        for term, found in where.items()})
        # A place's name, when the question does not say it, is left out of the phrasings it is in (see Document)
        self.place_terms = [frozenset(place_terms_of[old]) for old in order]
        # Only folds written several ways in the knowledge base (hộ/họ/hồ) need per-document accents.
        self.canons = {term: frozenset(c) for term, c in fold_canons.items()}
        self.canon_docs = {key: frozenset(docs) for key, docs in canon_docs.items()}
        # A word typed with marks is as rare as its spelling, when far rarer than the words spelt alike without them:
        # "báo" is in few documents, "bao" (nhiêu) in all
        topics = set(self.aggregates)
        n = len(documents) - len(topics)
        self.canon_weights = {(term, canon): math.log(1 + n / len(own))
                              for (term, canon), docs in self.canon_docs.items()
                              if (own := docs - topics) and len(own) * SPELLING_SHARE <= len(
                                  set(self.postings[term][0]) - topics)}
        # Typos are corrected to content words only: "lương" is not a misspelt "Long" (Mỹ).
        self.vocabulary = [
            name for name in self.names
            if " " not in name and not name[0].isdigit() and not self._all_filler(fold_canons, name)
        ]
        # Typed bare, a word is filler only when the knowledge base never writes it otherwise ("can" may
        # be "cần", a filler, but here it is mostly "cận" nghèo).
        self.content_folds = {name for name in self.vocabulary
                              if not all(is_filler(Token(c, c, fold(c))) for c in fold_canons[self.term_ids[name]])}
        self._corrections = lru_cache(maxsize=8192)(self._corrections_uncached)
        self._completions = lru_cache(maxsize=8192)(self._completions_uncached)

    def _set_weights(
        self, documents: list[Document], postings: list[dict[int, float]], fold_canons: dict[int, set[str]]
    ) -> None:
        """Term weights (rarity among facts; fillers weigh little) and each document's total."""
        aggregate = [d.aggregate for d in documents]
        n = aggregate.count(False)
        self.unknown_weight = math.log(1 + n / 0.5)
        # A word in at most two documents names something specific (a commune, "học phí"):
        # a document that lacks it cannot be the answer, however well it matches otherwise.
        self.rare_weight = math.log(1 + n / 2) - 1e-9
        self.weights = []
        for term, name in enumerate(self.names):
            df = sum(not aggregate[d] for d in postings[term])
            idf = math.log(1 + n / max(df, 0.5))
            if " " in name:
                left, right = name.split(" ")
                filler = self._all_filler(fold_canons, left) or self._all_filler(fold_canons, right)
                idf *= PAIR_FACTOR
            else:
                filler = self._all_filler(fold_canons, name)
            self.weights.append(idf * (FILLER_FACTOR if filler else 1.0))
        self.doc_mass = [0.0] * len(documents)
        for term, docs in enumerate(postings):
            for doc_id in docs:
                self.doc_mass[doc_id] += self.weights[term]

    def _term_id(self, name: str, postings: list[dict[int, float]]) -> int:
        term = self.term_ids.get(name)
        if term is None:
            term = self.term_ids[name] = len(postings)
            postings.append({})
        return term

    def _all_filler(self, fold_canons: dict[int, set[str]], word: str) -> bool:
        """A folded term is filler when every way the knowledge base writes it is (hỏi but not hội)."""
        canons = fold_canons.get(self.term_ids[word], ())
        return bool(canons) and all(is_filler(Token(c, c, c)) for c in canons)

    # -- question side --------------------------------------------------------

    def _corrections_uncached(self, word: str, spelled: str | None) -> list[tuple[int, float]]:
        """Vocabulary words within typo distance of an unknown word, with their quality.

        A typo keeps a Vietnamese word's first letter ("ngeo", "nghòe"): "lương" is not a misspelt
        "tượng". Typed with marks (``spelled``, without its tone), the letters' own marks must be
        close too: a wrong tone is a typo ("nghòe"), a wrong letter another word ("thoát", "tốt").
        """
        hits = [hit for hit in process.extract(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                               limit=8) if hit[0][0] == word[0]]
        if spelled is not None:
            hits = [hit for hit in hits if any(_a_typo_of(spelled, toneless(canon))
                                               for canon in self.canons[self.term_ids[hit[0]]])]
        if not hits:
            return []
        best = hits[0][1]
        return [(self.term_ids[w], FUZZY_QUALITY * s / 100) for w, s, _ in hits[:3] if s >= best - 5]

    def _groups(self, parts: list[tuple[list[tuple[Token, ...]], float]], places: list[list[int]]) -> list[_Group]:
        """What the question says, each word and known pair weighed by rarity and by its part's weight
        (the asker's own story weighs lightly); ``places``: each word's place in its clause as asked."""
        groups = []
        # The question's own words say whether the writer types marks, not the story told around it.
        marked = _typed_with_diacritics([c for clauses_, weight in parts if weight == 1.0 for c in clauses_])
        numbered = 0
        for question_clauses, part_weight in parts:
            for clause in question_clauses:
                numbered += 1
                per_word = [self._alternatives(clause, i, marked) for i in range(len(clause))]
                for i, (tok, alternatives) in enumerate(zip(clause, per_word)):
                    if alternatives:
                        weight = self._heaviest(alternatives)
                        if len(alternatives) == 1 and (spelled := alternatives[0][::2]) in self.canon_weights:
                            weight = self.canon_weights[spelled]
                        # Typed bare in a message without marks, "can" may be "cận"; with marks, "nay" is "nay".
                        bare_content = not tok.has_diacritics and not marked and tok.fold in self.content_folds
                        weight *= FILLER_FACTOR if is_filler(tok) and not bare_content else 1.0
                    elif is_filler(tok):  # an unknown filler word ("dạ", "vậy") says nothing
                        weight = 0.0
                    elif _a_guess(clause, i):
                        weight = self.unknown_weight * FILLER_FACTOR
                    else:  # unknown: as telling as a word can be
                        weight = self.unknown_weight
                    groups.append(_Group(weight * tok.share * part_weight, alternatives, word=tok.fold,
                                         at=(numbered - 1, places[numbered - 1][i])))
                shares = [t.share * part_weight for t in clause]
                groups.extend(self._pair_groups(per_word, shares))
        return groups

    def _alternatives(self, clause: tuple[Token, ...], i: int, marked: bool) -> list[tuple[int, float, str | None]]:
        """What word ``i`` of the clause may stand for: itself, or its likely corrections.

        In a message typed with diacritics, a bare word is bare on purpose ("qua" is not "quà").
        """
        tok = clause[i]
        term = self.term_ids.get(tok.fold)
        if term is not None:
            return [(term, FOLDED_QUALITY, tok.canon if tok.has_diacritics or marked else None)]
        if is_filler(tok) or tok.fold.isdigit():
            return []  # an unknown filler word ("dạ", "vậy") is no typo to correct
        if len(tok.fold) >= FUZZY_MIN_LENGTH:
            # Typed with marks, the letters' own marks must be close too: a wrong tone is a typo
            # ("nghòe"), a wrong letter is another word ("thoát" is not "tốt").
            spelled = toneless(tok.canon) if tok.has_diacritics else None
            return [(t, q, None) for t, q in self._corrections(tok.fold, spelled)]
        # Too short for edit distance ("von" is one edit from "vuong"): accept only a cut-off
        # word ("ngh") whose completion forms a known pair with a neighbour ("học nghề").
        neighbours = [clause[j].fold for j in (i - 1, i + 1) if 0 <= j < len(clause)]
        found = []
        for term, quality in self._completions(tok.fold):
            name = self.names[term]
            if any(f"{n} {name}" in self.term_ids or f"{name} {n}" in self.term_ids for n in neighbours):
                found.append((term, quality, None))
        return found

    def _completions_uncached(self, prefix: str) -> list[tuple[int, float]]:
        return [(self.term_ids[w], FUZZY_QUALITY) for w in self.vocabulary if w.startswith(prefix) and w != prefix]

    def _pair_groups(
        self, per_word: list[list[tuple[int, float, str | None]]], shares: list[float]
    ) -> list[_Group]:
        """Word pairs count only when the knowledge base has them: a bonus, never a penalty."""
        groups = []
        for (left, right), share in zip(zip(per_word, per_word[1:]), map(min, zip(shares, shares[1:]))):
            pairs = []
            for lt, lq, _ in left:
                for rt, rq, _ in right:
                    pair = self.pair_ids.get((lt, rt))
                    if pair is not None:
                        pairs.append((pair, min(lq, rq), None))
            if pairs:
                groups.append(_Group(self._heaviest(pairs) * share, pairs, is_pair=True))
        return groups

    def _heaviest(self, alternatives: list[tuple[int, float, str | None]]) -> float:
        if len(alternatives) == 1:  # nearly always: a known word, or one pair
            return self.weights[alternatives[0][0]]
        return max(self.weights[t] for t, _, _ in alternatives)

    def _quality(self, term: int, base: float, canon: str | None, doc_id: int) -> float:
        if canon is None:
            return base
        docs = self.canon_docs.get((term, canon))
        if docs is not None:
            return EXACT_QUALITY if doc_id in docs else CONFLICT_QUALITY
        if canon in self.canons[term]:
            return EXACT_QUALITY
        # marks half typed ("ngừoi", "viêc") are as good as none; a word of its own is itself ("dân" is not "dẫn")
        return FOLDED_QUALITY if canon not in KNOWN_WORDS and any(
            half_marked(canon, full) for full in self.canons[term]) else CONFLICT_QUALITY

    # -- search ---------------------------------------------------------------

    def _strength(self, term: int, doc_id: int) -> float:
        docs, strengths = self.postings[term]
        i = bisect_left(docs, doc_id)
        return strengths[i] if i < len(docs) and docs[i] == doc_id else 0.0

    def _mask(self, group: _Group) -> int:
        mask = 0
        for term, _, _ in group.alternatives:
            mask |= self.masks[term] if term in self.masks else sum(1 << d for d in self.postings[term][0])
        return mask

    def _shortlist(self, groups: list[_Group]) -> list[int]:
        """Documents that have as many of the question's weightiest words as any document has.

        Going from the weightiest word down, keep narrowing to the documents that also have
        the next word, skipping a word no remaining document has. Bitmask ANDs, so a word in
        50.000 documents costs as little as a word in five.
        """
        # Narrowed three ways in one pass: by every word; without the years, which say when, not what ("năm 2023 …
        # bao nhiêu hộ nghèo" may be answered by 2022's count, which many facts of 2023 would crowd out); and by the
        # telling single words only, which a rare pair or a light word ("giảm được", "được") must not narrow away
        # ("giảm 384 hộ nghèo" of "năm 2020 giảm được bao nhiêu hộ nghèo")
        # (telling as single words go: a rare pair, "nghèo dạ", would raise the bar above every word of the question)
        # (and by the few weightiest single words only, which a lighter word the question says by the way must not
        # narrow away: "Hiện nay xã Nhị Long có bao nhiêu người khuyết tật" narrowed to the author's line, which says
        # "hiện nay" too)
        # (and without the weightiest single word, which the fact meant may say otherwise: "mỗi hộ thoát nghèo được
        # thưởng bao nhiêu" of "hộ thoát nghèo bền vững (24 hộ, mỗi hộ 2.000.000 đồng)", where "thưởng" is rare;
        # only when the documents that have it lack another telling word or pair, "mỗi hộ": else what lacks it lacks
        # what was asked, "hộ nghèo" of "4 hộ không có đất ở")
        telling = TELLING_SHARE * max((g.weight for g in groups if not g.is_pair), default=0.0)
        found = timeless = told = core = rest = self.singles  # every document but the topics
        narrowed = timeless_narrowed = told_narrowed = has_year = core_narrowed = rest_narrowed = False
        core_words = CORE_WORDS
        heaviest, found_lacks_telling = True, False
        for group in sorted(groups, key=lambda g: g.weight, reverse=True):
            if not group.alternatives or not group.weight:  # (a word that says nothing narrows nothing)
                continue
            mask = self._mask(group)
            if both := found & mask:
                found, narrowed = both, True
            elif mask and group.weight >= telling:
                found_lacks_telling = True
            if not group.is_pair and heaviest:
                heaviest = False
            elif not group.is_pair and group.weight >= telling and (both := rest & mask):
                rest, rest_narrowed = both, True
            if core_words and not group.is_pair:
                core_words -= 1
                if both := core & mask:
                    core, core_narrowed = both, True
            if not group.is_pair and group.weight >= telling and (both := told & mask):
                told, told_narrowed = both, True
            if any(is_year(w) for w in self.names[group.alternatives[0][0]].split()):
                has_year = True
            elif both := timeless & mask:
                timeless, timeless_narrowed = both, True
        shortlist = self._lowest(found, RERANK, all_up_to=RERANK_ALL) if narrowed else []
        if has_year and timeless_narrowed:
            shortlist += self._lowest(timeless, TIMELESS_RERANK)
        if told_narrowed and told != found:
            shortlist += self._lowest(told, TOLD_RERANK)
        if rest_narrowed and found_lacks_telling and rest != found:
            shortlist += self._lowest(rest, TOLD_RERANK, all_up_to=RERANK_ALL)
        # (only when it leaves few, and they are all taken: the first of thousands are no better than any)
        if core_narrowed and core != found and found.bit_count() < RERANK and core.bit_count() <= RERANK_ALL:
            shortlist += self._lowest(core, RERANK_ALL)
        return list(dict.fromkeys(shortlist + self.aggregates))

    @staticmethod
    def _lowest(found: int, wanted: int, all_up_to: int = 0) -> list[int]:
        """The first ``wanted`` documents of a bitmask (all of them, if no more than ``all_up_to``)."""
        if found.bit_count() <= all_up_to:
            wanted = all_up_to
        taken = []
        while found and len(taken) < wanted:
            lowest = found & -found
            taken.append(lowest.bit_length() - 1)
            found ^= lowest
        return taken

    def _explain(self, groups: list[_Group], shortlist: list[int]) -> dict[int, dict[int, float]]:
        """For each shortlisted document, the weight it explains of each group of the question."""
        matched: dict[int, dict[int, float]] = {doc_id: {} for doc_id in shortlist}
        for index, group in enumerate(groups):
            for term, base, canon in group.alternatives:
                docs, strengths = self.postings[term]
                if len(docs) <= len(shortlist):  # walk the short posting list
                    found = [(d, s) for d, s in zip(docs, strengths) if d in matched]
                else:  # look each shortlisted document up in the long one
                    found = [(d, s) for d in shortlist if (s := self._strength(term, d))]
                per_document = canon is not None and (term, canon) in self.canon_docs  # hộ/họ/hồ
                weight = group.weight * self._quality(term, base, canon, -1)
                for doc_id, strength in found:
                    explained = strength * (
                        group.weight * self._quality(term, base, canon, doc_id) if per_document else weight)
                    values = matched[doc_id]
                    if explained > values.get(index, 0.0):
                        values[index] = explained
        return matched

    def search(self, question: str | Iterable[tuple[Iterable[tuple[Token, ...]], float]], limit: int = 5,
               within: Iterable[str] | None = None) -> Search:
        """Best documents for a question (its text, or its parts with their weights), and the years
        it names that no document has; ``within``: only among these documents, every one of them scored."""
        parts = [(clauses(question), 1.0)] if isinstance(question, str) else list(question)
        unknown_years = [y for c, _ in parts for t in (t for c_ in c for t in c_)
                         if (y := year_of(t)) and t.fold not in self.term_ids]
        def kept(token: Token) -> bool:
            return not (year_of(token) and token.fold not in self.term_ids)

        # (each word's place in its clause as asked, for Search.at)
        places = [[i for i, t in enumerate(c) if kept(t)] for clauses_, _ in parts for c in clauses_]
        parts = [([tuple(t for t in c if kept(t)) for c in clauses_], w) for clauses_, w in parts]
        groups = self._groups(parts, places)
        total = sum(g.weight for g in groups)
        if not groups or total == 0:
            return Search([], unknown_years, [])
        shortlist = [self.doc_ids[key] for key in within if key in self.doc_ids] if within is not None else (
            self._shortlist(groups))
        # Also every document of each telling word that is in few documents: partial matches compete too.
        telling = max(g.weight for g in groups) * TELLING_SHARE
        for group in groups:
            if group.weight >= telling and within is None:
                for term, _, _ in group.alternatives:
                    docs = self.postings[term][0]
                    if len(docs) <= MASK_MIN_DOCS:
                        shortlist.extend(docs)
        shortlist = list(dict.fromkeys(shortlist))
        matched = self._explain(groups, shortlist)
        rare = [i for i, g in enumerate(groups) if not g.is_pair and g.weight >= self.rare_weight]
        query_terms = {t for g in groups for t, _, _ in g.alternatives}
        figures = {i for i, g in enumerate(groups) if not g.is_pair and g.alternatives
                   and (name := self.names[g.alternatives[0][0]])[0].isdigit() and not is_year(name)}  # a year is said of many facts
        coverages = sorted(((sum(v.values()) / total, d) for d, v in matched.items()), reverse=True)
        candidates: list[Candidate] = []
        for coverage, doc_id in coverages:
            if len(candidates) >= limit and coverage <= candidates[limit - 1].score:
                break  # the score never exceeds the coverage: no later document can make the cut
            values = matched[doc_id]
            # A figure of the question that the document states names it whole ("34 người là gì?").
            specificity = self._specificity(doc_id, query_terms)
            if figures & values.keys():
                specificity = max(specificity, FIGURE_SPECIFICITY)
            score = coverage * (0.45 + 0.55 * specificity)
            missing = tuple(i for i in rare if i not in values)
            insort(candidates, Candidate(self.keys[doc_id], score, coverage, specificity, values, missing),
                   key=_best_first)
        # Which documents have each rare word; a typo's corrections may include a common word: "many".
        holders = {i: frozenset(self.keys[d] for t, _, _ in groups[i].alternatives for d in self.postings[t][0])
                   if sum(len(self.postings[t][0]) for t, _, _ in groups[i].alternatives) <= MANY_HOLDERS else None
                   for i in rare}
        telling_words = [i for i, g in enumerate(groups) if not g.is_pair and g.alternatives and g.weight >= telling]
        unknown = frozenset(g.word for g in groups if not g.alternatives and not g.is_pair)
        spelled = [g.word for g in groups]
        return Search(candidates[:limit], unknown_years, [g.weight for g in groups], rare, holders, telling_words,
                      unknown, spelled, [g.at for g in groups])

    def _specificity(self, doc_id: int, query_terms: set[int]) -> float:
        """How much of the document's closest phrasing the question's words cover (0..1)."""
        masses = self.phrasing_mass[doc_id]
        if not masses:
            return 0.0
        covered = [0.0] * len(masses)
        where = self.phrasings_with[doc_id]
        if unsaid := self.place_terms[doc_id] - query_terms:
            masses = list(masses)
            for term in unsaid:
                for i in where[term]:
                    masses[i] -= self.spec_weights[term]
        for term in sorted(where.keys() & query_terms):  # sorted: the same sums, to the last bit, every run
            weight = self.spec_weights[term]
            for i in where[term]:
                covered[i] += weight
        return max(c / m if m > 0 else 0.0 for c, m in zip(covered, masses))

    def _related(self, a: str, b: str) -> bool:
        """A topic and one of its facts: answering either covers the question, so they are no rivals."""
        return self.parents.get(a) == b or self.parents.get(b) == a


def _best_first(candidate: Candidate) -> float:
    return -candidate.score


def _a_guess(clause: tuple[Token, ...], i: int) -> bool:
    """A number that no fact states, said as an amount ("chừng 900 hộ", "hơn 500 hộ", "2,8% hay 28%"),
    and the word saying it is rough: the asker's guess to check, not a name ("Nghị quyết 15", "quý 3"
    say which one)."""
    if is_rough(clause[i]):
        return i + 1 < len(clause) and clause[i + 1].fold[0].isdigit()
    return clause[i].fold[0].isdigit() and (i == 0 or is_filler(clause[i - 1]) or is_rough(clause[i - 1]))


def _a_typo_of(typed: str, word: str) -> bool:
    """Typed with marks, a typo of ``word``: letters swapped ("dịhc"), one left out or doubled
    ("ngèo", "khănn"), or close; never one letter for another ("giống" is not "giang")."""
    if sorted(typed) == sorted(word):
        return True
    if len(typed) == len(word):
        return False
    return fuzz.ratio(typed, word) >= MARKED_CUTOFF


def _typed_with_diacritics(question_clauses: list[tuple[Token, ...]]) -> bool:
    """True when most words carry marks: the writer types Vietnamese with diacritics."""
    words = [t for clause in question_clauses for t in clause if t.share == 1 and not t.fold[0].isdigit()]
    return len(words) >= 3 and sum(t.has_diacritics for t in words) >= 0.6 * len(words)
