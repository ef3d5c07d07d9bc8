"""The conversation, channel-neutral: a Message in, Replies out.

Every channel (terminal, Telegram, Zalo) calls ``handle`` with what a person typed and
``choose`` with the data of a button they pressed; numbers typed in answer to a list
of choices are turned into ``choose`` here, so channels without buttons work the same.
Each message is one transaction of the store, against the current facts.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from html import escape
from typing import TypeVar

from knowledge import Answer, KnowledgeBase
from knowledge.facts import format_number
from knowledge.normalize import clean, fold, tokens
from knowledge.numbers import whole_number
from store import Store
from store.subscriptions import ALL_TOPICS

from . import buttons, texts
from .announcements import AnnouncementCommands, utc_now
from .flood import FloodGuard
from .inbox import InboxCommands
from .operator import CONFIRM, FACT_ROLES, OperatorCommands
from .roles import EVERYONE, Roles
from .stats import StatsCommands
from .types import Choice, Command, LongWork, Message, Reply

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_QUESTION_CHARS = 1000
MAX_COMMAND_CHARS = 4096  # an operator's /setfact may carry a long answer: Telegram's own limit
GREETING_WORDS = frozenset({"chao", "hi", "hello", "alo", "hey"})
# Words that may stand beside a greeting without making it a question ("chào ad ạ").
GREETING_COMPANIONS = frozenset({"xin", "ad", "oi", "a", "anh", "chi", "em", "bot", "ban", "nhe"})
FEEDBACK_WORDS = {"👍": True, "👎": False}  # typed after an answer where there are no buttons


class Conversation:
    def __init__(self, kb: KnowledgeBase, store: Store, roles: Roles, flood: FloodGuard | None = None,
                 clock: Callable[[], dt.datetime] = utc_now):
        self.kb = kb
        self.store = store
        self.state = store.state
        self.roles = roles
        self.flood = flood  # messengers guard against floods; the terminal and batch ask do not
        citizen = {"start": self.greet, "help": self.show_help, "topics": self.show_topics,
                   "sources": self.show_sources, "subscribe": self.subscribe, "unsubscribe": self.unsubscribe,
                   "xoadulieu": self.forget_me}
        operator = OperatorCommands(kb, store.facts, store.questions, roles).commands()
        staff = AnnouncementCommands(store.outbox, store.subscriptions, self._topic_named, clock,
                                     contacts=store.contacts).commands()
        stats = StatsCommands(store.stats).commands()
        self.inbox = InboxCommands(store, kb, roles, clock=clock)  # questions handed to staff
        self.commands = {c.name: c for c in [Command(n, run, EVERYONE) for n, run in citizen.items()] + operator +
                         staff + stats + self.inbox.commands()}

    def commands_for(self, identity: str) -> list[Command]:
        """The commands this person may run (for /help and the messenger's command menu)."""
        return [c for c in self.commands.values() if c.listed and self.roles.allows(identity, c.roles)]

    def citizen_commands(self) -> list[Command]:
        """The commands everyone may run (the menu and /help in a group, where everyone reads)."""
        return [c for c in self.commands.values() if c.listed and c.roles == EVERYONE]

    def is_privileged(self, text: str) -> bool:
        """Whether ``text`` (typed, or a button's data) runs a command not everyone may run:
        in a group it is answered in private, never where everyone reads it."""
        match buttons.decode(text):
            case "command", typed:
                text = typed
        command = self.commands.get(_command_name(text)) if text.startswith("/") else None
        return command is not None and command.roles != EVERYONE

    # -- entry points ----------------------------------------------------------

    def handle(self, message: Message) -> list[Reply]:
        """Answer what a person typed: whatever it writes (the question, the choices offered) is one commit.
        A command's long work runs here too, between its first step's commit and its last's."""
        outcome = self.begin(message)
        return outcome.now() if isinstance(outcome, LongWork) else outcome

    def begin(self, message: Message) -> list[Reply] | LongWork:
        """``handle``, but a command's long work (/ingest's drafting) comes back unrun, for the channel to
        run where it holds nobody up (``LongWork``); its ``finish`` is one commit of its own.

        A command that only reads (/stats: it may read for a second) runs outside the write lock,
        which other processes serving the same file would otherwise wait for."""
        typed = message.text.strip()
        command = self.commands.get(_command_name(typed)) if typed.startswith("/") else None
        if command is not None and not command.writes:
            return self._handle(message)
        return self._one_commit(lambda: self._handle(message))

    def _handle(self, message: Message) -> list[Reply] | LongWork:
        over_limit = self._over_limit(message)
        if over_limit is not None:
            return over_limit
        text = clean(message.text)
        if not text:
            return [Reply(texts.EMPTY, status="fallback")]
        limit = MAX_COMMAND_CHARS if text.startswith("/") else MAX_QUESTION_CHARS
        if len(text) > limit:
            return [Reply(texts.TOO_LONG.format(length=format_number(len(text)), limit=format_number(limit)),
                          status="fallback")]
        if text.startswith("/"):
            outcome = self.run_command(message, text)
            if isinstance(outcome, LongWork):
                return LongWork(outcome.work, lambda result: self._one_commit(
                    lambda: self._remember(message, outcome.finish(result))))
            return self._remember(message, outcome)
        if text in FEEDBACK_WORDS and (answered := self.state.last_answered(message.identity)):
            return self._feedback(message, answered, FEEDBACK_WORDS[text])
        offered, _ = self.state.offered(message.identity)
        if text.isdigit():  # any script's digits: "²" is a number typed oddly, not a question
            if offered:
                number = whole_number(text, 1, len(offered))
                if number is None:
                    return [Reply(texts.PICK_A_NUMBER.format(count=len(offered)))]  # the choices stay on offer
                _, data = offered[number - 1]
                return self._pick(message, data)
            # A number with nothing to pick (typed after an answer) is no question: "1" is not "quý I".
            return self._remember(message, [Reply(texts.PICK_A_TOPIC, self._topic_choices())])
        if self._is_greeting(text):
            return self._remember(message, self.greet(message, ""))
        reply, question_id = self.ask(message, text)
        return self._remember(message, [reply], question_id)

    def choose(self, message: Message, data: str) -> list[Reply]:
        """A button was pressed: ``data`` is the Choice's data (or an answer's feedback)."""
        over_limit = self._over_limit(message)
        if over_limit is not None:
            return over_limit
        return self._one_commit(lambda: self._pick(message, data))

    def _one_commit(self, work: Callable[[], T]) -> T:
        """Run ``work`` in one transaction, against the current facts."""
        with self.store.transaction():
            if self.kb.is_current():  # asked inside the transaction, where it is cheapest
                return work()
        self.kb.refresh()  # the facts changed: rebuild outside the write lock, which others may be waiting for
        with self.store.transaction():
            return work()

    def _pick(self, message: Message, data: str) -> list[Reply]:
        match buttons.decode(data):
            case "command", text:  # no button carries an article to ingest: whatever it asks runs here
                outcome = self.run_command(message, text)
                return self._remember(message, outcome.now() if isinstance(outcome, LongWork) else outcome)
            case "dismiss", _:
                return [Reply(texts.CANCELLED)]
            case "feedback", (question_id, helpful):
                return self._feedback(message, question_id, helpful)
            case "ask_staff", question_id:
                return self._remember(message, self.inbox.ask_about(message, question_id))
            case "answer", key:
                facts = self.kb.choose(key)
                if facts:
                    _, question_id = self.state.offered(message.identity)
                    self.store.questions.record_pick(message.identity, question_id, key)
                    answer = Answer("answered", facts=facts, score=1.0)
                    reply = Reply(texts.answer_text(answer), status="answered", fact_ids=answer.fact_ids, score=1.0)
                    return self._remember(message, [reply])
            case "menu", topic_id:
                return self._remember(message, self.show_topic(topic_id))
        return [Reply(texts.CHOICE_GONE)]

    def _feedback(self, message: Message, question_id: int, helpful: bool) -> list[Reply]:
        """Thanks; after a 👎, the offer to hand the question to staff."""
        self.store.questions.record_feedback(message.identity, question_id, helpful)
        thanks = Reply(texts.THANKS_FOR_FEEDBACK, toast=True)
        if helpful:
            return [thanks]
        return self._remember(message, [thanks, Reply(texts.ASK_STAFF_OFFER, [self.inbox.choice(question_id)])])

    def _over_limit(self, message: Message) -> list[Reply] | None:
        verdict = self.flood.check(message.identity) if self.flood else "ok"
        if verdict == "ok":
            return None
        log.info("Flood from %s: %s", message.identity, verdict)
        return [Reply(texts.SLOW_DOWN)] if verdict == "notice" else []

    # -- commands ---------------------------------------------------------------

    def run_command(self, message: Message, text: str) -> list[Reply] | LongWork:
        name, args = _command_name(text), text[1:].partition(" ")[2]
        command = self.commands.get(name)
        if command is None:
            return [Reply(texts.UNKNOWN_COMMAND.format(command=escape("/" + name[:50])))]
        if not self.roles.allows(message.identity, command.roles):  # the one check, for every command
            log.warning("Refused /%s to %s", name, message.identity)
            return [Reply(texts.NOT_ALLOWED.format(command=escape(name)))]
        return command.run(message, args.strip())

    def greet(self, message: Message, _args: str) -> list[Reply]:
        name = f" {escape(message.name)}" if message.name else ""
        return [Reply(texts.GREETING.format(name=name), self._topic_choices())]

    def show_help(self, message: Message, _args: str) -> list[Reply]:
        commands = self.citizen_commands() if message.group else self.commands_for(message.identity)
        lines = "\n".join(f"/{c.name}: {escape(c.description)}" for c in commands)
        return [Reply(texts.HELP.format(commands=lines))]

    def show_topics(self, _message: Message, _args: str) -> list[Reply]:
        known = texts.known(self.kb.known_places, self.kb.known_sources)
        return [Reply(texts.TOPICS_INTRO_KNOWN.format(known=known), self._topic_choices())]

    def show_sources(self, message: Message, _args: str) -> list[Reply]:
        """The sources; operators see the key each is corrected by (/setsource)."""
        keys = self.roles.allows(message.identity, FACT_ROLES)
        return [Reply(texts.sources_list(self.kb.known_sources, keys=keys))]

    def show_topic(self, topic_id: str) -> list[Reply]:
        topic = next((t for t in self.kb.topics if t.id == topic_id), None)
        if topic is None:
            return [Reply(texts.CHOICE_GONE)]
        choices = [Choice(f.title, buttons.answer(f.id)) for f in self.kb.facts.values() if f.topic == topic_id]
        return [Reply(texts.TOPIC_INTRO.format(title=escape(topic.title)), choices)]

    def subscribe(self, message: Message, args: str) -> list[Reply]:
        topic = self._topic_named(args) if args else ALL_TOPICS
        if topic is None:
            return [Reply(texts.NO_SUCH_TOPIC.format(topic=escape(args[:100]), topics=self._topic_list()))]
        new = self.store.subscriptions.subscribe(message.channel, message.user_id, message.chat, topic)
        title = texts.ALL_TOPICS_TITLE if topic == ALL_TOPICS else self._topic_title(topic)
        return [Reply((texts.SUBSCRIBED if new else texts.ALREADY_SUBSCRIBED).format(topic=escape(title)))]

    def unsubscribe(self, message: Message, args: str) -> list[Reply]:
        topic = self._topic_named(args) if args else None
        if args and topic is None:
            return [Reply(texts.NO_SUCH_TOPIC.format(topic=escape(args[:100]), topics=self._topic_list()))]
        stopped = self.store.subscriptions.unsubscribe(message.channel, message.user_id, topic)
        if not stopped:
            return [Reply(texts.NOT_SUBSCRIBED)]
        title = texts.ALL_TOPICS_TITLE if topic is None else self._topic_title(topic)
        return [Reply(texts.UNSUBSCRIBED.format(topic=escape(title)))]

    def forget_me(self, message: Message, args: str) -> list[Reply]:
        """Erase what the bot keeps about this person, after a confirm button (counts stay, anonymous)."""
        if fold(clean(args)) != CONFIRM:
            return [Reply(texts.FORGET_CONFIRM, [Choice(texts.FORGET_BUTTON, buttons.command(f"/xoadulieu {CONFIRM}")),
                                                 Choice(texts.CANCEL_BUTTON, buttons.DISMISS)])]
        questions = self.store.retention.forget(message.channel, message.user_id, message.chat)
        return [Reply(texts.FORGOTTEN.format(questions=format_number(questions)))]

    # -- questions --------------------------------------------------------------

    def ask(self, message: Message, text: str) -> tuple[Reply, int]:
        """Answer a question and log it; returns the reply and the question's id."""
        if not tokens(text):
            reply = Reply(texts.NOT_UNDERSTOOD, self._topic_choices(), status="fallback")
        else:
            reply = self._reply_for(self.kb.ask(text, refresh=False))  # handle() made sure it is current
        question_id = self.store.questions.log(
            message.channel, message.user_id, text, reply.status, reply.fact_ids, reply.score
        )
        if reply.status == "fallback" and tokens(text):  # a person may know: offer to ask one
            reply.text = texts.with_ask_staff(reply.text)
            reply.choices = [self.inbox.choice(question_id), *reply.choices]
        if reply.status == "answered":
            reply.feedback_id = question_id  # 👍/👎 are for answers
            self.state.answered(message.identity, question_id)
        return reply, question_id

    def _reply_for(self, answer: Answer) -> Reply:
        meta = {"status": answer.status, "fact_ids": answer.fact_ids, "score": answer.score}
        if answer.status == "answered":
            return Reply(texts.answer_text(answer), **meta)
        choices = [Choice(title, buttons.answer(key)) for key, title in answer.suggestions]
        where = self.kb.where_to_ask
        if answer.status == "suggest":
            if answer.earlier_year:
                return Reply(texts.EARLIER_YEAR.format(year=answer.earlier_year), choices, **meta)
            if answer.later_year:
                return Reply(texts.LATER_YEAR_OFFER.format(year=answer.later_year, label=answer.latest_label),
                             choices, **meta)
            if answer.wider_place:
                return Reply(texts.WIDER_PLACE_OFFER.format(asked=answer.asked_places[0], place=answer.wider_place),
                             choices, **meta)
            if len(choices) == 1:  # one likely fact: ask, with its answer one tap away
                return Reply(texts.suggest_one(choices[0].label), choices, **meta)
            return Reply(texts.SUGGEST, choices, **meta)
        if answer.reason == "place":
            return Reply(texts.other_place(answer.asked_places, answer.known_places, where), self._topic_choices(),
                         **meta)
        if answer.reason:  # the closest facts do not hold the kind of answer asked for
            return Reply(texts.missing_kind(answer.reason, where, bool(choices)), choices or self._topic_choices(),
                         **meta)
        return Reply(texts.fallback(answer.known_places, where, self.kb.known_sources), self._topic_choices(), **meta)

    # -- helpers ------------------------------------------------------------------

    def _topic_choices(self) -> list[Choice]:
        return [Choice(t.title, buttons.menu(t.id)) for t in self.kb.topics]

    def _topic_list(self) -> str:
        return "\n".join(texts.topic_line(t.id, t.title) for t in self.kb.topics)

    def _topic_title(self, topic_id: str) -> str:
        return next((t.title for t in self.kb.topics if t.id == topic_id), topic_id)

    def _topic_named(self, name: str) -> str | None:
        """A topic by its id ("poverty") or by words of its title ("giảm nghèo", "giam ngheo")."""
        wanted = fold(clean(name))
        for topic in self.kb.topics:
            if wanted == topic.id or wanted in fold(topic.title):
                return topic.id
        return None

    def _remember(self, message: Message, replies: list[Reply], question_id: int | None = None) -> list[Reply]:
        """Keep the choices just offered, so a number typed next picks one of them."""
        self.state.offer(message.identity, [c for r in replies for c in r.choices], question_id)
        return replies

    @staticmethod
    def _is_greeting(text: str) -> bool:
        """A bare greeting ("chào ad", "alo"), not a question that starts with one."""
        words = {t.fold for t in tokens(text, expand_abbreviations=False)}
        return bool(words & GREETING_WORDS) and words <= GREETING_WORDS | GREETING_COMPANIONS


def _command_name(text: str) -> str:
    """'/start@HoiDapLongMyBot args' (as typed in groups) -> 'start'."""
    return text[1:].partition(" ")[0].split("@", 1)[0].lower()
