"""What ``fieldkit merge`` prints: one line per bundle and a summary, in the reader's language.

A coordinator reading Korean (``FIELDKIT_LANG=ko`` or a Korean locale) gets every line in
Korean, a refused bundle's reason included (``fieldkit.error_text``, with the place kept:
it names the record a coordinator asks the interviewer about).  ``--json`` is for scripts
and is the same in both languages: the error's stable code, its English raise-site message
and, for a refused declined interview, the record's reference.  New Korean wording is listed
in docs/glossary.md for a fluent reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from fieldkit.errors import BundleDeclinedError

if TYPE_CHECKING:
    from fieldkit.bundle.merge import MergeOutcome, MergeSummary

__all__ = ["print_summary", "summary_json"]

_LINES = {
    "en": {
        "merged": "{source}: merged {records} record(s), {changed} new or changed",
        "already merged": "{source}: already merged; nothing changed",
        "rejected": "{source}: rejected: {reason} [{code}]",
        "summary": "Summary: {merged} merged, {already} already merged, {rejected} rejected; "
        "{changed} record(s) changed.",
    },
    "ko": {
        "merged": "{source}: 기록 {records}건을 합쳤습니다 (새 기록이나 바뀐 기록 {changed}건).",
        "already merged": "{source}: 이미 합친 파일입니다. 바뀐 것이 없습니다.",
        "rejected": "{source}: 받지 않음: {reason} [{code}]",
        "summary": "요약: 합침 {merged}개, 이미 합침 {already}개, 받지 않음 {rejected}개. "
        "바뀐 기록 {changed}건.",
    },
}


def _reason(outcome: MergeOutcome, lang: str) -> str:
    error = outcome.error
    if error is None:
        return ""
    if lang != "ko":
        return str(error)
    from fieldkit.error_text import render

    shown = render(error, "ko", keep_where=True)
    text = f"{shown.where}: {shown.message}" if shown.where else shown.message
    return f"{text} ({shown.hint})" if shown.hint else text


def print_summary(summary: MergeSummary, lang: str) -> None:
    """A line per bundle (refused ones on stderr, with their reason and code), then the
    counts."""
    lines = _LINES["ko" if lang == "ko" else "en"]
    for o in summary.outcomes:
        text = lines[o.status].format(
            source=o.source,
            records=o.records,
            changed=o.changed,
            reason=_reason(o, lang),
            code=o.error.code if o.error else "",
        )
        click.echo(text, err=o.status == "rejected")
    click.echo(
        lines["summary"].format(
            merged=summary.count("merged"),
            already=summary.count("already merged"),
            rejected=summary.count("rejected"),
            changed=summary.changed,
        )
    )


def _error_json(outcome: MergeOutcome) -> dict[str, object] | None:
    error = outcome.error
    if error is None:
        return None
    record = error.record if isinstance(error, BundleDeclinedError) else None
    return {"code": error.code, "message": str(error), "record": record}


def summary_json(summary: MergeSummary) -> dict[str, object]:
    return {
        "bundles": [
            {
                "file": o.source,
                "status": o.status,
                "records": o.records,
                "changed": o.changed,
                "error": _error_json(o),
            }
            for o in summary.outcomes
        ],
        "merged": summary.count("merged"),
        "already_merged": summary.count("already merged"),
        "rejected": summary.count("rejected"),
        "records_changed": summary.changed,
    }
