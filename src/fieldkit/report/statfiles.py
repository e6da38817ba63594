"""Writers for statistics packages: Parquet (pyarrow), Stata .dta and SPSS .sav (pyreadstat).

The packages are optional extras (``parquet``, ``stata-spss``; see
docs/analysis.md), imported here only when their format is asked for.

- Parquet: a categorical is a dictionary column holding *every* category (so
  pandas reads the same ``CategoricalDtype`` from every export), a date a
  ``date32``, a multiple choice a list of strings; the dictionary is in the
  file's metadata (``fieldkit:dictionary``) and each field carries its labels.
- Stata and SPSS: a categorical is its numeric code with value labels, a 0/1
  option column is labelled too; variable labels in one language (the
  ``language`` asked for).  Missing answers keep their reason: ``.a`` / ``.b``
  in Stata, user-missing -8 / -9 in SPSS.  Every number is stored as a double
  (integers displayed without decimals), so that two exports have the same
  storage types whatever they hold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fieldkit.errors import ReportError
from fieldkit.report.columns import Column
from fieldkit.report.datatable import DataTable, Missing
from fieldkit.report.dictionary import DTA_MISSING, SAV_MISSING, Dictionary

__all__ = ["write_dta", "write_parquet", "write_sav"]

STATA_LABEL = 80
"""Stata's limit on a variable label, in characters."""
SPSS_VALUE_LABEL = 120
"""SPSS's limit on a value label, in bytes."""
EXTRA = {"parquet": ("pyarrow", "parquet"), "dta": ("pyreadstat", "stata-spss")}
EXTRA["sav"] = EXTRA["dta"]


def _missing_package(fmt: str) -> ReportError:
    package, extra = EXTRA[fmt]
    return ReportError(
        f"the {fmt} format needs the {package} package",
        # From the checkout: "fieldkit" on the package index is another project (pyproject.toml).
        hint=f"install fieldkit with the '{extra}' extra, in the fieldkit checkout: "
        f"pip install '.[{extra}]'",
    )


# --- Parquet ---------------------------------------------------------------------------


def write_parquet(table: DataTable, book: Dictionary, path: Path, about: dict[str, str]) -> None:
    try:
        import pyarrow as pa  # deferred: only Parquet needs it (~0.2 s to import)
        import pyarrow.parquet as pq
    except ImportError:
        raise _missing_package("parquet") from None
    fields, arrays = [], []
    for column in table.columns:
        values = [row[column.name] for row in table.rows]
        kind, array = _arrow(pa, column, values)
        labels = {f"label:{lang}": text for lang, text in column.label.items()}
        fields.append(pa.field(column.name, kind, metadata={**labels, "question": column.question}))
        arrays.append(array)
    metadata = {
        "fieldkit:dictionary": json.dumps(list(book.rows), ensure_ascii=False),
        **{f"fieldkit:{k}": v for k, v in about.items()},
    }
    schema = pa.schema(fields, metadata=metadata)
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), path)


def _arrow(pa: Any, column: Column, values: list[Any]) -> tuple[Any, Any]:
    cells = [None if isinstance(v, Missing) else v for v in values]
    if column.kind == "categorical" and not column.option:
        kind = pa.dictionary(pa.int16(), pa.string(), ordered=column.ordered)
        index = {c.value: i for i, c in enumerate(column.categories)}
        indices = pa.array([None if v is None else index[v] for v in cells], type=pa.int16())
        dictionary = pa.array([c.value for c in column.categories], type=pa.string())
        return kind, pa.DictionaryArray.from_arrays(indices, dictionary, ordered=column.ordered)
    kinds = {
        "integer": pa.int64(),
        "number": pa.float64(),
        "date": pa.date32(),
        "multiple": pa.list_(pa.string()),
    }
    kind = kinds.get(column.kind, pa.string())
    return kind, pa.array(cells, type=kind)


# --- Stata and SPSS --------------------------------------------------------------------


def _pyreadstat(fmt: str) -> Any:
    try:
        import pandas  # noqa: F401  (pyreadstat writes pandas data frames)
        import pyreadstat  # deferred: only Stata and SPSS exports need it
    except ImportError:
        raise _missing_package(fmt) from None
    return pyreadstat


def _code(column: Column, value: Any) -> Any:
    """A cell as Stata and SPSS store it: categories as their codes, lists joined."""
    if column.kind == "categorical" and not column.option:
        category = column.category(value)
        return float(category.code) if category else None
    if column.kind in ("integer", "number"):
        return float(value)
    if isinstance(value, list):
        return " ".join(value)
    return value


def _frame(table: DataTable, missing: dict[str, Any]) -> Any:
    import pandas as pd

    data: dict[str, list[Any]] = {}
    for column in table.columns:
        cells = []
        for row in table.rows:
            value = row[column.name]
            if isinstance(value, Missing):
                cells.append(_missing_cell(column, value, missing))
            else:
                cells.append(_code(column, value))
        data[column.name] = cells
    numeric = {c.name for c in table.columns if c.numeric_codes and c.kind != "date"}
    # An empty table (a repeat no record has an instance of) has no values to infer a
    # type from: numeric columns are declared numeric, or SPSS takes them for text.
    return pd.DataFrame(
        {
            name: pd.Series(cells, dtype="float64" if not cells and name in numeric else object)
            for name, cells in data.items()
        }
    )


def _missing_cell(column: Column, reason: Missing, missing: dict[str, Any]) -> Any:
    if column.kind == "date":
        return None
    if column.numeric_codes:
        return missing[reason.value]
    return ""


def _value_labels(column: Column, lang: str) -> dict[float, str]:
    labels = {float(c.code): c.label.get(lang, c.value) for c in column.categories}
    if column.top_code is not None:
        more = f"{column.top_code} 이상" if lang == "ko" else f"{column.top_code} or more"
        labels[float(column.top_code)] = more
    return labels


def _cut(text: str, limit: int, *, in_bytes: bool = False) -> str:
    """``text`` within ``limit`` characters (or UTF-8 bytes), ending in an ellipsis if cut."""
    size = len(text.encode()) if in_bytes else len(text)
    if size <= limit:
        return text
    while (len((text + "…").encode()) if in_bytes else len(text) + 1) > limit:
        text = text[:-1]
    return text + "…"


def _formats(table: DataTable, numeric: dict[str, str]) -> dict[str, str]:
    formats = {}
    for column in table.columns:
        if column.kind == "date":
            formats[column.name] = numeric["date"]
        elif column.numeric_codes:
            formats[column.name] = numeric["number" if column.kind == "number" else "whole"]
    return formats


def write_dta(table: DataTable, path: Path, lang: str, title: str) -> None:
    pyreadstat = _pyreadstat("dta")
    frame = _frame(table, DTA_MISSING)
    coded = [c for c in table.columns if c.numeric_codes and c.kind != "date"]
    pyreadstat.write_dta(
        frame,
        str(path),
        file_label=_cut(title, STATA_LABEL),
        column_labels={c.name: _cut(c.label.get(lang, c.name), STATA_LABEL) for c in table.columns},
        variable_value_labels={c.name: labels for c in coded if (labels := _value_labels(c, lang))},
        missing_user_values={c.name: list(DTA_MISSING.values()) for c in coded if c.question},
        variable_format=_formats(table, {"date": "%td", "whole": "%12.0g", "number": "%10.0g"}),
    )


def write_sav(table: DataTable, path: Path, lang: str, title: str) -> None:
    pyreadstat = _pyreadstat("sav")
    frame = _frame(table, SAV_MISSING)
    coded = [c for c in table.columns if c.numeric_codes and c.kind != "date"]
    reasons = {
        -8.0: "묻지 않음" if lang == "ko" else "Not asked",
        -9.0: "답하지 않음" if lang == "ko" else "Not answered",
    }
    value_labels = {}
    for column in coded:
        labels = {**_value_labels(column, lang), **(reasons if column.question else {})}
        value_labels[column.name] = {
            code: _cut(text, SPSS_VALUE_LABEL, in_bytes=True) for code, text in labels.items()
        }
    pyreadstat.write_sav(
        frame,
        str(path),
        file_label=_cut(title, 64),
        column_labels={c.name: _cut(c.label.get(lang, c.name), 256) for c in table.columns},
        variable_value_labels=value_labels,
        missing_ranges={c.name: list(SAV_MISSING.values()) for c in coded if c.question},
        variable_measure={c.name: _measure(c) for c in table.columns},
        variable_format=_formats(table, {"date": "DATE11", "whole": "F8.0", "number": "F12.2"}),
    )


def _measure(column: Column) -> str:
    if column.kind == "categorical" or column.option:
        return "ordinal" if column.ordered else "nominal"
    if column.kind in ("integer", "number"):
        return "scale"
    return "nominal"
