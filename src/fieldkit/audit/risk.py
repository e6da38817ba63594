"""Re-identification risk: k-anonymity, the generalisations that lift a record, l-diversity.

Records that share every quasi-identifier form a class; a record's k is its
class size.  Someone who knows a woman's quasi-identifiers (birth band, region,
year of crossing, children...) narrows her down to k records; k = 1 finds her.

For each record below the threshold the search looks for the smallest
generalisations (fewest lattice steps, see ``lattice``) that give her a class of
at least k.  Class sizes are bitsets: for each quasi-identifier and level, the
set of records that agree with her is one int, and a generalisation's class is
the AND of one such int per quasi-identifier.  Partial ANDs only shrink, so a
branch is dropped as soon as it falls below k.  Up to ``EXACT_HEIGHT`` steps the
search is exhaustive; beyond, a greedy search finds a minimal one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from fieldkit.audit.lattice import Column, display
from fieldkit.audit.model import BelowK, Lift, LViolation, RiskReport

__all__ = ["EXACT_HEIGHT", "assess"]

EXACT_HEIGHT = 3
MAX_LIFTS = 3
Vector = tuple[int, ...]


class _Table:
    """Every record's quasi-identifiers at every level, as codes and as bitsets."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Mapping[str, Any]]) -> None:
        self.columns = list(columns)
        self.n = len(rows)
        self.everyone = (1 << self.n) - 1
        self.labels: list[list[list[str]]] = []
        self.codes: list[list[list[int]]] = []
        self.groups: list[list[dict[int, int]]] = []
        for column in self.columns:
            raw = [row.get(column.question) for row in rows]
            labels = [[column.value(v, level) for v in raw] for level in range(column.top + 1)]
            self.labels.append(labels)
            self.codes.append([_codes(level) for level in labels])
            self.groups.append([_bitsets(codes) for codes in self.codes[-1]])

    def mask(self, i: int, level: int, record: int) -> int:
        """The records that agree with ``record`` on column ``i`` at ``level``."""
        return self.groups[i][level][self.codes[i][level][record]]

    def keys(self, vector: Vector) -> list[tuple[int, ...]]:
        columns = [self.codes[i][level] for i, level in enumerate(vector)]
        return list(zip(*columns, strict=True)) if columns else [()] * self.n

    def names(self, vector: Vector) -> tuple[tuple[str, str], ...]:
        return tuple(
            (c.question, c.levels[level])
            for c, level in zip(self.columns, vector, strict=True)
            if level
        )


def _codes(labels: list[str]) -> list[int]:
    index: dict[str, int] = {}
    return [index.setdefault(label, len(index)) for label in labels]


def _bitsets(codes: list[int]) -> dict[int, int]:
    sets: dict[int, int] = defaultdict(int)
    for record, code in enumerate(codes):
        sets[code] |= 1 << record
    return dict(sets)


class _RecordSearch:
    """The smallest generalisations that give one record a class of at least k."""

    def __init__(self, table: _Table, record: int, k: int) -> None:
        self.t, self.k = table, k
        self.masks = [
            [table.mask(i, level, record) for level in range(c.top + 1)]
            for i, c in enumerate(table.columns)
        ]
        self.tail = [table.everyone] * (len(self.masks) + 1)
        for i in range(len(self.masks) - 1, -1, -1):
            self.tail[i] = self.tail[i + 1] & self.masks[i][0]

    def size(self, vector: Vector) -> int:
        acc = self.t.everyone
        for i, level in enumerate(vector):
            acc &= self.masks[i][level]
        return acc.bit_count()

    def exact(self, height: int) -> list[Vector]:
        found: list[Vector] = []
        self._walk(0, height, self.t.everyone, (), found)
        return found

    def _walk(self, i: int, left: int, acc: int, vector: Vector, found: list[Vector]) -> None:
        if acc.bit_count() < self.k:
            return  # every completion ANDs more sets in: it can only shrink
        if left == 0:
            if (acc & self.tail[i]).bit_count() >= self.k:
                found.append(vector + (0,) * (len(self.masks) - i))
            return
        if i == len(self.masks):
            return
        for level in range(min(len(self.masks[i]) - 1, left) + 1):
            self._walk(i + 1, left - level, acc & self.masks[i][level], (*vector, level), found)

    def greedy(self) -> Vector | None:
        """Step the column that most enlarges her class until it is big enough; then
        undo every step that is not needed."""
        vector = [0] * len(self.masks)
        while self.size(tuple(vector)) < self.k:
            steps = self._steps(vector)
            if not steps:
                return None
            vector[max(steps)[3]] += 1
        return _minimise(vector, lambda v: self.size(v) >= self.k)

    def _steps(self, vector: list[int]) -> list[tuple[int, int, int, int]]:
        """``(class size, agreeing on that column alone, -i, i)`` for each possible step:
        one pass of prefix and suffix ANDs instead of one full AND per candidate."""
        current = [m[level] for m, level in zip(self.masks, vector, strict=True)]
        prefix, suffix = [self.t.everyone], [self.t.everyone]
        for mask in current:
            prefix.append(prefix[-1] & mask)
        for mask in reversed(current):
            suffix.append(suffix[-1] & mask)
        suffix.reverse()
        steps = []
        for i, masks in enumerate(self.masks):
            if vector[i] < len(masks) - 1:
                stepped = masks[vector[i] + 1]
                size = (prefix[i] & stepped & suffix[i + 1]).bit_count()
                steps.append((size, stepped.bit_count(), -i, i))
        return steps


def _minimise(vector: list[int], good: Any) -> Vector:
    for i in range(len(vector)):
        while vector[i] > 0:
            vector[i] -= 1
            if not good(tuple(vector)):
                vector[i] += 1
                break
    return tuple(vector)


def _lifts(table: _Table, record: int, k: int) -> tuple[Lift, ...]:
    if table.n < k:
        return ()
    search = _RecordSearch(table, record, k)
    for height in range(1, EXACT_HEIGHT + 1):
        found = search.exact(height)
        if found:
            best = sorted(found, key=lambda v: (-search.size(v), sum(1 for x in v if x)))
            return tuple(Lift(table.names(v), search.size(v), exact=True) for v in best[:MAX_LIFTS])
    vector = search.greedy()
    if vector is None:
        return ()
    return (Lift(table.names(vector), search.size(vector), exact=False),)


def _below(table: _Table, vector: Vector, k: int) -> tuple[int, int]:
    """(records below k, smallest class) under ``vector``."""
    keys = table.keys(vector)
    sizes = Counter(keys)
    counts = [sizes[key] for key in keys]
    return sum(1 for c in counts if c < k), min(counts, default=0)


def _global_lift(table: _Table, k: int, allowed: int) -> Lift | None:
    """One generalisation applied to every record (full-domain) that leaves at most
    ``allowed`` records below k: greedy on the count below k, then minimised."""
    vector = [0] * len(table.columns)
    while _below(table, tuple(vector), k)[0] > allowed:
        options = [i for i, c in enumerate(table.columns) if vector[i] < c.top]
        if not options:
            return None

        def score(i: int) -> tuple[int, int]:
            stepped = tuple(v + (1 if j == i else 0) for j, v in enumerate(vector))
            return (_below(table, stepped, k)[0], i)

        vector[min(options, key=score)] += 1
    final = _minimise(vector, lambda v: _below(table, v, k)[0] <= allowed)
    below, smallest = _below(table, final, k)
    return Lift(table.names(final), smallest, exact=False, below_k=below)


def _l_diversity(
    table: _Table, rows: Sequence[Mapping[str, Any]], sensitive: Sequence[str], k: int, l_min: int
) -> tuple[int, list[LViolation]]:
    classes: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for record, key in enumerate(table.keys((0,) * len(table.columns))):
        classes[key].append(record)
    checked = [members for members in classes.values() if len(members) >= k]
    violations = []
    for members in checked:
        values = tuple(table.labels[i][0][members[0]] for i in range(len(table.columns)))
        for attribute in sensitive:
            distinct = len({display(_canonical(rows[r].get(attribute))) for r in members})
            if distinct < l_min:
                violations.append(LViolation(attribute, values, len(members), distinct))
    return len(checked), violations


def _canonical(value: Any) -> Any:
    return sorted(value) if isinstance(value, list) else value


def assess(
    rows: Sequence[Mapping[str, Any]],
    ids: Sequence[str],
    columns: Sequence[Column],
    sensitive: Sequence[str],
    *,
    k: int,
    l_min: int,
    allowed_below_k: int = 0,
) -> RiskReport:
    """k-anonymity over ``columns``, lifts for the records below ``k``, l-diversity of
    ``sensitive`` in every class of at least ``k`` records."""
    table = _Table(columns, rows)
    zero = (0,) * len(table.columns)
    keys = table.keys(zero)
    sizes = Counter(keys)
    below, lifted = [], {}
    for record, key in enumerate(keys):
        if sizes[key] >= k:
            continue
        if key not in lifted:
            lifted[key] = _lifts(table, record, k)
        values = tuple(table.labels[i][0][record] for i in range(len(table.columns)))
        below.append(BelowK(ids[record], sizes[key], values, lifted[key]))
    checked, violations = _l_diversity(table, rows, sensitive, k, l_min)
    return RiskReport(
        quasi=tuple(c.question for c in table.columns),
        sensitive=tuple(sensitive),
        records=table.n,
        classes=len(sizes),
        k=k,
        min_k=min(sizes.values(), default=0),
        below_k=tuple(sorted(below, key=lambda b: (b.k, b.record))),
        global_lift=_global_lift(table, k, allowed_below_k) if below else None,
        l_diversity=l_min,
        classes_checked_for_l=checked,
        l_violations=tuple(violations),
    )
