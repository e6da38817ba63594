"""Key-value records with lower-case field keys (issue 11, round 29, lane E).

Case databases are exported one field a line, the key in lower case before a semicolon or
a colon::

    record_type; individual
    name; Ri Chun-hwa
    born; Hoeryong-si, North Hamgyong
    sold_to; a farmer surnamed Gao

The key names a field, never a person or an account: ``record_type`` is not a handle
although an underscore joins it (``round11_en._handles``), and ``name; Ri Chun-hwa`` is not
the header of a one-column table whose "names" would be born, crossed and sold_to
(``tables_en``).  A run of three or more such lines is a record when its keys are all
English words (record, type, sold, to) and none comes back: a chat's speakers return
(``sun_flower: hi`` ... ``sun_flower: ok``), a record's fields do not.  A run whose
``name`` line holds one lower-case word (``name; age``) may be a table's header and is
left to the table rule.
"""

from __future__ import annotations

import re

from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["record_keys"]

_KEY_LINE = lazy_pattern(r"^[ \t]*([a-z]+(?:_[a-z]+)*)[ \t]*[;:][ \t]*(\S[^\n]*)$", re.MULTILINE)
_MIN_FIELDS = 3
_NAME_KEYS = frozenset(("name", "alias", "nickname", "pseudonym"))
_ONE_WORD = re.compile(r"[a-z][a-z_ ]*")


def record_keys(folded: str, res: Resources) -> list[tuple[int, int]]:
    """The spans of the field keys of every key-value record in ``folded``."""
    keys: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    end = -1
    for match in _KEY_LINE().finditer(folded):
        if run and folded.count("\n", end, match.start()) != 1:
            keys.extend(_record(run, res))
            run = []
        run.append(match)
        end = match.end()
    keys.extend(_record(run, res))
    return keys


def _record(run: list[re.Match[str]], res: Resources) -> list[tuple[int, int]]:
    """The key spans of ``run`` (consecutive key lines) when it is a record, else none."""
    names = [m.group(1) for m in run]
    if len(run) < _MIN_FIELDS or len(set(names)) < len(names):
        return []
    if not all(part in res.lex_en for name in names for part in name.split("_")):
        return []
    if any(m.group(1) in _NAME_KEYS and _ONE_WORD.fullmatch(m.group(2).strip()) for m in run):
        return []  # name; age: perhaps a table's header
    return [m.span(1) for m in run]
