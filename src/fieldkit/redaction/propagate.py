"""Propagation: what was detected once in an interview is redacted everywhere in it.

A name caught by a title in one sentence ("Ms. Baek") must not survive bare in
the next ("Baek said ...") or in another field of the same interview.  Every
detected surface becomes a seed; one regex of all seeds is run over every
field.  Seeds that are ordinary English words match only with the same
capitalisation, so a catch-all "Church" does not take every "church" with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.normalize import Folded, fold_key
from fieldkit.redaction.resources import Resources

__all__ = ["propagate"]


class _FieldLike(Protocol):
    folded: Folded
    hits: list[Hit]
    keep: KeepSpans


def _seed_pattern(seed: str, res: Resources) -> tuple[str, bool]:
    """(regex, case-insensitive?) for one seed surface."""
    body = r"[\s\-']*".join(re.escape(t) for t in re.split(r"[\s\-']+", seed) if t)
    if re.match(r"[가-힣]", seed):
        return rf"(?<![가-힣]){body}", True
    if re.match(r"[\u4e00-\u9fff]", seed):
        return body, True
    insensitive = seed.casefold() not in res.lex_en
    return rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", insensitive


def _seeds(fields: Sequence[_FieldLike], release: frozenset[str]) -> dict[str, Hit]:
    seeds: dict[str, Hit] = {}
    for field in fields:
        for hit in sorted(field.hits, key=lambda h: (h.uncertain, h.detector == "catchall")):
            start, end = hit.core or (hit.start, hit.end)
            surface = field.folded.text[start:end].strip()
            if len(surface) < 2 or surface.isdigit() or fold_key(surface) in release:
                continue
            if hit.label == "DATE" or (len(surface) < 3 and surface.isascii()):
                continue
            seeds.setdefault(surface, hit)
    return seeds


def propagate(fields: Sequence[_FieldLike], res: Resources, release: frozenset[str]) -> None:
    """Add a ``propagation`` hit wherever a seed occurs and nothing covers it yet."""
    seeds = _seeds(fields, release)
    if not seeds:
        return
    groups: dict[bool, list[str]] = {True: [], False: []}
    by_key: dict[str, Hit] = {}
    for surface, hit in seeds.items():
        pattern, insensitive = _seed_pattern(surface, res)
        groups[insensitive].append(pattern)
        by_key[fold_key(surface)] = hit
    regexes = [
        re.compile("|".join(sorted(g, key=len, reverse=True)), re.IGNORECASE if flag else 0)
        for flag, g in groups.items()
        if g
    ]
    for field in fields:
        covered = sorted((h.start, h.end) for h in field.hits)
        for regex in regexes:
            for match in regex.finditer(field.folded.text):
                source = by_key.get(fold_key(match.group()))
                if source is None or _covered(covered, *match.span()):
                    continue
                if source.detector != "known" and field.keep.contains(*match.span()):
                    continue
                field.hits.append(
                    Hit(
                        *match.span(),
                        source.label,
                        "propagation",
                        f"from-{source.detector}",
                        source.uncertain,
                        source.detail,
                        source.key,
                    )
                )


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)
