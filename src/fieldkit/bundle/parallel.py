"""Verify many bundle files in worker processes while the coordinator applies them.

Decrypting, parsing and checking every answer of a bundle is pure CPU work that
needs nothing from the database but the list of enrolled devices, so a merge of
many files runs those stages (2-9 of docs/bundle-format.md, in the same order
and with the same errors) in a pool of processes, and applies the results in
the order given, one transaction per bundle, in the main process.  The device
check is repeated against the database inside that transaction, so a snapshot
that went stale cannot let anything through.

Workers are forked: they inherit the imported modules (no start-up cost) and
the coordinator's identities stay in memory; they never touch the database
connection they inherit and leave with ``os._exit``, as multiprocessing workers
do, so its finalizers never run in a child.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from fieldkit.bundle.project import ProjectBody
from fieldkit.bundle.verify import VerifiedBundle, read_bundle_file, verify_offline
from fieldkit.errors import BundleError
from fieldkit.questionnaire import Questionnaire
from fieldkit.store import Device

__all__ = ["MIN_PARALLEL", "verify_files"]

MIN_PARALLEL = 4
"""Fewer files than this are verified in the main process: a pool would not pay off."""

Verdict = VerifiedBundle | BundleError
_STATE: dict[str, Any] = {}


def _initialise(
    identities: list[str],
    project: ProjectBody,
    devices: dict[str, Device],
    questionnaire: Questionnaire,
) -> None:
    _STATE.update(identities=identities, project=project, devices=devices, qn=questionnaire)


def _verify(path: str) -> Verdict:
    try:
        return verify_offline(
            read_bundle_file(Path(path)),
            identities=_STATE["identities"],
            project=_STATE["project"],
            lookup=_STATE["devices"].get,
            questionnaire=_STATE["qn"],
        )
    except BundleError as error:
        return error


def worker_count(files: int, requested: int | None = None) -> int:
    """How many processes to use: 1 (none) for a few files or a single core."""
    if requested is not None:
        return max(1, requested)
    if files < MIN_PARALLEL or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(os.cpu_count() or 1, files // 2))


def verify_files(
    paths: Sequence[Path],
    *,
    identities: list[str],
    project: ProjectBody,
    devices: dict[str, Device],
    questionnaire: Questionnaire,
    workers: int,
) -> Iterator[tuple[Path, Verdict]]:
    """``(path, verified bundle or its error)`` for each file, in the order given."""
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_initialise,
        initargs=(identities, project, devices, questionnaire),
    ) as pool:
        yield from zip(paths, pool.map(_verify, [str(p) for p in paths]), strict=True)
