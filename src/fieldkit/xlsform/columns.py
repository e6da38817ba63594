"""The XLSForm vocabulary fieldkit reads and writes, as data tables.

One place names every sheet, column, type and language that the reader and
writer (and the codebook export) use, so they cannot drift apart.  fieldkit's
own columns are prefixed ``fieldkit::`` on the survey and settings sheets:
pyxform and ODK ignore them there.  On the choices sheet pyxform copies extra
columns into the form's choice lists and reads ``::`` as a translation, so
fieldkit's choice column is ``fieldkit_code`` instead.
"""

from __future__ import annotations

import re
from types import MappingProxyType

__all__ = [
    "CHOICE_CODE",
    "CHOICE_EXCLUSIVE",
    "EXTRA_COLUMNS",
    "IGNORED_COLUMNS",
    "IGNORED_SETTINGS",
    "LANGUAGE_NAMES",
    "LOGIC_COLUMNS",
    "METADATA_TYPES",
    "PLAIN_TYPES",
    "TRANSLATABLE",
    "UNSUPPORTED_COLUMNS",
    "UNSUPPORTED_TYPES",
    "language_code",
    "language_header",
    "split_header",
    "text_column",
]

CHOICE_CODE = "fieldkit_code"
CHOICE_EXCLUSIVE = "fieldkit_exclusive"
"""``yes``: the choice stands alone in a multiple choice ("None of these")."""

EXTRA_COLUMNS: MappingProxyType[str, str] = MappingProxyType(
    {
        "fieldkit::type": "the exact fieldkit type where XLSForm has no twin "
        "(year, year_month, money)",
        "fieldkit::sensitivity": "direct, quasi, narrative or none",
        "fieldkit::generalise": "how a quasi answer is coarsened, e.g. year_band(5)",
        "fieldkit::minimum": "smallest accepted value",
        "fieldkit::maximum": "largest accepted value",
        "fieldkit::currencies": "accepted currencies of a money question, e.g. 'CNY KRW'",
        "fieldkit::sensitive_attribute": "yes: the auditor checks its diversity",
        "fieldkit::quasi_identifier": "yes: part of the auditor's k-anonymity key",
        "fieldkit::redaction_seed": "person, place or contact",
        "fieldkit::unit": "what a number counts, for the data dictionary (years, children)",
        "fieldkit::sealed": "yes on a begin_group row: an identity section",
        "fieldkit::consent": "on the consent question: the answer that opens the interview",
        "fieldkit::constraints": "further constraints as JSON [{expr, message}]",
        "fieldkit::repeat_min": "on a begin_repeat row: fewest instances (default 0)",
        "fieldkit::repeat_max": "on a begin_repeat row: most instances (default 100)",
    }
)
"""Survey-sheet columns of fieldkit's own, with what they hold (for the docs)."""

TRANSLATABLE = (
    "fieldkit::description",
    "fieldkit::title",
    "constraint_message",
    "required_message",
    "guidance_hint",
    "media::big-image",
    "media::image",
    "media::audio",
    "media::video",
    "big-image",
    "image",
    "audio",
    "video",
    "label",
    "hint",
)
"""Columns written once per language as ``column::Language (code)``."""

PLAIN_TYPES: MappingProxyType[str, str] = MappingProxyType(
    {
        "integer": "integer",
        "int": "integer",
        "decimal": "decimal",
        "text": "short_text",
        "string": "short_text",
        "date": "date",
        "note": "note",
        "calculate": "calculate",
        "geopoint": "geopoint",
        "phone_number": "short_text",
    }
)
"""XLSForm type -> the fieldkit type it becomes when nothing else says otherwise."""

METADATA_TYPES = frozenset(
    {
        "start",
        "end",
        "today",
        "deviceid",
        "subscriberid",
        "simserial",
        "phonenumber",
        "username",
        "email",
        "audit",
        "start-geopoint",
        "instanceid",
    }
)
"""Values a phone records by itself; fieldkit keeps its own times and no device ids."""

_MEDIA = (
    "media capture",
    "fieldkit stores text only and keeps no files: describe what is needed in a "
    "text question, or remove the row",
)
_PLACE = (
    "GPS location",
    "coordinates identify people: ask for the place as a choice of regions (quasi) "
    "or as text (direct)",
)
_EXTERNAL = (
    "choices from an external data set",
    "copy the choices into the choices sheet, or use select_one_from_file with the CSV "
    "beside the workbook",
)

UNSUPPORTED_TYPES: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "geotrace": _PLACE,
        "geoshape": _PLACE,
        "image": _MEDIA,
        "audio": _MEDIA,
        "video": _MEDIA,
        "file": _MEDIA,
        "background-audio": _MEDIA,
        "barcode": _MEDIA,
        "time": ("time of day", "use a text question, or a date question for the day"),
        "datetime": ("date and time", "use a date question"),
        "range": ("range slider", "use an integer question with fieldkit::minimum/maximum"),
        "rank": ("ranking", "use select_multiple, or one select_one per rank"),
        "acknowledge": ("acknowledge", "use a select_one yes/no question"),
        "trigger": ("acknowledge", "use a select_one yes/no question"),
        "hidden": ("hidden value", "remove the row; fieldkit has no hidden fields"),
        "xml-external": ("external data", "remove the row"),
        "csv-external": ("external data", "remove the row"),
        "select_one_external": _EXTERNAL,
        "begin_loop": (
            "loop over a choice list",
            "use a repeat (begin_repeat) with one instance per case instead",
        ),
        "end_loop": (
            "loop over a choice list",
            "use a repeat (begin_repeat) with one instance per case instead",
        ),
        "include": ("included form", "copy the included form's rows into this survey sheet"),
        "osm": _PLACE,
        "select_multiple_external": _EXTERNAL,
    }
)
"""XLSForm type -> (what it is, what to do instead)."""

UNSUPPORTED_COLUMNS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "trigger": (
            "trigger",
            "remove it; fieldkit recomputes every calculation whenever an answer changes",
        ),
        "default": ("default value", "remove it; fieldkit never pre-fills an answer"),
        "read_only": ("read-only question", "make it a note"),
    }
)
"""Survey columns whose meaning fieldkit cannot keep: a value in one is an error."""

LOGIC_COLUMNS = ("calculation", "choice_filter", "repeat_count")
"""Survey columns fieldkit reads on some rows only (calculate, select, begin_repeat)."""

IGNORED_COLUMNS = frozenset(
    {"appearance", "parameters", "required_message", "body::accuracythreshold", "autoplay"}
)
"""Survey columns that change only how a phone shows a question; read and dropped."""

IGNORED_SETTINGS = frozenset(
    {
        "style",
        "instance_name",
        "public_key",
        "submission_url",
        "allow_choice_duplicates",
        "namespaces",
        "clean_text_values",
        "omit_instanceid",
        "auto_send",
        "auto_delete",
    }
)
"""Settings about ODK servers and phones; fieldkit encrypts and stores by itself."""

LANGUAGE_NAMES: MappingProxyType[str, str] = MappingProxyType(
    {
        "en": "English",
        "ko": "Korean",
        "zh": "Chinese",
        "ja": "Japanese",
        "ru": "Russian",
        "mn": "Mongolian",
        "vi": "Vietnamese",
        "th": "Thai",
        "fr": "French",
        "es": "Spanish",
        "de": "German",
        "pt": "Portuguese",
        "ar": "Arabic",
    }
)
"""Language code -> English name, for ``label::Korean (ko)`` headers."""

_CODE_IN_NAME = re.compile(r"\(\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\s*\)\s*$")


def language_code(name: str) -> str | None:
    """``"Korean (ko)"`` -> ``"ko"``; a bare known name (``"Korean"``) also works."""
    match = _CODE_IN_NAME.search(name)
    if match:
        primary, _, rest = match.group(1).partition("-")
        return primary.lower() + (f"-{rest}" if rest else "")
    by_name = {v.lower(): k for k, v in LANGUAGE_NAMES.items()}
    bare = name.strip().lower()
    if bare in LANGUAGE_NAMES:  # "EN", "ko": a known code on its own
        return bare
    return by_name.get(bare)


def language_header(code: str) -> str:
    """``"ko"`` -> ``"Korean (ko)"``, the form pyxform and ODK recommend."""
    name = LANGUAGE_NAMES.get(code.partition("-")[0], code)
    return f"{name} ({code})"


def text_column(column: str, code: str) -> str:
    """``("label", "ko")`` -> ``"label::Korean (ko)"``: a per-language column header."""
    return f"{column}::{language_header(code)}"


def split_header(header: str) -> tuple[str, str | None]:
    """``"label::Korean (ko)"`` -> ``("label", "Korean (ko)")``; ``"type"`` -> ``("type", None)``.

    Column names are matched case-insensitively, with spaces read as ``_``
    (pyxform accepts ``list name``); the language part is kept as written.
    """
    text = re.sub(r"\s*::\s*", "::", header.strip())
    lowered = text.lower().replace(" ", "_")
    for base in TRANSLATABLE:
        if lowered == base:
            return base, None
        for separator in ("::", ":"):
            prefix = base + separator
            rest = text[len(prefix) :]
            if lowered.startswith(prefix) and rest and not rest.startswith(":"):
                return base, rest.strip()
    return lowered, None
