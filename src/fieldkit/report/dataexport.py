"""Merged records for analysts: CSV, JSON Lines, Parquet, XLSX, Stata or SPSS, with a dictionary.

One row per record (``datatable``), one column per exported answer
(``columns``: ``direct`` questions and notes never appear, their answers never
left the devices), typed from the questionnaire; one long table per repeat
(``repeattables``: ``data.csv`` -> ``data.sales.csv``, a sheet of the same
workbook for XLSX) linked by ``record_id``.  Beside the data goes the data
dictionary (``dictionary``), written from the same columns, every table's.

Before anything is written, the audit's k-anonymity check runs on the records
(``privacy``): records below the project's k are left out unless
``allow_below_k``; the result lists them either way.  Files are created
readable by their owner only (0600, like bundles) and never replace an
existing file unless ``force``: an analyst's copy is the file most likely to
travel, and the one most likely to be overwritten by the next month's export.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from fieldkit.bundle import coordinator_project
from fieldkit.errors import ReportError
from fieldkit.questionnaire import Questionnaire, questionnaire_hash
from fieldkit.report.columns import Layout
from fieldkit.report.datatable import DataTable, records_table
from fieldkit.report.dictionary import Dictionary, combined, dictionary, dictionary_csv
from fieldkit.report.findings import merged_records
from fieldkit.report.formats import csv_bytes, jsonl_bytes, xlsx_bytes
from fieldkit.report.privacy import KCheck, check_k
from fieldkit.report.repeattables import repeat_tables
from fieldkit.report.statfiles import write_dta, write_parquet, write_sav
from fieldkit.session import Workspace

__all__ = [
    "DataExport",
    "ExportOptions",
    "export_data",
    "repeat_path",
    "write_table",
]


@dataclass(frozen=True, kw_only=True)
class ExportOptions:
    """How ``export_data`` writes the analysts' files."""

    fmt: str = "csv"
    """One of ``fieldkit.report.DATA_FORMATS``."""
    dictionary: Path | None = None
    """Where the dictionary CSV goes (default: beside the data, ``OUT.dictionary.csv``,
    e.g. ``data.sav.dictionary.csv``: one per file, since each format marks missing
    answers its own way)."""
    bom: bool = False
    """Start CSV files with a UTF-8 byte order mark (Excel opening Korean text)."""
    language: str | None = None
    """Language of the labels inside .dta and .sav files (default: the questionnaire's first)."""
    multi_columns: bool = False
    """One 0/1 column per option of a multiple choice, instead of one column of values."""
    allow_below_k: bool = False
    """Write records below the project's k too (they are listed either way)."""
    force: bool = False
    """Replace files that exist."""


@dataclass(frozen=True, kw_only=True)
class DataExport:
    """What ``export_data`` wrote, and what the k-anonymity check found."""

    records: int
    """Rows written."""
    left_out: int
    """Records below k left out (0 with ``allow_below_k``)."""
    data: Path
    dictionary: Path
    check: KCheck
    repeats: dict[str, tuple[Path, int]] = field(default_factory=dict)
    """Repeat id -> (the file its long table is in, rows written): beside the data, or
    the data file itself for XLSX (one sheet per repeat)."""


def export_data(workspace: Workspace, out: Path, options: ExportOptions) -> DataExport:
    """``fieldkit export-data``: the merged records to ``out`` and the dictionary beside it."""
    qn = workspace.flow(coordinator_project(workspace).questionnaire_hash).questionnaire
    language = _language(qn, options.language)
    book_path = options.dictionary or out.with_name(out.name + ".dictionary.csv")
    records = merged_records(workspace)
    check = check_k(qn, records)
    kept = [r for r in records if options.allow_below_k or r["id"] not in check.below_ids]
    layout = Layout(multi_columns=options.multi_columns)
    table = records_table(qn, kept, layout)
    repeats = repeat_tables(qn, kept, layout)
    book = combined(
        [
            dictionary(
                t.columns, qn.languages, options.fmt, t.name if t is not table else "records"
            )
            for t in (table, *repeats)
        ]
    )
    beside = {} if options.fmt == "xlsx" else {t.name: repeat_path(out, t.name) for t in repeats}
    _claim([out, book_path, *beside.values()], force=options.force)
    title = f"{coordinator_project(workspace).name}: {qn.id} {qn.version}"
    write = partial(write_table, book=book, options=options, language=language, title=title, qn=qn)
    write(table, out=out, repeats=tuple(repeats) if options.fmt == "xlsx" else ())
    for repeat in repeats:
        if repeat.name in beside:
            write(repeat, out=beside[repeat.name])
    _write_private(book_path, lambda path: path.write_bytes(dictionary_csv(book, bom=options.bom)))
    return DataExport(
        records=len(table.rows),
        left_out=len(records) - len(kept),
        data=out,
        dictionary=book_path,
        check=check,
        repeats={t.name: (beside.get(t.name, out), len(t.rows)) for t in repeats},
    )


def repeat_path(out: Path, repeat_id: str) -> Path:
    """Where a repeat's long table goes beside ``out``: ``data.csv`` -> ``data.sales.csv``."""
    return out.with_name(f"{out.stem}.{repeat_id}{out.suffix}")


def _language(qn: Questionnaire, asked: str | None) -> str:
    if asked is None:
        return qn.languages[0]
    if asked not in qn.languages:
        raise ReportError(
            f"the questionnaire has no labels in '{asked}'",
            hint=f"choose one of {', '.join(qn.languages)}",
        )
    return asked


def _claim(paths: list[Path], *, force: bool) -> None:
    """Refuse before writing anything if a file exists (unless ``force``) or two coincide."""
    if len({p.resolve() for p in paths}) < len(paths):
        raise ReportError(
            "the data and the dictionary would be the same file",
            where=str(paths[0]),
            hint="give the dictionary another name with --dictionary",
        )
    existing = [p for p in paths if p.exists()]
    if existing and not force:
        raise ReportError(
            "the file exists",
            where=str(existing[0]),
            hint="choose another name, or add --force to replace it",
        )


def write_table(
    table: DataTable,
    book: Dictionary,
    out: Path,
    options: ExportOptions,
    *,
    language: str,
    title: str,
    qn: Questionnaire,
    repeats: tuple[DataTable, ...] = (),
) -> None:
    """Write ``table`` to ``out`` in ``options.fmt`` (owner-only, replaced whole or not at all)."""
    fmt = options.fmt
    writers: dict[str, Callable[[Path], object]] = {
        "csv": lambda path: path.write_bytes(csv_bytes(table, bom=options.bom)),
        "jsonl": lambda path: path.write_bytes(jsonl_bytes(table)),
        "xlsx": lambda path: path.write_bytes(xlsx_bytes(table, book, repeats)),
        "parquet": lambda path: write_parquet(table, book, path, _about(qn, title)),
        "dta": lambda path: write_dta(table, path, language, title),
        "sav": lambda path: write_sav(table, path, language, title),
    }
    if fmt not in writers:
        raise ReportError(f"unknown data format '{fmt}'", hint=f"use one of {', '.join(writers)}")
    _write_private(out, writers[fmt])


def _about(qn: Questionnaire, title: str) -> dict[str, str]:
    return {
        "title": title,
        "questionnaire": qn.id,
        "questionnaire_version": qn.version,
        "questionnaire_hash": questionnaire_hash(qn),
    }


def _write_private(out: Path, write: Callable[[Path], object]) -> None:
    """Write through a 0600 file beside ``out``, then move it into place."""
    temporary = out.with_name(f".{out.name}.{os.getpid()}.partial")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        write(temporary)
        temporary.chmod(0o600)
        os.replace(temporary, out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ReportError(f"could not write the file: {error.strerror}", where=str(out)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
