"""``--json`` for the commands a script reads: one JSON document on standard output.

The shape of each command's document is in docs/json.md; tests parse every one.  Errors stay
where they always are (one ``error:`` line per problem on stderr, exit 2), so a script checks
the exit status first and reads the document after.
"""

from __future__ import annotations

import json
from typing import Any

import click

__all__ = ["emit_json", "json_option"]


def json_option(func: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--json",
        "as_json",
        is_flag=True,
        help="Print one JSON document for scripts (its shape: docs/json.md).",
    )(func)


def emit_json(payload: Any) -> None:
    """Indented, UTF-8 (Korean stays readable), keys in the order built."""
    click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
