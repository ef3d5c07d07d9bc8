"""Commands for operators (the facts) and admins (the roles). Authorisation is not here:
``Conversation.run_command`` checks every command's roles before it runs."""
from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from knowledge import KnowledgeBase, edits
from knowledge.facts import FactsError
from knowledge.numbers import whole_number
from store.facts import FactStore
from store.questions import QuestionLog

from . import buttons, texts
from .roles import ADMIN, GRANTABLE, OPERATOR, Roles
from .types import Choice, Command, LongWork, Message, Reply

if TYPE_CHECKING:
    from knowledge.ingest import Drafted

PAGE_SIZE = 10
CONFIRM = "xacnhan"
FACT_ROLES = frozenset({OPERATOR})
ADMIN_ROLES = frozenset({ADMIN})


def refusal(error: FactsError) -> list[Reply]:
    return [Reply(texts.WARNING.format(error=escape(str(error))) + "\n" + texts.NOTHING_CHANGED)]


class OperatorCommands:
    def __init__(self, kb: KnowledgeBase, store: FactStore, questions: QuestionLog, roles: Roles):
        self.kb = kb
        self.store = store
        self.questions = questions
        self.roles = roles

    def commands(self) -> list[Command]:
        fact = {"facts": self.list_facts, "fact": self.show_fact, "setfact": self.set_fact, "setsource": self.set_source, "addfact": self.add_fact,
                "alias": self.alias, "delfact": self.delete_fact, "restorefact": self.restore_fact,
                "history": self.history, "undo": self.undo, "unanswered": self.unanswered, "teach": self.teach,
                "import": self.import_file, "ingest": self.ingest, "drafts": self.list_drafts,
                "approve": self.approve, "reject": self.reject}
        admin = {"grant": self.grant, "revoke": self.revoke, "roles": self.list_roles}
        return [Command(name, run, roles)
                for commands, roles in ((fact, FACT_ROLES), (admin, ADMIN_ROLES)) for name, run in commands.items()]

    # -- reading ------------------------------------------------------------------

    def list_facts(self, _message: Message, args: str) -> list[Reply]:
        words = args.split()
        typed_page = words.pop() if words and words[-1].isdigit() else "1"  # any script's digits: checked below
        topic = words[0] if words else None
        facts = [f for f in self.kb.facts.values() if topic is None or f.topic == topic]
        if not facts:
            return [Reply(texts.NO_FACTS.format(topic=texts.IN_TOPIC.format(topic=escape(topic)) if topic else ""))]
        pages = (len(facts) + PAGE_SIZE - 1) // PAGE_SIZE
        page = whole_number(typed_page, 1, pages)
        if page is None:
            return [Reply(texts.NO_SUCH_PAGE.format(page=escape(typed_page[:30]), pages=pages))]
        lines = [texts.FACTS_PAGE.format(page=page, pages=pages, count=len(facts))]
        for fact in facts[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
            lines.append(texts.fact_line(fact, self.kb.render(fact.id) or fact.answer))
        choices = []
        scope = f"{topic} " if topic else ""
        if page > 1:
            choices.append(Choice(texts.PREVIOUS_PAGE_BUTTON, buttons.command(f"/facts {scope}{page - 1}")))
        if page < pages:
            choices.append(Choice(texts.NEXT_PAGE_BUTTON, buttons.command(f"/facts {scope}{page + 1}")))
        if self.kb.broken:  # on every page: citizens get no answer from these until they are fixed
            lines += texts.broken_facts(self.kb.broken)
        return [Reply("\n".join(lines), choices)]

    def show_fact(self, _message: Message, args: str) -> list[Reply]:
        fact = self.store.fact(args.strip())
        if fact is None:
            return refusal(FactsError(texts.NO_SUCH_FACT.format(fact_id=args.strip()[:80])))
        history = self.store.history(fact.id)
        return [Reply(texts.fact_details(fact, self.kb.render(fact.id) or fact.answer,
                                         self.kb.values.get(fact.id, fact.values), history[-1] if history else None,
                                         broken=self.kb.broken.get(fact.id),
                                         written=self.kb.written.get(fact.id)))]

    def history(self, _message: Message, args: str) -> list[Reply]:
        fact_id = args.strip()
        rows = self.store.history(fact_id)
        if not rows:
            return refusal(FactsError(texts.NO_HISTORY.format(fact_id=fact_id[:80])))
        return [Reply("\n".join([texts.HISTORY_TITLE.format(fact_id=escape(fact_id))] +
                                 [texts.history_line(row) for row in rows[-15:]]))]

    def unanswered(self, _message: Message, _args: str) -> list[Reply]:
        rows = self.questions.recent_unanswered()
        if not rows:
            return [Reply(texts.NO_UNANSWERED)]
        lines = [texts.UNANSWERED_TITLE]
        lines += [texts.unanswered_line(n, question, count) for n, (question, count) in enumerate(rows, 1)]
        return [Reply("\n".join(lines))]

    # -- changing -----------------------------------------------------------------

    def set_fact(self, message: Message, args: str) -> list[Reply]:
        fact_id, _, rest = args.strip().partition(" ")
        try:
            first = rest.strip().split(maxsplit=1)[0] if rest.strip() else ""
            fact = self.store.fact(fact_id)
            names = set(fact.values) | set(fact.derived) | edits.META_KEYS if fact else set()
            if "=" in first or first in names:  # "households" alone is a value missing its "=", not an answer
                fact = edits.set_values(self.store, fact_id, rest, message.identity)
            elif rest.strip():
                fact = edits.set_answer(self.store, fact_id, rest, message.identity)
            else:
                raise FactsError(texts.SETFACT_HOW)
        except FactsError as error:
            return refusal(error)
        return self._changed(fact.id, texts.FACT_UPDATED)

    def set_source(self, message: Message, args: str) -> list[Reply]:
        """``/setsource <key> field=value …``: answers cite the corrected source from the next question on."""
        key, _, rest = args.strip().partition(" ")
        try:
            old, new = edits.set_source(self.store, key, rest, message.identity)
        except FactsError as error:
            return refusal(error)
        self.kb.refresh()
        return [Reply(texts.source_updated(key, old, new))]

    def add_fact(self, message: Message, args: str) -> list[Reply]:
        try:
            fact = edits.add_fact(self.store, args, message.identity)
        except FactsError as error:
            return refusal(error)
        return self._changed(fact.id, texts.FACT_ADDED)

    def alias(self, message: Message, args: str) -> list[Reply]:
        fact_id, _, question = args.strip().partition(" ")
        try:
            edits.add_alias(self.store, fact_id, question, message.identity)
        except FactsError as error:
            return refusal(error)
        return [Reply(texts.ALIAS_ADDED.format(fact_id=escape(fact_id), question=escape(question.strip())))]

    def delete_fact(self, message: Message, args: str) -> list[Reply]:
        words = args.split()
        if not words:
            return refusal(FactsError(texts.DELFACT_HOW))
        fact_id = words[0]
        if self.store.fact(fact_id) is None:
            return refusal(FactsError(texts.NO_SUCH_FACT.format(fact_id=fact_id[:80])))
        if words[1:] != [CONFIRM]:
            return [Reply(texts.CONFIRM_DELETE.format(fact_id=escape(fact_id)),
                          [Choice(texts.DELETE_BUTTON, buttons.command(f"/delfact {fact_id} {CONFIRM}")),
                           Choice(texts.CANCEL_BUTTON, buttons.DISMISS)])]
        edits.delete_fact(self.store, fact_id, message.identity)
        return [Reply(texts.FACT_DELETED.format(fact_id=escape(fact_id)))]

    def restore_fact(self, message: Message, args: str) -> list[Reply]:
        try:
            fact = edits.restore_fact(self.store, args.strip(), message.identity)
        except FactsError as error:
            return refusal(error)
        return self._changed(fact.id, texts.FACT_RESTORED)

    def undo(self, message: Message, _args: str) -> list[Reply]:
        change = self.store.undo_last(message.identity)
        if change is None:
            return [Reply(texts.NOTHING_TO_UNDO)]
        return [Reply(texts.undone(change))]

    def teach(self, message: Message, args: str) -> list[Reply]:
        """/teach <number in /unanswered> <fact id>, or /teach <fact id> <question> (as /stats chưa trả lời hints)."""
        words = args.split()
        rows = self.questions.recent_unanswered()
        if len(words) >= 2 and not words[0].isdigit():
            fact_id, question = words[0], args.strip().partition(" ")[2].strip()
        else:
            number = whole_number(words[0], 1, len(rows)) if len(words) == 2 else None
            if number is None:
                return refusal(FactsError(texts.TEACH_HOW.format(last=max(len(rows), 1))))
            fact_id, question = words[1], rows[number - 1][0]
        try:
            edits.add_alias(self.store, fact_id, question, message.identity)
        except FactsError as error:
            return refusal(error)
        return [Reply(texts.ALIAS_ADDED.format(fact_id=escape(fact_id), question=escape(question)))]

    def import_file(self, message: Message, args: str) -> list[Reply]:
        if not message.attachment:
            return [Reply(texts.IMPORT_HOW)]
        replace = args.strip().lower() == "replace"
        try:
            counts = edits.import_facts(self.store, message.attachment, message.identity, replace=replace)
        except FactsError as error:
            return refusal(error)
        return [Reply(texts.IMPORTED.format(**counts))]

    def ingest(self, message: Message, args: str) -> list[Reply] | LongWork:
        """``/ingest source="…" published=YYYY-MM-DD [place="…"] [url=…] [approve]`` as a document's caption:
        the drafting is long work (``LongWork``), its progress told a line at a time."""
        if not message.attachment:
            return [Reply(texts.INGEST_HOW)]
        words = args.split()
        try:
            options = edits.parse_assignments(" ".join(w for w in args.split(" ") if w != "approve"),
                                              'source="Báo Trà Vinh"')
            if "source" not in options or "published" not in options:
                raise FactsError(texts.INGEST_HOW)
            ingest = edits.prepare_ingest(self.store, edits.read_document(message.attachment), options["source"],
                                          options["published"], options.get("place", ""), options.get("url", ""),
                                          approve="approve" in words)
        except FactsError as error:
            return refusal(error)

        def work(progress: Callable[[str], None]) -> Drafted | FactsError:
            try:
                return ingest.draft(progress)
            except FactsError as error:  # said in the finish, where replies are made
                return error

        return LongWork(work, lambda drafted: self._ingested(ingest, drafted, message.identity))

    def _ingested(self, ingest: edits.Ingest, drafted: Drafted | FactsError, actor: str) -> list[Reply]:
        """The drafts kept (or published), and what the article gave."""
        try:
            if isinstance(drafted, FactsError):
                raise drafted
            counts = ingest.publish(self.store, drafted, actor)
        except FactsError as error:
            return refusal(error)
        place = f" về {drafted.places[0]}" if drafted.places else ""
        facts = drafted.data["facts"]
        if counts is not None:
            return [Reply(texts.INGESTED.format(sentences=drafted.sentences, figures=drafted.figures, place=escape(place),
                                                added=counts["added"] + counts["updated"]))]
        lines = [texts.DRAFTED.format(sentences=drafted.sentences, figures=drafted.figures, place=escape(place),
                                      count=len(facts))]
        return [Reply("\n".join(lines + [texts.draft_line(f) for f in facts[:PAGE_SIZE]]),
                      [Choice(texts.APPROVE_ALL_BUTTON, buttons.command("/approve all"))])]

    def list_drafts(self, _message: Message, _args: str) -> list[Reply]:
        drafts = self.store.drafts()
        if not drafts:
            return [Reply(texts.NO_DRAFTS)]
        return [Reply("\n".join([texts.DRAFTS_TITLE] + [texts.draft_line(f) for f, _ in drafts[:PAGE_SIZE * 2]]))]

    def approve(self, message: Message, args: str) -> list[Reply]:
        try:
            counts = edits.approve_drafts(self.store, args, message.identity)
        except FactsError as error:
            return refusal(error)
        self.kb.refresh()
        return [Reply(texts.APPROVED.format(**counts))]

    def reject(self, _message: Message, args: str) -> list[Reply]:
        try:
            count = edits.reject_drafts(self.store, args)
        except FactsError as error:
            return refusal(error)
        return [Reply(texts.REJECTED.format(count=count))]

    def _changed(self, fact_id: str, template: str) -> list[Reply]:
        """The change as citizens will see it (or why they will not: the index could not take it)."""
        self.kb.refresh()
        if fact_id in self.kb.broken:
            return [Reply(template.format(fact_id=escape(fact_id)) + "\n\n" +
                          texts.broken_fact(self.kb.broken[fact_id]))]
        shown = self.kb.facts_for(fact_id)
        text = texts.answer_text_of(shown) if shown else ""
        return [Reply(template.format(fact_id=escape(fact_id)) + ("\n\n" + text if text else ""))]

    # -- roles (admins) -----------------------------------------------------------

    def grant(self, message: Message, args: str) -> list[Reply]:
        words = args.split()
        if len(words) != 2 or ":" not in words[0] or words[1] not in GRANTABLE:
            return [Reply(texts.GRANT_HOW.format(roles=", ".join(GRANTABLE)))]
        self.roles.grant(words[0], words[1], message.identity)
        return [Reply(texts.GRANTED.format(identity=escape(words[0]), role=escape(words[1])))]

    def revoke(self, message: Message, args: str) -> list[Reply]:
        identity = args.strip()
        if identity in self.roles.admins:
            return [Reply(texts.CANNOT_REVOKE_ENV_ADMIN)]
        if not self.roles.revoke(identity):
            return [Reply(texts.NO_ROLE.format(identity=escape(identity[:100])))]
        return [Reply(texts.REVOKED.format(identity=escape(identity)))]

    def list_roles(self, _message: Message, _args: str) -> list[Reply]:
        rows = self.roles.listing()
        if not rows:
            return [Reply(texts.NO_ROLES)]
        return [Reply("\n".join([texts.ROLES_TITLE] + [texts.role_line(*row) for row in rows]))]
