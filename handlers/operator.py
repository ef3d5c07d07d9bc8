"""Commands for operators (the facts) and admins (the roles). Authorisation is not here:
``Conversation.run_command`` checks every command's roles before it runs."""
from __future__ import annotations

import json
from html import escape

from knowledge import KnowledgeBase
from knowledge import edits
from knowledge.facts import FactsError, format_number
from store.facts import FactStore
from store.questions import QuestionLog

from . import texts
from .roles import ADMIN, GRANTABLE, OPERATOR, Roles
from .types import Choice, Command, Message, Reply

PAGE_SIZE = 10
CONFIRM = "xacnhan"
FACT_ROLES = frozenset({OPERATOR})
ADMIN_ROLES = frozenset({ADMIN})


def refusal(error: FactsError) -> list[Reply]:
    return [Reply("⚠️ " + escape(str(error)) + "\n" + texts.NOTHING_CHANGED)]


class OperatorCommands:
    def __init__(self, kb: KnowledgeBase, store: FactStore, questions: QuestionLog, roles: Roles):
        self.kb = kb
        self.store = store
        self.questions = questions
        self.roles = roles

    def commands(self) -> list[Command]:
        fact = [
            ("facts", "Danh sách dữ kiện: /facts [chủ đề] [trang]", self.list_facts),
            ("fact", "Xem đầy đủ một dữ kiện: /fact <mã>", self.show_fact),
            ("setfact", "Sửa số liệu: /setfact <mã> tên=giá_trị … hoặc /setfact <mã> <câu trả lời mới>", self.set_fact),
            ("addfact", "Thêm dữ kiện: /addfact mã | chủ đề | câu hỏi | câu trả lời", self.add_fact),
            ("alias", "Thêm cách hỏi: /alias <mã> <câu hỏi>", self.alias),
            ("delfact", "Xóa dữ kiện (có thể khôi phục): /delfact <mã>", self.delete_fact),
            ("restorefact", "Khôi phục dữ kiện đã xóa: /restorefact <mã>", self.restore_fact),
            ("history", "Lịch sử thay đổi: /history <mã>", self.history),
            ("undo", "Hoàn tác thay đổi gần nhất của bạn", self.undo),
            ("unanswered", "Các câu hỏi chưa trả lời được", self.unanswered),
            ("teach", "Dạy câu hỏi chưa trả lời: /teach <số thứ tự> <mã>", self.teach),
            ("import", "Nhập tệp dữ kiện (gửi kèm tệp .json; thêm chữ replace để thay toàn bộ)", self.import_file),
        ]
        admin = [
            ("grant", "Phân quyền: /grant <kênh:mã_người_dùng> <staff|operator|admin>", self.grant),
            ("revoke", "Thu hồi quyền: /revoke <kênh:mã_người_dùng>", self.revoke),
            ("roles", "Danh sách người được phân quyền", self.list_roles),
        ]
        return [Command(n, d, run, FACT_ROLES) for n, d, run in fact] + \
               [Command(n, d, run, ADMIN_ROLES) for n, d, run in admin]

    # -- reading ------------------------------------------------------------------

    def list_facts(self, _message: Message, args: str) -> list[Reply]:
        words = args.split()
        page = int(words.pop()) if words and words[-1].isdigit() else 1
        topic = words[0] if words else None
        facts = [f for f in self.kb.facts.values() if topic is None or f.topic == topic]
        if not facts:
            return [Reply(texts.NO_FACTS.format(topic=f" trong chủ đề {escape(topic)}" if topic else ""))]
        pages = (len(facts) + PAGE_SIZE - 1) // PAGE_SIZE
        page = min(max(page, 1), pages)
        lines = [texts.FACTS_PAGE.format(page=page, pages=pages, count=len(facts))]
        for fact in facts[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]:
            answer = self.kb.render(fact.id) or fact.answer
            lines.append(f"• <b>{escape(fact.id)}</b> ({escape(fact.topic)}): {escape(answer[:160])}")
        choices = []
        scope = f"{topic} " if topic else ""
        if page > 1:
            choices.append(Choice("◀ Trang trước", f"cmd:/facts {scope}{page - 1}"))
        if page < pages:
            choices.append(Choice("Trang sau ▶", f"cmd:/facts {scope}{page + 1}"))
        return [Reply("\n".join(lines), choices)]

    def show_fact(self, _message: Message, args: str) -> list[Reply]:
        fact = self.store.fact(args.strip())
        if fact is None:
            return refusal(FactsError(f"Không có dữ kiện mã “{args.strip()[:80]}”."))
        values = self.kb.values.get(fact.id, fact.values)
        history = self.store.history(fact.id)
        last = history[-1] if history else None
        lines = [
            f"<b>{escape(fact.id)}</b>: {escape(fact.title)} (chủ đề {escape(fact.topic)})",
            f"<b>Trả lời:</b> {escape(self.kb.render(fact.id) or fact.answer)}",
            f"<b>Mẫu:</b> {escape(fact.answer)}",
            "<b>Giá trị:</b> " + (escape(", ".join(f"{k}={format_number(v)}" for k, v in values.items())) or "—"),
        ]
        if fact.derived:
            lines.append("<b>Tính từ:</b> " + escape("; ".join(f"{k} = {v}" for k, v in fact.derived.items())))
        lines += [
            "<b>Câu hỏi:</b> " + escape(" | ".join(fact.questions)),
            "<b>Từ khóa:</b> " + (escape(", ".join(fact.keywords)) or "—"),
            f"<b>Số liệu tính đến:</b> {escape(fact.as_of_label)} ({escape(fact.as_of)})",
            f"<b>Nguồn:</b> {escape(fact.source.get('name', ''))} {escape(fact.source.get('published', ''))}",
        ]
        if last:
            lines.append(f"<b>Thay đổi gần nhất:</b> {escape(last['at'])} · {escape(last['actor'])} · "
                         f"{escape(last['action'])}")
        return [Reply("\n".join(lines))]

    def history(self, _message: Message, args: str) -> list[Reply]:
        fact_id = args.strip()
        rows = self.store.history(fact_id)
        if not rows:
            return refusal(FactsError(f"Không có lịch sử cho mã “{fact_id[:80]}”."))
        lines = [texts.HISTORY_TITLE.format(fact_id=escape(fact_id))]
        for row in rows[-15:]:
            lines.append(f"• {escape(row['at'])} · <b>{escape(row['actor'])}</b> · {escape(row['action'])}"
                         f"{' (đã hoàn tác)' if row.get('undone') else ''}: {escape(_describe(row))}")
        return [Reply("\n".join(lines))]

    def unanswered(self, _message: Message, _args: str) -> list[Reply]:
        rows = self.questions.recent_unanswered()
        if not rows:
            return [Reply(texts.NO_UNANSWERED)]
        lines = [texts.UNANSWERED_TITLE]
        lines += [f"{n}. {escape(question[:150])} ({count} lần)" for n, (question, count) in enumerate(rows, 1)]
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
                raise FactsError("Cú pháp: /setfact <mã> tên=giá_trị … hoặc /setfact <mã> <câu trả lời mới>")
        except FactsError as error:
            return refusal(error)
        return self._changed(fact.id, texts.FACT_UPDATED)

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
            return refusal(FactsError("Cú pháp: /delfact <mã>"))
        fact_id = words[0]
        if self.store.fact(fact_id) is None:
            return refusal(FactsError(f"Không có dữ kiện mã “{fact_id[:80]}”."))
        if words[1:] != [CONFIRM]:
            return [Reply(texts.CONFIRM_DELETE.format(fact_id=escape(fact_id)),
                          [Choice("Xóa", f"cmd:/delfact {fact_id} {CONFIRM}"), Choice("Hủy", "dismiss")])]
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
        return [Reply(texts.UNDONE.format(action=escape(change["action"]), fact_id=escape(change["fact_id"])))]

    def teach(self, message: Message, args: str) -> list[Reply]:
        words = args.split()
        rows = self.questions.recent_unanswered()
        if len(words) != 2 or not words[0].isdigit() or not 1 <= int(words[0]) <= len(rows):
            return refusal(FactsError(f"Cú pháp: /teach <số thứ tự 1–{max(len(rows), 1)} trong /unanswered> <mã>"))
        question = rows[int(words[0]) - 1][0]
        try:
            edits.add_alias(self.store, words[1], question, message.identity)
        except FactsError as error:
            return refusal(error)
        return [Reply(texts.ALIAS_ADDED.format(fact_id=escape(words[1]), question=escape(question)))]

    def import_file(self, message: Message, args: str) -> list[Reply]:
        if not message.attachment:
            return [Reply(texts.IMPORT_HOW)]
        replace = args.strip().lower() == "replace"
        try:
            counts = edits.import_facts(self.store, message.attachment, message.identity, replace=replace)
        except FactsError as error:
            return refusal(error)
        return [Reply(texts.IMPORTED.format(**counts))]

    def _changed(self, fact_id: str, template: str) -> list[Reply]:
        self.kb.refresh()
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
        return [Reply("\n".join([texts.ROLES_TITLE] + [
            f"• {escape(identity)}: <b>{escape(role)}</b> (cấp bởi {escape(by)})" for identity, role, by in rows]))]


def _describe(row: dict) -> str:
    """What a history row changed, briefly: values old → new, or the answer."""
    old = json.loads(row["old"]) if row.get("old") else None
    new = json.loads(row["new"]) if row.get("new") else None
    if old and new:
        changed = [f"{k}: {format_number(old['values'].get(k, 0))} → {format_number(v)}"
                   for k, v in new["values"].items() if old["values"].get(k) != v]
        if old["answer"] != new["answer"]:
            changed.append(f"câu trả lời: “{new['answer'][:80]}”")
        if len(new["questions"]) > len(old["questions"]):
            changed.append(f"thêm câu hỏi “{new['questions'][-1][:80]}”")
        return "; ".join(changed) or "không đổi nội dung"
    if new:
        return "tạo mới" if row["action"] != "restore" else "khôi phục"
    return "xóa"
