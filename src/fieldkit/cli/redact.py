"""``fieldkit redact [FILE|-] [--known-file FILE] [--ask-known] [--lang ...] [--json]``.

A thin shell over ``fieldkit.redaction``: read text, redact it, print it.  A
known term may carry a label prefix (``person:``, ``place:``, ``contact:``,
``other:``; default person) and a place may name its province after ``@``:
``place:Sangdong-ri@North Hamgyong``.  Errors never quote the text.

Known terms are the names and villages themselves, so they are taken from a file
(``--known-file``, one per line) or typed without echo at the terminal
(``--ask-known``).  ``--known TERM`` still works, but a command line is kept in the
shell's history and shown to every user of the machine by ``ps``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from fieldkit.errors import RedactionError

__all__ = ["register"]


def _read(source: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as error:
        raise RedactionError(
            "cannot read the input file", where=source, hint=error.strerror or "check the path"
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RedactionError(
            "the input is not UTF-8 text", where=source, hint="save the file as UTF-8 and retry"
        ) from None


def _known_file(path: Path) -> list[str]:
    """One term per line; blank lines and lines starting with ``#`` are skipped."""
    text = _read(str(path))
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _ask_known() -> list[str]:
    """Terms typed at the terminal without echo, one per prompt, until an empty one.

    Read from the terminal itself (``/dev/tty``), so the text can still come on standard
    input; with no terminal it stops rather than read (and echo) from elsewhere."""
    import getpass

    if os.name == "posix":
        try:
            os.close(os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY))
        except OSError:
            raise RedactionError(
                "--ask-known needs a terminal to type the terms at",
                hint="put the terms in a file, one per line, and pass --known-file FILE",
            ) from None
    terms = []
    while term := getpass.getpass("Known term (not shown; empty line to finish): ").strip():
        terms.append(term)
    return terms


@click.command("redact")
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option(
    "--known-file",
    "known_files",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Terms that must not survive, one per line: [person:|place:|contact:|other:]TEXT"
    "[@PROVINCE]. Delete the file when done.",
)
@click.option(
    "--ask-known",
    is_flag=True,
    help="Type the known terms at the terminal, not shown, one per line (empty line ends).",
)
@click.option(
    "--known",
    "known",
    multiple=True,
    metavar="TERM",
    help="A known term on the command line. Avoid it for real names: the shell keeps the "
    "command in its history and other users see it in the process list.",
)
@click.option(
    "--release",
    "released",
    multiple=True,
    metavar="TEXT",
    help="A detected word to keep (a false positive); known terms cannot be released.",
)
@click.option(
    "--lang",
    type=click.Choice(["auto", "en", "ko", "zh"]),
    default="auto",
    show_default=True,
    help="Main language of the text.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print {text, spans} as JSON, offsets into the input."
)
def redact(
    source: str,
    known_files: tuple[Path, ...],
    ask_known: bool,
    known: tuple[str, ...],
    released: tuple[str, ...],
    lang: str,
    as_json: bool,
) -> None:
    """Redact names, places and contact details from FILE (default: standard input)."""
    from fieldkit.redaction import Redactor, parse_known

    given = [*known, *(term for path in known_files for term in _known_file(path))]
    if ask_known:
        given += _ask_known()
    text = _read(source)
    terms = [parse_known(k) for k in given]
    result = Redactor.default().redact(text, known=terms, lang=lang, released=released)
    if as_json:
        payload = {"text": result.text, "spans": [s.as_dict() for s in result.spans]}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(result.text, nl=not result.text.endswith("\n"))


def register(group: click.Group) -> None:
    """Add ``redact`` to the ``fieldkit`` group."""
    group.add_command(redact)
