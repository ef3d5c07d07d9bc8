#!/usr/bin/env python3
"""Hỏi đáp Long Mỹ: command-line wiring.

    python bot.py                 run every channel whose token is set; the terminal chat if none is
    python bot.py chat            terminal chat
    python bot.py ask "câu hỏi"   print the answer to one question
    python bot.py ask --jsonl     one question a line on stdin, one JSON answer a line on stdout
    python bot.py telegram        Telegram (TELEGRAM_BOT_TOKEN), long polling or --webhook URL
    python bot.py zalo            Zalo (ZALO_BOT_TOKEN), long polling or --webhook URL
    python bot.py facts ...       list, show, set, history, undo, import, export the facts

Every command takes --db PATH (or the BOT_DB environment variable). Settings may also
come from a .env file (KEY=value lines) beside this file or in the working directory.
"""
from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import logging
import os
import shlex
import sys
import threading
from pathlib import Path

from channels import TokenRejected, terminal
from handlers import Conversation
from handlers.flood import FloodGuard
from knowledge import KnowledgeBase, Store

log = logging.getLogger("bot")


def load_dotenv(*paths: Path) -> None:
    """KEY=value lines into the environment, never overriding what is already set."""
    for path in paths:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                key, sep, value = line.strip().partition("=")
                if sep and key and not key.startswith("#"):
                    os.environ.setdefault(key.strip(), value.strip().strip("'\""))


class RedactingFormatter(logging.Formatter):
    """Keep tokens out of everything logged, whatever library wrote it (httpx logs request URLs,
    python-telegram-bot puts the token in InvalidToken's message): the line and its traceback."""

    def __init__(self, fmt: str, secrets: list[str]):
        super().__init__(fmt)
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets:
            text = text.replace(secret, "<token>")
        return text


def setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", [
        os.environ.get("TELEGRAM_BOT_TOKEN", "").strip(), os.environ.get("ZALO_BOT_TOKEN", "").strip()]))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # Uncaught exceptions are logged too, so their tracebacks pass the same redaction.
    sys.excepthook = lambda *exc: log.critical("Uncaught exception", exc_info=exc)
    threading.excepthook = lambda hook: log.critical("Uncaught exception in thread %s", hook.thread, exc_info=(
        hook.exc_type, hook.exc_value, hook.exc_traceback))


def open_conversation(db: str | None, messenger: bool = False) -> Conversation:
    """The conversation over the knowledge base file; a messenger's also guards against floods
    and checkpoints SQLite's log in the background (it serves for days, a message at a time)."""
    store = Store(db)
    if messenger:
        store.checkpoint_in_background()
    return Conversation(KnowledgeBase(store), store, flood=FloodGuard() if messenger else None)


def run_chat(args: argparse.Namespace) -> int:
    conversation = open_conversation(args.db)
    if getattr(args, "role", None):  # whoever runs the server may act as any role at its console
        conversation.roles.session[f"{terminal.CHANNEL}:{terminal.LOCAL_USER}"] = args.role
    terminal.chat(conversation, sys.stdin, sys.stdout)
    return 0


def run_ask(args: argparse.Namespace) -> int:
    questions = [" ".join(args.question)] if args.question else [line.rstrip("\r\n") for line in sys.stdin]
    terminal.ask(open_conversation(args.db), questions, sys.stdout, jsonl=args.jsonl)
    return 0


def run_telegram(args: argparse.Namespace) -> int:
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        print("Chưa có token Telegram. Đặt biến môi trường TELEGRAM_BOT_TOKEN (hoặc ghi vào tệp .env) "
              "bằng token BotFather cấp, rồi chạy lại. / Set TELEGRAM_BOT_TOKEN to the token from BotFather.",
              file=sys.stderr)
        return 2
    from channels import telegram

    api_base = args.api_base or os.environ.get("TELEGRAM_API_BASE") or None
    application = telegram.build_application(open_conversation(args.db, messenger=True), token, api_base)
    telegram.run(application, webhook_url=args.webhook, secret=args.webhook_secret or os.environ.get(
        "TELEGRAM_WEBHOOK_SECRET"), listen=args.listen, port=args.port)
    return 0


def run_facts(args: argparse.Namespace) -> int:
    """The operators' fact commands, for whoever runs the server (actor: cli:<login>)."""
    from knowledge import edits
    from knowledge.facts import FactsError

    store = Store(args.db)
    actor = f"cli:{getpass.getuser()}"
    try:
        if args.action == "list":
            for fact in store.facts():
                if not args.topic or fact.topic == args.topic:
                    print(f"{fact.id}\t{fact.topic}\t{fact.title}")
        elif args.action == "show":
            fact = store.fact(args.id) or sys.exit(f"Không có dữ kiện {args.id}")
            print(json.dumps(fact.as_record(), ensure_ascii=False, indent=2))
        elif args.action == "set":
            if args.answer:
                edits.set_answer(store, args.id, args.answer, actor)
            else:
                edits.set_values(store, args.id, " ".join(shlex.quote(a) for a in args.assignments), actor)
            print(f"Đã cập nhật {args.id}")
        elif args.action == "history":
            for row in store.history(args.id):
                print(f"{row['at']}\t{row['actor']}\t{row['action']}{' (undone)' if row['undone'] else ''}")
        elif args.action == "undo":
            change = store.undo_last(actor)
            print(f"Đã hoàn tác {change['action']} {change['fact_id']}" if change else "Không có gì để hoàn tác")
        elif args.action == "import":
            def progress(done: int, total: int) -> None:
                print(f"\rĐang nhập {done:,}/{total:,} dữ kiện".replace(",", "."), end="", file=sys.stderr, flush=True)
            counts = edits.import_facts(store, Path(args.file).read_bytes(), actor, args.replace, progress)
            print(f"\nĐã nhập: {counts}", file=sys.stderr)
        elif args.action == "export":
            data = json.dumps(edits.export_facts(store), ensure_ascii=False, indent=2)
            Path(args.file).write_text(data, encoding="utf-8") if args.file else print(data)
    except FactsError as error:
        print(f"Lỗi: {error}\nKhông có gì thay đổi.", file=sys.stderr)
        return 1
    return 0


def run_zalo(args: argparse.Namespace) -> int:
    token = os.environ.get("ZALO_BOT_TOKEN", "").strip()
    if not token:
        print("Chưa có token Zalo. Đặt biến môi trường ZALO_BOT_TOKEN (hoặc ghi vào tệp .env) bằng token "
              "Zalo Bot Creator cấp, rồi chạy lại. / Set ZALO_BOT_TOKEN to your Zalo bot's token.", file=sys.stderr)
        return 2
    from channels import zalo

    api_base = args.api_base or os.environ.get("ZALO_API_BASE") or zalo.DEFAULT_API_BASE
    conversation = open_conversation(args.db, messenger=True)
    secret = args.webhook_secret or os.environ.get("ZALO_WEBHOOK_SECRET")
    try:
        asyncio.run(zalo.run(conversation, token, api_base, args.webhook, secret, args.listen, args.port))
    except KeyboardInterrupt:
        pass
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Every channel whose token is set, in one process; the terminal chat when none is."""
    telegram_token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
    zalo_token = os.environ.get("ZALO_BOT_TOKEN", "").strip()
    if telegram_token and zalo_token:
        return run_both(args, telegram_token, zalo_token)
    if telegram_token:
        return run_telegram(args)
    if zalo_token:
        return run_zalo(args)
    log.info("No messenger token is set: starting the terminal chat")
    return run_chat(args)


def run_both(args: argparse.Namespace, telegram_token: str, zalo_token: str) -> int:
    """Telegram and Zalo polling in one event loop, sharing one conversation and outbox."""
    from channels import telegram, zalo

    conversation = open_conversation(args.db, messenger=True)
    application = telegram.build_application(conversation, telegram_token, os.environ.get("TELEGRAM_API_BASE"))

    async def both() -> None:
        await asyncio.gather(telegram.serve_polling(application), zalo.run(
            conversation, zalo_token, os.environ.get("ZALO_API_BASE") or zalo.DEFAULT_API_BASE))

    try:
        asyncio.run(both())
    except KeyboardInterrupt:
        pass
    return 0


def parser() -> argparse.ArgumentParser:
    # SUPPRESS: an option given before the command is not reset by the command's own parser.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--db", help="SQLite knowledge base file (default: $BOT_DB or data/hoidap.db)")
    common.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    messenger = argparse.ArgumentParser(add_help=False)
    messenger.add_argument("--api-base", help="Bot API base URL, token appended "
                           "(default: $TELEGRAM_API_BASE or $ZALO_API_BASE)")
    messenger.add_argument("--webhook", metavar="URL", help="receive updates at this public URL instead of polling")
    messenger.add_argument("--webhook-secret", help="secret token the webhook requires (default: random)")
    messenger.add_argument("--listen", default="0.0.0.0", help="webhook server address (default 0.0.0.0)")
    messenger.add_argument("--port", type=int, default=8443, help="webhook server port (default 8443)")

    top = argparse.ArgumentParser(prog="bot.py", description="Hỏi đáp Long Mỹ citizen-service chatbot",
                                  parents=[common, messenger])
    top.set_defaults(run=run_serve)
    commands = top.add_subparsers(title="commands")
    commands.add_parser("serve", parents=[common, messenger],
                        help="run every channel whose token is set (the terminal chat if none)").set_defaults(
        run=run_serve)
    chat = commands.add_parser("chat", parents=[common], help="chat in the terminal")
    chat.add_argument("--as", dest="role", choices=["staff", "operator", "admin"], help="act with this role")
    chat.set_defaults(run=run_chat)
    ask = commands.add_parser("ask", parents=[common], help="answer questions from the command line or stdin")
    ask.add_argument("question", nargs="*", help="the question (default: one a line on stdin)")
    ask.add_argument("--jsonl", action="store_true", help="print one JSON object per answer")
    ask.set_defaults(run=run_ask)
    commands.add_parser("telegram", parents=[common, messenger], help="run the Telegram bot").set_defaults(
        run=run_telegram)
    commands.add_parser("zalo", parents=[common, messenger], help="run the Zalo bot").set_defaults(run=run_zalo)
    facts = commands.add_parser("facts", parents=[common], help="manage the facts (as the server's operator)")
    actions = facts.add_subparsers(dest="action", required=True)
    actions.add_parser("list", parents=[common], help="ids, topics and titles").add_argument("--topic")
    actions.add_parser("show", parents=[common], help="one fact, whole, as JSON").add_argument("id")
    setter = actions.add_parser("set", parents=[common], help="change values (name=value ...) or the answer")
    setter.add_argument("id")
    setter.add_argument("assignments", nargs="*", help="name=value; also as_of=YYYY-MM-DD, source=...")
    setter.add_argument("--answer", help="the new answer text")
    actions.add_parser("history", parents=[common], help="who changed what, when").add_argument("id")
    actions.add_parser("undo", parents=[common], help="revert your own last change")
    importer = actions.add_parser("import", parents=[common], help="load a facts file, validated whole, at once")
    importer.add_argument("file")
    importer.add_argument("--replace", action="store_true", help="delete live facts the file does not have")
    actions.add_parser("export", parents=[common], help="write every fact as a facts file").add_argument(
        "file", nargs="?")
    facts.set_defaults(run=run_facts)
    return top


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdin, sys.stdout):
        stream.reconfigure(encoding="utf-8", errors="replace")
    load_dotenv(Path.cwd() / ".env", Path(__file__).resolve().parent / ".env")
    args = parser().parse_args(argv)
    args.db = getattr(args, "db", None)
    setup_logging(getattr(args, "verbose", False))
    try:
        return args.run(args)
    except TokenRejected as rejected:  # one clear line, without the token, rather than a traceback
        print(f"{rejected.channel} từ chối token trong {rejected.variable}: hãy kiểm tra lại token rồi chạy lại. / "
              f"{rejected.channel} rejected the token in {rejected.variable}.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
