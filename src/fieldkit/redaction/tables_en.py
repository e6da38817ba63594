"""The name column of a spreadsheet pasted as text (issue 11, round 26).

Caseworkers and NGOs export rows with an English header::

    Name | From | Sold to | Price
    Hope (Huimang) | Saebyol | karaoke, Yanji | 7000

    date_in, alias, origin, route
    11 Mar 2011, Bliss, Onsong, Tumen-Shenyang

The header says what each column holds, so a cell under Name, Alias, Nickname or
Pseudonym is a person's name as surely as the value of a ``Name:`` field, even when it
is an English word (Hope, Bliss: redacted uncertain).  The same holds for the Korean
header of ``tables_ko`` (| 이름 | ...).  Rows run while a line splits into as many cells as
the header, on the same separator (``|``, ``;``, a tab or ``,``); a cell saying there is
no name (``-``, unknown, n/a) is skipped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.records_en import record_keys
from fieldkit.redaction.resources import Resources

__all__ = ["drop_header_words", "find_table_names_en", "header_cells"]

_HEADER_WORD = lazy_pattern(
    r"[NnAaPp](?<!\w.)(?:(?<=[Nn])(?i:ame|ickname)|(?<=[Aa])(?i:lias)|(?<=[Pp])(?i:seudonym))"
)
r"""``\b(?:name|alias|nickname|pseudonym)`` under ``re.IGNORECASE``, found as fast as a
case-sensitive scan (round 28, speed: opening with ``\b``, the case-blind pattern was tried
at every position of every English text with a line break, some 50 us a text).  The same
texts match: only N, n, A, a, P, p match n, a, p case-blind (checked over every code point),
each a word character, so ``\b`` before one is "no word character just before it"
(``(?<!\w.)`` once it is read); the rest of each word stays case-blind."""
_NAME_HEADER = re.compile(
    r"(?:(?:full|given|first|last|family|sur|english|korean|chinese|real|client|"
    r"child|person|woman|victim|survivor|contact)[ _]?)?"
    r"(?:name|alias|aliases|nickname|pseudonym)(?:[ _]?\(.{1,20}\))?",
    re.IGNORECASE,
)
_SEPARATORS = ("|", ";", "\t", ",")
_NO_NAME = frozenset(str.split("- -- ? n/a na none unknown withheld anonymous redacted tbc"))
_LINE = lazy_pattern(r"^[^\n]*", re.MULTILINE)


def _split(line: str, offset: int, separator: str) -> list[tuple[int, int]]:
    """Each cell's stripped span, in text positions (an outer pipe opens no cell).  Round 28,
    speed: the cells are ``str.split``'s (the separator is one character), not a loop over
    every character of every line holding a comma."""
    cells, start = [], 0
    for cell in line.split(separator):
        lead = len(cell) - len(cell.lstrip())
        cells.append((offset + start + lead, offset + start + len(cell.rstrip())))
        start += len(cell) + 1
    if separator == "|" and line.strip().startswith("|"):
        cells = cells[1:]
    if separator == "|" and line.strip().endswith("|"):
        cells = cells[:-1]
    return cells


def _header(folded: str, line: re.Match[str]) -> tuple[str, int, int] | None:
    """(separator, column count, name column) of a header line, or None."""
    text = line.group()
    for separator in _SEPARATORS:
        if text.count(separator) < 1:
            continue
        cells = _split(text, line.start(), separator)
        if len(cells) < (3 if separator == "," else 2):
            return None  # "Name, please": prose, not a header
        for column, (start, end) in enumerate(cells):
            if _NAME_HEADER.fullmatch(folded[start:end]):
                return separator, len(cells), column
        return None  # the first separator the line holds is its own
    return None


def _value(folded: str, start: int, end: int, res: Resources) -> Hit | None:
    cell = folded[start:end]
    if not any(ch.isalpha() for ch in cell) or cell.casefold() in _NO_NAME:
        return None
    words = re.findall(r"[A-Za-z]+", cell)
    ordinary = bool(words) and all(
        w.casefold() in res.lex_en and w.casefold() not in res.sur_ko_latin for w in words
    )
    return Hit(
        start=start,
        end=end,
        label="PERSON",
        detector="cue",
        rule="table_name_column" + ("_ordinary" if ordinary else ""),
        uncertain=ordinary,
    )


def find_table_names_en(folded: str, res: Resources) -> Iterator[Hit]:
    """Every cell under a name column of a text table with an English header."""
    if "\n" not in folded or _HEADER_WORD().search(folded) is None:
        return
    header: tuple[str, int, int] | None = None
    keys: list[tuple[int, int]] | None = None
    for line in _LINE().finditer(folded):
        if not line.group().strip():
            header = None  # a blank line ends the table
            continue
        if header is not None:
            separator, count, column = header
            cells = _split(line.group(), line.start(), separator)
            if len(cells) == count:
                hit = _value(folded, *cells[column], res)
                if hit is not None:
                    yield hit
                continue
        header = _header(folded, line) if _HEADER_WORD().search(line.group()) else None
        if header is not None and header[0] == ";":
            keys = record_keys(folded, res) if keys is None else keys
            if any(line.start() <= s < line.end() for s, _ in keys):
                header = None  # name; Ri Chun-hwa: a record's field, not a header (round 29)


_HEADER_CELL = re.compile(r"[A-Za-z][A-Za-z _/().#-]{0,24}")


def header_cells(folded: str) -> list[tuple[int, int]]:
    """The cells of every table header: a line of two or more short, digit-free cells
    over a line split into as many cells on the same separator (Item,Qty,Cost over
    Tickets,3,87).  A header names columns, never a person, whatever its capitals."""
    if "\n" not in folded:
        return []
    lines = list(_LINE().finditer(folded))
    out: list[tuple[int, int]] = []
    for line, below in itertools.pairwise(lines):
        text = line.group()
        separator = next((s for s in _SEPARATORS if s in text), None)
        if separator is None:
            continue
        cells = _split(text, line.start(), separator)
        if len(cells) < (3 if separator == "," else 2):
            continue
        if not all(_HEADER_CELL.fullmatch(folded[s:e]) for s, e in cells):
            continue
        if len(_split(below.group(), below.start(), separator)) == len(cells):
            out.extend(cells)
    return out


def drop_header_words(folded: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the catch-all's uncertain hits inside a table header's cells."""
    cells = header_cells(folded) if any(h.detector == "catchall" for h in hits) else []
    if not cells:
        return hits
    return [
        h
        for h in hits
        if not (
            h.detector == "catchall"
            and h.uncertain
            and any(s <= h.start and h.end <= e for s, e in cells)
        )
    ]
