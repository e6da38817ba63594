"""Shared pieces of the bundle tests: a fake redaction engine and a project of devices.

The fake engine replaces every known term (and nothing else) and can be told to
fail or to report uncertain spans, so export's fail-closed rules are tested
without depending on the real engine's detectors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from fieldkit.bundle import (
    ProjectPolicy,
    enroll_device,
    init_coordinator,
    join_project,
    project_file_bytes,
    verify_project,
)
from fieldkit.questionnaire import Questionnaire
from fieldkit.redaction import KnownTerm, PlaceRegions, RedactionResult, Span
from fieldkit.session import Workspace, create_workspace

from helpers import PASSPHRASE, raw_db


def _span(label: str, *, uncertain: bool = False) -> Span:
    return Span(
        start=0,
        end=0,
        label=label,
        detector="fake",
        rule="fake",
        replacement="",
        uncertain=uncertain,
    )


@dataclass
class FakeRedactor:
    """Replaces known terms; ``fail`` raises, ``uncertain`` marks words as uncertain.

    A ``NarrativeRedactor`` like the shipped engine, with the engine's own types."""

    fail: bool = False
    uncertain: tuple[str, ...] = ()
    calls: list[Mapping[str, str]] = field(default_factory=list)
    regions: list[PlaceRegions] = field(default_factory=list)
    detector_versions: ClassVar[dict[str, str]] = {"fake": "1"}

    def redact_many(
        self,
        texts: Mapping[str, str],
        *,
        known: Iterable[KnownTerm],
        secret: bytes,
        released: Collection[str],
        regions: PlaceRegions,
    ) -> dict[str, RedactionResult]:
        self.calls.append(texts)
        self.regions.append(regions)
        if self.fail:
            raise RuntimeError("engine exploded while reading Kim Young-hee")
        terms = list(known)
        return {qid: self._one(text, terms, released) for qid, text in texts.items()}

    def _one(self, text: str, known: list[KnownTerm], released: Collection[str]) -> RedactionResult:
        spans: list[Span] = []
        for n, term in enumerate(known, 1):
            if term.text in text:
                text = text.replace(term.text, f"[{term.label.upper()}-{n}]")
                spans.append(_span(term.label.upper()))
        for word in self.uncertain:
            if word in text and word not in released:
                text = text.replace(word, "[OTHER-9]")
                spans.append(_span("OTHER", uncertain=True))
        return RedactionResult(text, tuple(spans))


def make_coordinator(directory: Path, qn: Questionnaire, uncertain: str = "redact") -> Workspace:
    return init_coordinator(
        directory,
        PASSPHRASE,
        name="Test project",
        questionnaire=qn,
        policy=ProjectPolicy(uncertain=uncertain),  # type: ignore[arg-type]
    )


def make_device(
    directory: Path, coordinator: Workspace, qn: Questionnaire, label: str
) -> Workspace:
    """A new interviewer workspace that joined the coordinator's project and is enrolled."""
    device = create_workspace(directory, PASSPHRASE, questionnaire=qn)
    project = verify_project(project_file_bytes(coordinator))
    code = join_project(device, project, code=project.coordinator_code)
    enroll_device(coordinator, code, label)
    return device


def db_digest(workspace: Workspace) -> str:
    """A content hash of every table of a workspace's database."""
    db = raw_db(workspace.store)
    digest = hashlib.sha256()
    tables = db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    for (name,) in tables:
        digest.update(name.encode())
        for row in db.query(f'SELECT * FROM "{name}" ORDER BY rowid'):  # noqa: S608
            digest.update(repr(row).encode())
    return digest.hexdigest()


def add_interview(device: Workspace, name: str = "Kim Young-hee", revision_bumps: int = 0) -> str:
    """A complete interview with a name that must be redacted from the narrative."""
    s = device.new_interview()
    s.answer("consent", "yes")
    s.answer("birth_year", 1977)
    s.answer("sold", "yes")
    s.answer("price", 3000)
    s.answer("name", name)
    s.answer("village", "Musan-ri")
    s.answer("narrative", f"{name} left Musan-ri in 1998 and was sold.")
    for i in range(revision_bumps):
        s.answer("price", 3001 + i)
    return s.id
