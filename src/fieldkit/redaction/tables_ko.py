"""The name column of a text table (issue 11, round 14).

Notes list a family or a group as a table typed with pipes::

    | 이름 | 관계 | 현재 |
    | 가람 | 조카 | 연락 두절 |

The header says what each column holds, so a cell under 이름 (성명, 성함, 본명, 가명 ...)
is a name as surely as the value of a ``이름:`` field (``fields_ko``), even when it is a word
(가람, 하늘: redacted uncertain).  The rows run until the first line that is no table row;
a separator row (``|---|``) and a cell saying there is no name (미상, 모름) are skipped.
"""

from __future__ import annotations

import itertools
import re

from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_table_names"]

_HEADERS = frozenset(str.split("이름 성명 성함 본명 실명 가명 한국이름 중국이름 이름(가명)"))
_NO_NAME = frozenset(str.split("미상 불상 모름 없음 비공개 생략 익명 무명 불명 - ?"))
_VALUE = lazy_pattern(r"(?:[가-힣]{1,4}|[\u4e00-\u9fff]{1,4})")
_LINE = lazy_pattern(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Each cell's stripped span, in text positions, between the line's pipes."""
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    out = []
    for a, b in itertools.pairwise(bars):
        cell = line[a + 1 : b]
        lead = len(cell) - len(cell.lstrip())
        out.append((offset + a + 1 + lead, offset + a + 1 + len(cell.rstrip())))
    return out


def _name_column(folded: str, header: list[tuple[int, int]]) -> int | None:
    names = [i for i, (s, e) in enumerate(header) if folded[s:e].replace(" ", "") in _HEADERS]
    return names[0] if len(names) == 1 and len(header) >= 2 else None


def _value_hit(folded: str, start: int, end: int, res: Resources) -> Hit | None:
    value = folded[start:end]
    if not _VALUE().fullmatch(value) or value in _NO_NAME or value in closed_words("ko"):
        return None
    return person_by_cue(start, end, "table_name_column", value in res.lex_ko)


def find_table_names(folded: str, res: Resources) -> list[Hit]:
    """The cells under a table's name header, for every row of that table."""
    out: list[Hit] = []
    if "|" not in folded:
        return out
    column: int | None = None
    last_end = -2
    for line in _LINE().finditer(folded):
        cells = _cells(line.group(), line.start())
        if line.start() != last_end + 1:
            column = _name_column(folded, cells)  # a new table: this line is its header
        elif column is not None and column < len(cells):
            hit = _value_hit(folded, *cells[column], res)
            if hit is not None:
                out.append(hit)
        last_end = line.end()
    return out
