"""``fieldkit redact [FILE|-] [--known TERM]... [--lang auto|en|ko|zh] [--json]``.

A thin shell over ``fieldkit.redaction``: read text, redact it, print it.  A
known term may carry a label prefix (``person:``, ``place:``, ``contact:``,
``other:``; default person) and a place may name its province after ``@``:
``--known "place:Sangdong-ri@North Hamgyong"``.  Errors never quote the text.
"""

from __future__ import annotations

import json
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


@click.command("redact")
@click.argument("source", default="-", metavar="[FILE|-]")
@click.option(
    "--known",
    "known",
    multiple=True,
    metavar="TERM",
    help="A term that must not survive: [person:|place:|contact:|other:]TEXT[@PROVINCE].",
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
    source: str, known: tuple[str, ...], released: tuple[str, ...], lang: str, as_json: bool
) -> None:
    """Redact names, places and contact details from FILE (default: standard input)."""
    from fieldkit.redaction import Redactor, parse_known

    text = _read(source)
    terms = [parse_known(k) for k in known]
    result = Redactor.default().redact(text, known=terms, lang=lang, released=released)
    if as_json:
        payload = {"text": result.text, "spans": [s.as_dict() for s in result.spans]}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(result.text, nl=not result.text.endswith("\n"))


def register(group: click.Group) -> None:
    """Add ``redact`` to the ``fieldkit`` group."""
    group.add_command(redact)
