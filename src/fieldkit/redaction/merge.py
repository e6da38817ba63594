"""Overlapping hits become one span, named by the strongest layer's hit.

Split from ``engine`` (round 15): the engine detects and numbers, this decides what one
span of several overlapping hits is called, which detail it shows and which entity it is.
"""

from __future__ import annotations

from operator import attrgetter

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.model import DETECTORS

__all__ = ["combine", "merge", "merged"]

_PRIORITY = {name: rank for rank, name in enumerate(DETECTORS)}
_START, _END, _UNCERTAIN = attrgetter("start"), attrgetter("end"), attrgetter("uncertain")


def merge(hits: list[Hit]) -> list[Hit]:
    """Overlapping hits become one span, named by the strongest layer's hit.  Hits are
    ordered by start, longest first, as two stable sorts on C getters (end descending, then
    start): the order of a sort on ``(start, -end)``, without a lambda and a tuple per hit
    (round 31, speed)."""
    out: list[Hit] = []
    cluster: list[Hit] = []
    end = -1
    for hit in sorted(sorted(hits, key=_END, reverse=True), key=_START):
        if cluster and hit.start >= end:
            out.append(combine(cluster))
            cluster = []
        cluster.append(hit)
        end = max(end, hit.end) if len(cluster) > 1 else hit.end
    if cluster:
        out.append(combine(cluster))
    return out


def combine(cluster: list[Hit]) -> Hit:
    """One hit for a cluster; a cluster of one is that hit (``merged`` gives it back
    unchanged: round 9, speed)."""
    return cluster[0] if len(cluster) == 1 else merged(cluster)


def merged(cluster: list[Hit]) -> Hit:
    """The cluster's one hit.  Its fields are read through ``attrgetter`` and it is built
    as a tuple, not by ``_replace`` (round 31, speed: no generator frame per field and
    no keyword round trip; ``test_redaction_speed_r31_pipeline`` compares it with the plain
    derivation)."""
    start = min(map(_START, cluster))
    end = max(map(_END, cluster))
    best = min(cluster, key=lambda h: (_PRIORITY[h.detector], h.uncertain, h.start - h.end))
    address = _whole_address(cluster, start, end)
    if address is not None and best.detector != "known":
        best = address  # an address holds street and place names: it is one address
    detail = best.detail
    if best.detector != "known":  # a known place shows its own province or none
        detail = detail or next(
            (h.detail for h in cluster if h.detail and h.label == best.label), ""
        )
    uncertain = all(map(_UNCERTAIN, cluster))
    whole = (start, end) == (best.start, best.end)
    core = best.core if whole else None
    key = best.key
    if not whole and key.startswith("known:") and best.label == "PERSON":
        key = "known-part:" + key[6:]  # "sister Pak" inside "Pak Sun-hui": maybe another person
    fields = (start, end, best.label, best.detector, best.rule, uncertain, detail, key, core)
    return tuple.__new__(Hit, fields)


def _whole_address(cluster: list[Hit], start: int, end: int) -> Hit | None:
    """The longest address hit when address hits together cover the cluster from end to
    end (17 Nongoge-ro 123beon-gil, Namdong-gu, Incheon and Namdong-gu, Incheon, apartment
    803: two addresses that share their places, round 17), else None."""
    addresses = [h for h in cluster if h.label == "ADDRESS"]
    if not addresses:
        return None  # most clusters: no sort (round 31, speed)
    addresses.sort(key=_START)
    reached = start
    for hit in addresses:
        if hit.start > reached:
            return None
        reached = max(reached, hit.end)
    if reached < end:
        return None
    return max(addresses, key=lambda h: h.end - h.start)
