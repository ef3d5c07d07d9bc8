"""Asking a person: citizens hand a question to the office's staff, who answer it on the citizen's channel.

Citizens: the "Hỏi cán bộ" choice under a fallback or after a 👎 (``ask_about``), or ``/hoicanbo <câu hỏi>``.
Staff and operators: ``/inbox``, ``/nhan``, ``/traloi``, ``/dong``, ``/thanhfact``. Answers and closing
messages leave through the outbox (store/inbox.py queues them in the same transaction), so they go
out within the channel's limits, are retried, and a blocked citizen is recorded. Notices to staff
(``queue_notices``) are queued by each channel's sender before each pass (handlers/delivery.py).

Staff see a display name, never a phone number: numbers that look like one are masked when a
question is filed, so the inbox never holds them.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from html import escape

from knowledge import KnowledgeBase, edits
from knowledge.facts import FactsError, format_number
from knowledge.numbers import whole_number
from store import Store
from store.retention import VIETNAM, day_start_utc

from . import buttons, texts
from .announcements import utc_now
from .office_hours import OfficeHours
from .roles import ADMIN, EVERYONE, OPERATOR, STAFF, Roles
from .types import Choice, Command, Message, Reply

INBOX_ROLES = frozenset({STAFF, OPERATOR})
PAGE_SIZE = 10
MAX_QUESTION_CHARS = 1000
MAX_ANSWER_CHARS = 3500
NOTICE_EVERY = 60.0  # seconds: at most one notice of new questions a minute to each staff member
DEFAULT_PER_DAY = 2  # questions one person may hand to staff a day (BOT_INBOX_PER_DAY)
EXCERPT = 3  # the person's questions before, shown to staff
# A Vietnamese phone number as people type it: 0 or +84, then 8 to 10 digits, spaced or dotted.
PHONE = re.compile(r"(?<!\d)(?:\+?84|0)(?:[\s.\-]?\d){8,10}(?!\d)")


def without_phones(text: str) -> str:
    return PHONE.sub(texts.PHONE_HIDDEN, text)


def per_day_from_env() -> int:
    return whole_number(os.environ.get("BOT_INBOX_PER_DAY", "").strip(), 1, 1000) or DEFAULT_PER_DAY


class InboxCommands:
    def __init__(self, store: Store, kb: KnowledgeBase, roles: Roles, hours: OfficeHours | None = None,
                 clock: Callable[[], dt.datetime] = utc_now, per_day: int | None = None):
        self.inbox = store.inbox
        self.questions = store.questions
        self.contacts = store.contacts  # interaction windows (Zalo OA): the time left to answer
        self.facts = store.facts
        self.kb = kb
        self.roles = roles
        self.hours = hours or OfficeHours.from_env()
        self.clock = clock
        self.per_day = per_day or per_day_from_env()

    def commands(self) -> list[Command]:
        staff = {"inbox": self.show_inbox, "nhan": self.take, "traloi": self.answer, "dong": self.close,
                 "thanhfact": self.make_fact}
        return [Command("hoicanbo", self.ask, EVERYONE)] + [Command(n, run, INBOX_ROLES) for n, run in staff.items()]

    @staticmethod
    def choice(question_id: int) -> Choice:
        """The "Hỏi cán bộ" choice for a question the person asked."""
        return Choice(texts.ASK_STAFF_BUTTON, buttons.ask_staff(question_id))

    # -- citizens -------------------------------------------------------------------

    def ask(self, message: Message, args: str) -> list[Reply]:
        """/hoicanbo <câu hỏi>"""
        if not args:
            return [Reply(texts.HOICANBO_HOW)]
        return self._file(message, args, self.questions.last_of(message.channel, message.user_id, limit=EXCERPT))

    def ask_about(self, message: Message, question_id: int) -> list[Reply]:
        """The "Hỏi cán bộ" choice: hand over a question this person asked (and the ones before it)."""
        question = self.questions.asked_by(question_id, message.channel, message.user_id)
        if question is None:
            return [Reply(texts.CHOICE_GONE)]
        before = self.questions.last_of(message.channel, message.user_id, question_id, EXCERPT)
        return self._file(message, question, before)

    def _file(self, message: Message, question: str, before: list[str]) -> list[Reply]:
        if len(question) > MAX_QUESTION_CHARS:
            return [Reply(texts.TOO_LONG.format(length=format_number(len(question)),
                                                limit=format_number(MAX_QUESTION_CHARS)))]
        now = self.clock()
        inbox_id = self.inbox.file(message.channel, message.user_id, message.chat, without_phones(message.name),
                                   without_phones(question), [without_phones(q) for q in before], self.per_day,
                                   day_start_utc(now.astimezone(VIETNAM).date()),
                                   now.astimezone(dt.timezone.utc).isoformat(timespec="seconds"))
        if inbox_id is None:
            return [Reply(texts.INBOX_LIMIT.format(count=self.per_day))]
        if self.hours.is_open(now):
            when = texts.OFFICE_OPEN
        else:
            when = texts.office_closed(self.hours.next_opening(now))
        return [Reply(texts.FILED.format(id=inbox_id, when=when))]

    # -- staff ------------------------------------------------------------------------

    def show_inbox(self, _message: Message, args: str) -> list[Reply]:
        """/inbox [trang]: open questions, oldest first."""
        page = whole_number(args or "1")
        if page is None:
            return [Reply(texts.INBOX_PAGE_HOW)]
        rows, total = self.inbox.active((page - 1) * PAGE_SIZE, PAGE_SIZE)
        if not total:
            return [Reply(texts.INBOX_EMPTY)]
        pages = (total + PAGE_SIZE - 1) // PAGE_SIZE
        if not rows:
            return [Reply(texts.NO_SUCH_PAGE.format(page=page, pages=pages))]
        lines = [texts.INBOX_TITLE.format(count=total, page=page, pages=pages)]
        lines += [texts.inbox_line(row, self._time_left(row)) for row in rows]
        choices = []
        if page > 1:
            choices.append(Choice(texts.PREVIOUS_PAGE_BUTTON, buttons.command(f"/inbox {page - 1}")))
        if page < pages:
            choices.append(Choice(texts.NEXT_PAGE_BUTTON, buttons.command(f"/inbox {page + 1}")))
        return [Reply("\n".join(lines), choices)]

    def take(self, message: Message, args: str) -> list[Reply]:
        """/nhan <số>: this staff member handles the question; others see who."""
        row = self._question(args, texts.NHAN_HOW)
        if isinstance(row, list):
            return row
        if not self.inbox.take(row["id"], message.identity, staff_name(message)):
            return self._not_active(self.inbox.get(row["id"]), message)
        return [Reply(texts.TAKEN.format(id=row["id"]) + "\n\n" + texts.inbox_details(row, self._time_left(row)))]

    def answer(self, message: Message, args: str) -> list[Reply]:
        """/traloi <số> <nội dung>: the answer goes to the citizen on their own channel, once."""
        found = self._question_and_text(args, texts.TRALOI_HOW, required=True)
        if isinstance(found, list):
            return found
        row, text = found
        reply = texts.ANSWER_TO_CITIZEN.format(id=row["id"], question=escape(row["question"]), answer=escape(text))
        if not self.inbox.answer(row["id"], message.identity, message.chat, text, reply):
            return self._not_active(self.inbox.get(row["id"]), message)
        left = self._time_left(row)
        late = texts.ANSWER_LATE if left is not None and left <= dt.timedelta(0) else ""
        return [Reply(texts.ANSWER_QUEUED.format(id=row["id"], channel=texts.channel_name(row["channel"])) + late)]

    def _question_and_text(self, args: str, how: str, required: bool) -> tuple[dict, str] | list[Reply]:
        """'<số> <nội dung>': the open question and the text, or the polite reply saying what is wrong."""
        number, _, text = args.partition(" ")
        text = text.strip()
        row = self._question(number, how)
        if isinstance(row, list):
            return row
        if required and not text:
            return [Reply(how)]
        if len(text) > MAX_ANSWER_CHARS:
            return [Reply(texts.ANSWER_TOO_LONG.format(limit=format_number(MAX_ANSWER_CHARS)))]
        return row, text

    def close(self, message: Message, args: str) -> list[Reply]:
        """/dong <số> [lý do]: closed without an answer, the citizen told politely."""
        found = self._question_and_text(args, texts.DONG_HOW, required=False)
        if isinstance(found, list):
            return found
        row, reason = found
        because = texts.CLOSE_REASON.format(reason=escape(reason)) if reason else ""
        polite = texts.CLOSED_TO_CITIZEN.format(id=row["id"], question=escape(row["question"]), reason=because)
        if not self.inbox.close(row["id"], message.identity, message.chat, reason, polite):
            return self._not_active(self.inbox.get(row["id"]), message)
        return [Reply(texts.CLOSED_QUEUED.format(id=row["id"]))]

    def make_fact(self, message: Message, args: str) -> list[Reply]:
        """/thanhfact <số>: an answered question and its answer become a draft fact for the operators."""
        row = self._question(args, texts.THANHFACT_HOW)
        if isinstance(row, list):
            return row
        if row["status"] != "answered":
            return [Reply(texts.NOT_ANSWERED_YET.format(id=row["id"]))]
        if row["fact_id"]:
            return [Reply(texts.ALREADY_DRAFTED.format(id=row["id"], fact_id=escape(row["fact_id"])))]
        day = self.clock().astimezone(VIETNAM).date()
        try:
            fact_id = edits.draft_answer(self.facts, f"inbox.q{row['id']}", row["question"], row["answer"],
                                         texts.OFFICE_SOURCE, day, message.identity)
        except FactsError as error:
            return [Reply(texts.WARNING.format(error=escape(str(error))) + "\n" + texts.NOTHING_CHANGED)]
        self.inbox.made_fact(row["id"], message.identity, fact_id)
        return [Reply(texts.FACT_DRAFTED.format(id=row["id"], fact_id=escape(fact_id)))]

    # -- notices ------------------------------------------------------------------------

    def queue_notices(self, channel: str) -> None:
        """Queue to the outbox what staff on ``channel`` should be told: new questions (one notice a minute
        at most each), and to whoever answered, whether their answer reached the citizen.

        A confirmation goes at once, as its own short message, not held for the next new-question notice:
        it follows the staff member's own /traloi, so it is expected and cannot outnumber their answers,
        and whoever has just answered wants to know now that it arrived (or did not, and why). Answers
        that arrived between two passes are confirmed in one message, so a burst of answers does not
        bring a burst of confirmations; the minute rule is for notices nobody asked for."""
        at = self.clock().timestamp()
        for identity, role in self.roles.privileged():
            person_channel, _, user_id = identity.partition(":")
            if person_channel == channel and role in (STAFF, OPERATOR, ADMIN):
                self.inbox.tell_unseen(identity, user_id, NOTICE_EVERY, texts.new_questions, at)
        self.inbox.tell_outcomes(channel, texts.delivered, texts.undelivered)

    # -- helpers --------------------------------------------------------------------------

    def _question(self, typed: str, how: str) -> dict | list[Reply]:
        """The question numbered ``typed``, or the reply saying how to write it / that there is none."""
        number = whole_number(typed.strip().lstrip("#"))
        if number is None:
            return [Reply(how)]
        row = self.inbox.get(number)
        if row is None:
            return [Reply(texts.NO_SUCH_QUESTION.format(id=number))]
        return row

    def _not_active(self, row: dict, message: Message) -> list[Reply]:
        """Why a question cannot be taken, answered or closed by this staff member now (nothing changed)."""
        if row["status"] == "taken":
            return [Reply(texts.TAKEN_BY_OTHER.format(id=row["id"], name=escape(row["taken_name"]),
                                                      at=texts.local_time(row["taken_at"])))]
        template = texts.ALREADY_ANSWERED if row["status"] == "answered" else texts.ALREADY_CLOSED
        mine = row["answered_by"] == message.identity
        return [Reply(template.format(id=row["id"], at=texts.local_time(row["answered_at"]),
                                      who=texts.YOU if mine else texts.ANOTHER_STAFF))]

    def _time_left(self, row: dict) -> dt.timedelta | None:
        """How long the citizen's messenger still lets us write to them (Zalo OA); None: no such limit."""
        until = self.contacts.window_until(row["channel"], row["user_id"])
        return None if until is None else until - self.clock()


def staff_name(message: Message) -> str:
    """How other staff see a staff member: their display name (never a phone number), else their identity."""
    return without_phones(message.name) or message.identity
