#!/usr/bin/env python3
"""Hỏi đáp Long Mỹ: command-line wiring.

    python bot.py                 run every channel whose token is set; the terminal chat if none is
    python bot.py chat            terminal chat
    python bot.py ask "câu hỏi"   print the answer to one question
    python bot.py ask --jsonl     one question a line on stdin, one JSON answer a line on stdout
    python bot.py telegram        Telegram (TELEGRAM_BOT_TOKEN), long polling or --webhook URL

Every command takes --db PATH (or the BOT_DB environment variable). Settings may also
come from a .env file (KEY=value lines) beside this file or in the working directory.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from channels import terminal
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


class RedactSecrets(logging.Filter):
    """Keep tokens out of every log line, whatever library wrote it (httpx logs request URLs)."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(s in message for s in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "<token>")
            record.msg, record.args = message, ()
        return True


def setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets([os.environ.get("TELEGRAM_BOT_TOKEN", ""), os.environ.get("ZALO_BOT_TOKEN", "")]))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])
    logging.getLogger("httpx").setLevel(logging.WARNING)


def open_conversation(db: str | None, flood: FloodGuard | None = None) -> Conversation:
    store = Store(db)
    return Conversation(KnowledgeBase(store), store, flood=flood)


def run_chat(args: argparse.Namespace) -> int:
    terminal.chat(open_conversation(args.db), sys.stdin, sys.stdout)
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
    application = telegram.build_application(open_conversation(args.db, FloodGuard()), token, api_base)
    telegram.run(application, webhook_url=args.webhook, secret=args.webhook_secret or os.environ.get(
        "TELEGRAM_WEBHOOK_SECRET"), listen=args.listen, port=args.port)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    if os.environ.get("TELEGRAM_BOT_TOKEN"):
        return run_telegram(args)
    log.info("No messenger token is set: starting the terminal chat")
    return run_chat(args)


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="SQLite knowledge base file (default: $BOT_DB or data/hoidap.db)")
    common.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    messenger = argparse.ArgumentParser(add_help=False)
    messenger.add_argument("--api-base", help="Bot API base URL, token appended (default: $TELEGRAM_API_BASE)")
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
    commands.add_parser("chat", parents=[common], help="chat in the terminal").set_defaults(run=run_chat)
    ask = commands.add_parser("ask", parents=[common], help="answer questions from the command line or stdin")
    ask.add_argument("question", nargs="*", help="the question (default: one a line on stdin)")
    ask.add_argument("--jsonl", action="store_true", help="print one JSON object per answer")
    ask.set_defaults(run=run_ask)
    commands.add_parser("telegram", parents=[common, messenger], help="run the Telegram bot").set_defaults(
        run=run_telegram)
    return top


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdin, sys.stdout):
        stream.reconfigure(encoding="utf-8", errors="replace")
    load_dotenv(Path.cwd() / ".env", Path(__file__).resolve().parent / ".env")
    args = parser().parse_args(argv)
    setup_logging(args.verbose)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
