"""Continuity of each device's exports: no bundle missing, none out of order.

Every bundle a device writes carries its ``sequence`` (1, 2, 3...), the hash of
the manifest before it (``previous_manifest``) and the head of the device's
hash-chained event log.  Taken together a device's bundles must form one chain:
no number skipped (a gap is an export that was lost, withheld or never
delivered), one manifest per number (two are a fork: a device restored from a
backup, or a forgery with a stolen key), each naming its predecessor, the
event-log head moving forward and the month never going back.

What cannot be seen: an export *after* the last one the auditor holds.  Only the
device's own event log knows about it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from fieldkit.audit.model import ChainProblem, DeviceChain

__all__ = ["Link", "check_chains"]


@dataclass(frozen=True, kw_only=True)
class Link:
    """What one bundle says about its place in its device's chain."""

    device: str
    """Enrolment code of the device."""
    sequence: int
    manifest_hash: str
    previous: str | None
    event_seq: int
    event_hash: str
    month: str
    source: str


def _spans(numbers: list[int]) -> str:
    """``2``, ``2-4``: missing bundle numbers, for a message."""
    return f"{numbers[0]}" if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}"


def _forks(by_sequence: Mapping[int, list[Link]]) -> list[ChainProblem]:
    problems = []
    for sequence, links in sorted(by_sequence.items()):
        if len({link.manifest_hash for link in links}) > 1:
            sources = ", ".join(sorted({link.source for link in links}))
            problems.append(
                ChainProblem(
                    "fork",
                    (sequence,),
                    f"two different bundles claim to be bundle {sequence} ({sources}): the "
                    "device was restored from a backup, or its key was used elsewhere",
                )
            )
    return problems


def _gaps(sequences: list[int], complete: bool) -> list[ChainProblem]:
    problems = []
    if sequences[0] > 1:
        missing = list(range(1, sequences[0]))
        if complete:
            problems.append(
                ChainProblem(
                    "gap",
                    tuple(missing),
                    f"bundle(s) {_spans(missing)} never arrived: the first merged is "
                    f"bundle {sequences[0]}",
                )
            )
        else:
            problems.append(
                ChainProblem(
                    "not seen",
                    tuple(missing),
                    f"bundle(s) {_spans(missing)} were not given to the audit; the chain is "
                    f"checked from bundle {sequences[0]}",
                    counted=False,
                )
            )
    for low, high in itertools.pairwise(sequences):
        if high > low + 1:
            missing = list(range(low + 1, high))
            problems.append(
                ChainProblem(
                    "gap",
                    tuple(missing),
                    f"bundle(s) {_spans(missing)} missing between {low} and {high}: an export "
                    "was lost, withheld or not yet delivered",
                )
            )
    return problems


def _order(first: Link, second: Link) -> list[ChainProblem]:
    pair = (first.sequence, second.sequence)
    problems = []
    if second.sequence == first.sequence + 1 and second.previous != first.manifest_hash:
        problems.append(
            ChainProblem(
                "broken link",
                pair,
                f"bundle {second.sequence} does not name bundle {first.sequence} as the one "
                "before it: one of them was replaced, or written by a restored device",
            )
        )
    if second.event_seq <= first.event_seq:
        problems.append(
            ChainProblem(
                "event log",
                pair,
                f"the device's event log did not move forward between bundle {first.sequence} "
                f"(entry {first.event_seq}) and bundle {second.sequence} "
                f"(entry {second.event_seq})",
            )
        )
    if second.month < first.month:
        problems.append(
            ChainProblem(
                "month",
                pair,
                f"bundle {second.sequence} is dated {second.month}, before bundle "
                f"{first.sequence} ({first.month}): exports out of order",
            )
        )
    return problems


def check_chains(
    links: Iterable[Link], labels: Mapping[str, str], *, complete: bool
) -> tuple[DeviceChain, ...]:
    """One ``DeviceChain`` per device.  ``complete``: ``links`` hold every bundle merged
    so far (a coordinator workspace), so a missing first bundle is a gap, not unseen."""
    by_device: dict[str, dict[int, list[Link]]] = defaultdict(lambda: defaultdict(list))
    for link in links:
        held = by_device[link.device][link.sequence]
        if all(h.manifest_hash != link.manifest_hash for h in held):
            held.append(link)
    chains = []
    for device, by_sequence in sorted(by_device.items()):
        sequences = sorted(by_sequence)
        problems = _forks(by_sequence) + _gaps(sequences, complete)
        ordered = [by_sequence[s][0] for s in sequences]
        for first, second in itertools.pairwise(ordered):
            problems += _order(first, second)
        chains.append(DeviceChain(device, labels.get(device), tuple(sequences), tuple(problems)))
    return tuple(chains)
