#!/usr/bin/env python3
"""Hỏi đáp Long Mỹ: command-line wiring.

    python bot.py                 run every channel whose token is set; the terminal chat if none is
    python bot.py chat            terminal chat
    python bot.py ask "câu hỏi"   print the answer to one question
    python bot.py ask --jsonl     one question a line on stdin, one JSON answer a line on stdout

Every command takes --db PATH (or the BOT_DB environment variable).
"""
from __future__ import annotations

import argparse
import logging
import sys

from channels import terminal
from handlers import Conversation
from knowledge import KnowledgeBase, Store

log = logging.getLogger("bot")


def open_conversation(db: str | None) -> Conversation:
    store = Store(db)
    return Conversation(KnowledgeBase(store), store)


def run_chat(args: argparse.Namespace) -> int:
    terminal.chat(open_conversation(args.db), sys.stdin, sys.stdout)
    return 0


def run_ask(args: argparse.Namespace) -> int:
    questions = [" ".join(args.question)] if args.question else [line.rstrip("\r\n") for line in sys.stdin]
    terminal.ask(open_conversation(args.db), questions, sys.stdout, jsonl=args.jsonl)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    log.info("No messenger token is set: starting the terminal chat")
    return run_chat(args)


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="SQLite knowledge base file (default: $BOT_DB or data/hoidap.db)")
    common.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    top = argparse.ArgumentParser(prog="bot.py", description="Hỏi đáp Long Mỹ citizen-service chatbot",
                                  parents=[common])
    top.set_defaults(run=run_serve)
    commands = top.add_subparsers(title="commands")
    commands.add_parser("serve", parents=[common], help="run every channel whose token is set").set_defaults(
        run=run_serve)
    commands.add_parser("chat", parents=[common], help="chat in the terminal").set_defaults(run=run_chat)
    ask = commands.add_parser("ask", parents=[common], help="answer questions from the command line or stdin")
    ask.add_argument("question", nargs="*", help="the question (default: one a line on stdin)")
    ask.add_argument("--jsonl", action="store_true", help="print one JSON object per answer")
    ask.set_defaults(run=run_ask)
    return top


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdin, sys.stdout):
        stream.reconfigure(encoding="utf-8", errors="replace")
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
