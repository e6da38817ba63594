"""Shared pieces of the bundle tests: a fake redaction engine and a project of devices.

The fake engine replaces every known term (and nothing else) and can be told to
fail or to report uncertain spans, so export's fail-closed rules are tested
without depending on the real engine's detectors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.bundle import (
    ProjectPolicy,
    enroll_device,
    init_coordinator,
    join_project,
    project_file_bytes,
    verify_project,
)
from fieldkit.bundle.export import RedactionSetup
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace, create_workspace

from helpers import FAST_KDF, PASSPHRASE, raw_db


@dataclass(frozen=True)
class FakeTerm:
    text: str
    label: str = "person"


@dataclass(frozen=True)
class FakeSpan:
    label: str
    uncertain: bool = False


@dataclass(frozen=True)
class FakeResult:
    text: str
    spans: tuple[FakeSpan, ...]

    @property
    def uncertain(self) -> tuple[FakeSpan, ...]:
        return tuple(s for s in self.spans if s.uncertain)


@dataclass
class FakeRedactor:
    """Replaces known terms; ``fail`` raises, ``uncertain`` marks words as uncertain."""

    fail: bool = False
    uncertain: tuple[str, ...] = ()
    calls: list[Mapping[str, str]] = field(default_factory=list)

    def redact_many(
        self, texts: Mapping[str, str], *, known: list[Any], secret: bytes, released: list[str]
    ) -> dict[str, FakeResult]:
        self.calls.append(texts)
        if self.fail:
            raise RuntimeError("engine exploded while reading Kim Young-hee")
        return {qid: self._one(text, known, released) for qid, text in texts.items()}

    def _one(self, text: str, known: list[Any], released: list[str]) -> FakeResult:
        spans: list[FakeSpan] = []
        for n, term in enumerate(known, 1):
            if term.text in text:
                text = text.replace(term.text, f"[{term.label.upper()}-{n}]")
                spans.append(FakeSpan(term.label.upper()))
        for word in self.uncertain:
            if word in text and word not in released:
                text = text.replace(word, "[OTHER-9]")
                spans.append(FakeSpan("OTHER", uncertain=True))
        return FakeResult(text, tuple(spans))


def fake_setup(redactor: FakeRedactor | None = None) -> RedactionSetup:
    return (redactor or FakeRedactor(), FakeTerm, {"fake": "1"})


def make_coordinator(directory: Path, qn: Questionnaire, uncertain: str = "redact") -> Workspace:
    return init_coordinator(
        directory,
        PASSPHRASE,
        name="Test project",
        questionnaire=qn,
        kdf=FAST_KDF,
        policy=ProjectPolicy(uncertain=uncertain),  # type: ignore[arg-type]
    )


def make_device(
    directory: Path, coordinator: Workspace, qn: Questionnaire, label: str
) -> Workspace:
    """A new interviewer workspace that joined the coordinator's project and is enrolled."""
    device = create_workspace(directory, PASSPHRASE, questionnaire=qn, kdf=FAST_KDF)
    code = join_project(device, verify_project(project_file_bytes(coordinator)))
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
