#!/usr/bin/env python3
"""Hỏi đáp Long Mỹ: command-line wiring.

    python bot.py                 run every channel whose token is set; the terminal chat if none is
    python bot.py chat            terminal chat
    python bot.py ask "câu hỏi"   print the answer to one question
    python bot.py ask --jsonl     one question a line on stdin, one JSON answer a line on stdout
    python bot.py telegram        Telegram (TELEGRAM_BOT_TOKEN), long polling or --webhook URL
    python bot.py zalo            Zalo (ZALO_BOT_TOKEN), long polling or --webhook URL
    python bot.py zalo-oa         Zalo Official Account (ZALO_OA_*), a webhook on --port (8445) at --path
    python bot.py facts ...       list, show, set, history, undo, import, export the facts;
                                  sources, setsource; ingest an article, drafts, approve, reject
    python bot.py stats           what citizens asked, as a table (--days N; --html FILE for a report)

Every command takes --db PATH (or the BOT_DB environment variable). Settings may also
come from a .env file (KEY=value lines) beside this file or in the working directory.
"""
from __future__ import annotations

import argparse
import dataclasses
import functools
import getpass
import json
import logging
import os
import shlex
import sqlite3
import sys
import threading
from pathlib import Path

from app import build_bot, home_place
from channels import base as registry
from channels import terminal
from handlers import texts
from store import SchemaTooNew, StorageFault, Store, busy_timeout, default_db_path, storage_fault

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

    def __init__(self, fmt: str, secrets):
        super().__init__(fmt)
        self.secrets = secrets  # called for each line: channels add the tokens they obtain while running

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self.secrets():
            text = text.replace(secret, "<token>")
        return text


def setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                            registry.secrets))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # Uncaught exceptions are logged too, so their tracebacks pass the same redaction.
    sys.excepthook = lambda *exc: log.critical("Uncaught exception", exc_info=exc)
    threading.excepthook = lambda hook: log.critical("Uncaught exception in thread %s", hook.thread, exc_info=(
        hook.exc_type, hook.exc_value, hook.exc_traceback))


def run_chat(args: argparse.Namespace) -> int:
    app = build_bot(args.db)
    if getattr(args, "role", None):  # whoever runs the server may act as any role at its console
        app.roles.session[f"{terminal.CHANNEL}:{terminal.LOCAL_USER}"] = args.role
    terminal.chat(app.conversation, sys.stdin, sys.stdout, both_sides=bool(getattr(args, "role", None)))
    return 0


def run_ask(args: argparse.Namespace) -> int:
    questions = [" ".join(args.question)] if args.question else [line.rstrip("\r\n") for line in sys.stdin]
    terminal.ask(build_bot(args.db).conversation, questions, sys.stdout, jsonl=args.jsonl)
    return 0


def run_facts(args: argparse.Namespace) -> int:
    """The operators' fact commands, for whoever runs the server (actor: cli:<login>)."""
    from channels.text import to_plain
    from knowledge import KnowledgeBase, edits
    from knowledge.facts import FactsError, format_number

    store = Store.open(args.db).facts
    actor = f"cli:{getpass.getuser()}"

    def read(path: str) -> bytes:
        """A file the operator named; one that cannot be read is said so, not a traceback."""
        try:
            return Path(path).read_bytes()
        except OSError as error:
            raise FactsError(texts.CLI_CANNOT_READ.format(path=path, reason=error.strerror or error)) from error

    try:
        if args.action == "list":
            rows = [(f.id, f.topic, f.title) for f in store.facts() if not args.topic or f.topic == args.topic]
            print(texts.table(texts.LIST_HEADERS, rows) if rows else texts.CLI_NO_FACTS)
        elif args.action == "show":
            fact = store.fact(args.id) or sys.exit(texts.CLI_NO_SUCH_FACT.format(fact_id=args.id))
            kb = KnowledgeBase(store, home_place())
            history = store.history(fact.id)
            print(to_plain(texts.fact_details(fact, kb.render(fact.id) or fact.answer, kb.values.get(fact.id, fact.values),
                                              history[-1] if history else None, broken=kb.broken.get(fact.id),
                                              written=kb.written.get(fact.id))))
        elif args.action == "set":
            if args.answer:
                edits.set_answer(store, args.id, args.answer, actor)
            else:
                edits.set_values(store, args.id, " ".join(shlex.quote(a) for a in args.assignments), actor)
            print(texts.CLI_UPDATED.format(fact_id=args.id))
        elif args.action == "setsource":
            old, new = edits.set_source(store, args.id, " ".join(shlex.quote(a) for a in args.assignments), actor)
            print(to_plain(texts.source_updated(args.id, old, new)))
        elif args.action == "history":
            rows = [texts.history_row(row) for row in store.history(args.id)]
            print(texts.table(texts.HISTORY_HEADERS, rows, widest=100) if rows
                  else texts.CLI_NO_HISTORY.format(fact_id=args.id))
        elif args.action == "undo":
            change = store.undo_last(actor)
            print(to_plain(texts.undone(change)) if change else texts.CLI_NOTHING_TO_UNDO)
        elif args.action == "import":
            def progress(done: int, total: int) -> None:
                print(texts.CLI_IMPORTING.format(done=format_number(done), total=format_number(total)), end="",
                      file=sys.stderr, flush=True)
            counts = edits.import_facts(store, read(args.file), actor, args.replace, progress)
            print(texts.CLI_IMPORTED.format(**{k: format_number(v) for k, v in counts.items()}), file=sys.stderr)
        elif args.action == "sources":
            kb = KnowledgeBase(store, home_place())
            rows = [(k.id or "—", k.source.get("name", ""), k.source.get("published", "—"), ", ".join(k.places) or "—",
                     len(k.fact_ids), k.source.get("title", "")) for k in kb.known_sources]
            print(texts.table(texts.SOURCE_HEADERS, rows) if rows else texts.CLI_NO_SOURCES)
        elif args.action == "ingest":
            drafted, counts = edits.ingest_article(
                store, edits.read_document(read(args.file)), args.source_name, args.published, actor,
                args.place or "", args.url or "", args.approve, progress=lambda line: print(line, file=sys.stderr))
            print(texts.table(texts.DRAFT_HEADERS, [texts.draft_row(f) for f in drafted.data["facts"]]))
            print(texts.CLI_IMPORTED.format(**{k: format_number(v) for k, v in counts.items()}).strip() if counts
                  else texts.CLI_DRAFTED.format(count=len(drafted.data["facts"])))
        elif args.action == "drafts":
            rows = [texts.draft_row(fact) for fact, _ in store.drafts()]
            print(texts.table(texts.DRAFT_HEADERS, rows) if rows else texts.CLI_NO_DRAFTS)
        elif args.action == "approve":
            counts = edits.approve_drafts(store, " ".join(args.ids), actor)
            print(texts.CLI_IMPORTED.format(**{k: format_number(v) for k, v in counts.items()}).strip())
        elif args.action == "reject":
            print(texts.CLI_REJECTED.format(count=edits.reject_drafts(store, " ".join(args.ids))))
        elif args.action == "export":
            data = json.dumps(edits.export_facts(store), ensure_ascii=False, indent=2)
            Path(args.file).write_text(data, encoding="utf-8") if args.file else print(data)
    except FactsError as error:
        print(texts.CLI_ERROR.format(error=error), file=sys.stderr)
        return 1
    return 0


def run_stats(args: argparse.Namespace) -> int:
    """The office's figures in the terminal, and as an HTML report, read from a read-only connection:
    the bot serving the same file goes on answering meanwhile."""
    from reports import figures, table
    from store import Database, StatsReader, schema

    path = Path(args.db) if args.db else default_db_path()
    if not path.exists():
        print(texts.CLI_NO_DATABASE.format(path=path), file=sys.stderr)
        return 1
    reader = StatsReader(path)
    try:
        if reader.version() != max(schema.MIGRATIONS):  # a file no bot of this release has opened yet
            Database(path).close()
        report = figures.collect(reader, args.days)
    finally:
        reader.close()
    print(table.render(report))
    if args.html:
        from reports import html
        Path(args.html).write_text(html.render(report), encoding="utf-8")
        print(texts.CLI_REPORT_WRITTEN.format(path=args.html), file=sys.stderr)
    return 0


def run_channels(args: argparse.Namespace, names: tuple[str, ...]) -> int:
    """These messengers in one process and one event loop, sharing one conversation and outbox.

    The command line's messenger options (--api-base, --webhook, …) apply when one messenger
    runs; several poll, each reaching its Bot API as the environment says.
    """
    missing = [name for name in names if not registry.token_of(name)]
    for name in missing:
        print(texts.MISSING_TOKEN[name], file=sys.stderr)
    if missing:
        return 2
    app = build_bot(args.db, messenger=True)
    registry.run([registry.create(name, app, settings(name, args if len(names) == 1 else None)) for name in names])
    return 0


def settings(name: str, args: argparse.Namespace | None) -> registry.Settings:
    """A messenger's settings from the environment (<NAME>_BOT_TOKEN, _API_BASE, _WEBHOOK_SECRET; Zalo OA's
    webhook port and path from ZALO_OA_PORT and ZALO_OA_PATH), and from the command line's options when
    ``args`` are given."""
    prefix = name.upper().replace("-", "_")
    found = registry.Settings(token=registry.token_of(name), api_base=os.environ.get(f"{prefix}_API_BASE") or None,
                              webhook_secret=os.environ.get(f"{prefix}_WEBHOOK_SECRET"))
    if name == "zalo-oa":
        found = dataclasses.replace(found, port=int(os.environ.get("ZALO_OA_PORT") or 8445),
                                    path=os.environ.get("ZALO_OA_PATH") or "/zalo-oa")
    if args is None:
        return found
    return dataclasses.replace(found, api_base=args.api_base or found.api_base, webhook_url=args.webhook,
                               webhook_secret=args.webhook_secret or found.webhook_secret, listen=args.listen,
                               port=args.port or found.port, path=args.path or found.path)


def run_serve(args: argparse.Namespace) -> int:
    """Every channel whose token is set, in one process; the terminal chat when none is."""
    names = tuple(name for name in registry.CHANNELS if registry.token_of(name))
    if names:
        return run_channels(args, names)
    log.info("No messenger token is set: starting the terminal chat")
    return run_chat(args)


def positive_days(text: str) -> int:
    from knowledge.numbers import whole_number
    days = whole_number(text, 1, 3660)
    if days is None:
        raise argparse.ArgumentTypeError("a whole number of days, 1 to 3660")
    return days


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
    messenger.add_argument("--port", type=int, help="webhook server port (default 8443; zalo-oa: 8445)")
    messenger.add_argument("--path", help="zalo-oa: the webhook's path (default /zalo-oa)")

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
    for name in registry.CHANNELS:
        commands.add_parser(name, parents=[common, messenger], help=f"run the {name} bot").set_defaults(
            run=functools.partial(run_channels, names=(name,)))
    facts = commands.add_parser("facts", parents=[common], help="manage the facts (as the server's operator)")
    actions = facts.add_subparsers(dest="action", required=True)
    actions.add_parser("list", parents=[common], help="ids, topics and titles").add_argument("--topic")
    actions.add_parser("show", parents=[common], help="one fact, whole: answer, values, questions, source").add_argument("id")
    setter = actions.add_parser("set", parents=[common], help="change values (name=value ...) or the answer")
    setter.add_argument("id")
    setter.add_argument("assignments", nargs="*", help="name=value; also as_of=YYYY-MM-DD, source=...")
    setter.add_argument("--answer", help="the new answer text")
    source_setter = actions.add_parser("setsource", parents=[common], help="correct a source's fields")
    source_setter.add_argument("id", help="the source's key (facts sources lists them)")
    source_setter.add_argument("assignments", nargs="+", help="name= (outlet=), title=, byline= (author=), "
                               "published=YYYY-MM-DD, url=, place=")
    actions.add_parser("history", parents=[common], help="who changed what (a fact or a source), when, old → new"
                       ).add_argument("id")
    actions.add_parser("undo", parents=[common], help="revert your own last change (a whole import at once)")
    actions.add_parser("sources", parents=[common], help="the sources the facts come from, their places")
    ingest = actions.add_parser("ingest", parents=[common], help="draft facts from an article (.txt or .docx)")
    ingest.add_argument("file", help="the article: its first line is the title")
    ingest.add_argument("--source-name", required=True, help="the outlet: \"Báo Trà Vinh\"")
    ingest.add_argument("--published", required=True, help="its publication date, YYYY-MM-DD")
    ingest.add_argument("--place", help="the place it is about (default: found in its title and text)")
    ingest.add_argument("--url")
    ingest.add_argument("--approve", action="store_true", help="publish at once instead of keeping drafts")
    actions.add_parser("drafts", parents=[common], help="the drafts waiting for review")
    for name, what in (("approve", "publish"), ("reject", "throw away")):
        actions.add_parser(name, parents=[common], help=f"{what} drafts").add_argument(
            "ids", nargs="+", help="draft ids, or all")
    importer = actions.add_parser("import", parents=[common], help="load a facts file, validated whole, at once")
    importer.add_argument("file")
    importer.add_argument("--replace", action="store_true", help="delete live facts the file does not have")
    actions.add_parser("export", parents=[common], help="write every fact as a facts file").add_argument(
        "file", nargs="?")
    facts.set_defaults(run=run_facts)
    stats = commands.add_parser("stats", parents=[common], help="what citizens asked: figures, charts, a report")
    stats.add_argument("--days", type=positive_days, default=30, help="the period, ending today (default 30)")
    stats.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report")
    stats.set_defaults(run=run_stats)
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
    except SchemaTooNew as error:
        print(texts.DATABASE_TOO_NEW.format(error=error), file=sys.stderr)
        return 2
    except (StorageFault, sqlite3.Error) as error:  # the file cannot be used: one sentence, not a traceback
        fault = storage_fault(error, args.db or default_db_path())
        if fault is None:
            raise
        log.info("Storage fault", exc_info=error)  # the traceback, with -v
        print(texts.STORAGE_FAULT[fault.kind].format(path=fault.path or args.db or default_db_path(),
                                                     seconds=busy_timeout()), file=sys.stderr)
        return 3
    except registry.TokenRejected as rejected:  # one clear line, without the token, rather than a traceback
        print(texts.TOKEN_REJECTED.format(channel=rejected.channel, variable=rejected.variable), file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader left early ("bot.py facts show … | head"): nothing is wrong, stop quietly
        if getattr(args.run, "func", args.run) in (run_serve, run_channels):  # a server's broken pipe is a fault
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # (so the exit's flush does not fail again)
        return 0


if __name__ == "__main__":
    sys.exit(main())
