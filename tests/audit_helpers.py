"""A project with planted faults for the audit tests, built once per test module.

One coordinator; laptop 1 writes three bundles through the real export (with the
fake redactor, which replaces only the identity section's terms, the way a real
redactor misses what it does not know):

- ``a1.age`` (sequence 1): six clean records, two classes of three on the
  quasi-identifiers, each class with both answers to the sensitive attribute;
- ``a2.age`` (sequence 2): three records whose narratives leak a phone number,
  a name and a village (their quasi-identifiers join the clean classes);
- ``a3.age`` (sequence 3): one record unique on its quasi-identifiers (it differs
  from class A only in the year of crossing: a 5-year band lifts it).

Laptop 2 forges ``forged.age``: a record with the sealed ``name`` answer slipped
in, signed with the laptop's own key, so every provenance check passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bundle_helpers import FakeRedactor, make_coordinator, make_device
from fieldkit.audit.records import AuditRecord
from fieldkit.bundle import merge_bundle
from fieldkit.bundle.coordinator import coordinator_project
from fieldkit.bundle.device import device_key
from fieldkit.bundle.export import build_body, export_bundle
from fieldkit.canonical import canonical_json
from fieldkit.crypto import seal
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace

from helpers import questionnaire_from_toml

AUDIT_QN = """
format = "fieldkit-questionnaire/1"
id = "audit_test"
version = "1"
title = { en = "Audit test" }
languages = ["en"]
consent = { question = "consent", value = "yes" }

[choice_lists]
yes_no = [
  { value = "yes", label = { en = "Yes" } },
  { value = "no", label = { en = "No" } },
]
provinces = [
  { value = "north_hamgyong", label = { en = "North Hamgyong" } },
  { value = "ryanggang", label = { en = "Ryanggang" } },
  { value = "pyongyang", label = { en = "Pyongyang" } },
]

[[sections]]
id = "about"
title = { en = "About her" }

[[sections.questions]]
id = "consent"
type = "single_choice"
choices = "yes_no"
required = true
label = { en = "Consent" }

[[sections.questions]]
id = "birth_year"
type = "year"
minimum = 1930
maximum = 2010
sensitivity = "quasi"
generalise = { kind = "year_band", width = 5 }
label = { en = "Year of birth" }

[[sections.questions]]
id = "origin"
type = "single_choice"
choices = "provinces"
sensitivity = "quasi"
label = { en = "Province of origin" }

[sections.questions.generalise]
kind = "map"
mapping = { north_hamgyong = "northeast", ryanggang = "northeast", pyongyang = "west" }

[[sections.questions]]
id = "crossed"
type = "year_month"
sensitivity = "quasi"
generalise = { kind = "year_only" }
label = { en = "Month of crossing" }

[[sections.questions]]
id = "children"
type = "integer"
minimum = 0
maximum = 20
sensitivity = "quasi"
generalise = { kind = "top_code", max = 3 }
label = { en = "Children" }

[[sections.questions]]
id = "resold"
type = "single_choice"
choices = "yes_no"
sensitive_attribute = true
label = { en = "Resold?" }

[[sections.questions]]
id = "work"
type = "short_text"
label = { en = "Work" }

[[sections]]
id = "identity"
title = { en = "Identity (sealed)" }
sealed = true

[[sections.questions]]
id = "name"
type = "short_text"
sensitivity = "direct"
redaction_seed = "person"
label = { en = "Her name" }

[[sections.questions]]
id = "village"
type = "short_text"
sensitivity = "direct"
redaction_seed = "place"
label = { en = "Village" }

[[sections]]
id = "story"
title = { en = "Story" }

[[sections.questions]]
id = "narrative"
type = "long_text"
sensitivity = "narrative"
label = { en = "Life story" }
"""

CLASS_A = {"birth_year": 1972, "origin": "north_hamgyong", "crossed": "1998-03", "children": 1}
CLASS_B = {"birth_year": 1977, "origin": "ryanggang", "crossed": "2001-05", "children": 0}
UNIQUE = {"birth_year": 1973, "origin": "north_hamgyong", "crossed": "1996-07", "children": 1}
CLEAN_STORY = "{name} left {village} in 1998 and was sold to a farmer for 3000 yuan."
LEAKS = {
    "phone": "{name} gave the broker her number 138-0432-9917 before she left.",
    "name": "{name} was sold together with Pak Ok-sun, who was fifteen.",
    "village": "She grew up in Sangdong-ri near the river, far from {village}.",
}
SLIPPED_NAME = "Choe Mi-ran"


def audit_record(data: Any, *, record_id: str = "a" * 32, canonical: bool = True) -> AuditRecord:
    """A trusted record read from a test file (revision 1), holding ``data``."""
    return AuditRecord(
        id=record_id,
        revision=1,
        sha256="0" * 64,
        source="test",
        device=None,
        data=data,
        canonical=canonical,
        trusted=True,
    )


def audit_questionnaire() -> Questionnaire:
    return questionnaire_from_toml(AUDIT_QN)


def add_record(device: Workspace, quasi: dict[str, Any], resold: str, story: str) -> str:
    """One complete interview; the story may name ``{name}`` and ``{village}``."""
    s = device.new_interview()
    s.answer("consent", "yes")
    for qid, value in quasi.items():
        s.answer(qid, value)
    s.answer("resold", resold)
    s.answer("work", "farm work")
    s.answer("name", "Kim Young-hee")
    s.answer("village", "Musan-ri")
    s.answer("narrative", story.format(name="Kim Young-hee", village="Musan-ri"))
    s.mark_complete()
    return s.id


@dataclass
class World:
    root: Path
    coordinator: Workspace
    laptop1: Workspace
    laptop2: Workspace
    qn: Questionnaire

    def bundle(self, name: str) -> Path:
        return self.root / name

    def close(self) -> None:
        for ws in (self.laptop2, self.laptop1, self.coordinator):
            ws.close()


def _forge(world: World) -> None:
    """A bundle signed by laptop 2's real key whose record carries the sealed name."""
    device = world.laptop2
    answers = {"birth_year": "1970-1974", "consent": "yes", "name": SLIPPED_NAME}
    record = canonical_json(
        {
            "answers": answers,
            "id": "f" * 32,
            "redaction": {"counts": {}, "detectors": {"fake": "1"}, "released": [], "uncertain": 0},
            "revision": 3,
            "started": "2026-01",
            "status": "complete",
            "updated": "2026-01",
        }
    )
    project = coordinator_project(world.coordinator)
    body, _ = build_body(
        device_key(device),
        project=project,
        records=[("f" * 32, 3, record)],
        bundle_id="e" * 32,
        sequence=1,
        previous=None,
        event_head=device.store.events.head(),
        scope="incremental",
        month="2026-01",
    )
    world.bundle("forged.age").write_bytes(seal(body, list(project.recipients)))


def build_world(root: Path, *, merge: tuple[str, ...] = ()) -> World:
    """The planted project (see the module docstring); ``merge`` names bundles to merge."""
    qn = audit_questionnaire()
    coordinator = make_coordinator(root / "coordinator", qn)
    world = World(
        root,
        coordinator,
        make_device(root / "laptop1", coordinator, qn, "laptop 1"),
        make_device(root / "laptop2", coordinator, qn, "laptop 2"),
        qn,
    )
    for quasi, answers in ((CLASS_A, ("yes", "no", "yes")), (CLASS_B, ("no", "yes", "no"))):
        for resold in answers:
            add_record(world.laptop1, quasi, resold, CLEAN_STORY)
    export_bundle(world.laptop1, world.bundle("a1.age"), redactor=FakeRedactor())
    for quasi, story in zip((CLASS_A, CLASS_A, CLASS_B), LEAKS.values(), strict=True):
        add_record(world.laptop1, quasi, "no", story)
    export_bundle(world.laptop1, world.bundle("a2.age"), redactor=FakeRedactor())
    add_record(world.laptop1, UNIQUE, "yes", CLEAN_STORY)
    export_bundle(world.laptop1, world.bundle("a3.age"), redactor=FakeRedactor())
    _forge(world)
    for name in merge:
        merge_bundle(coordinator, world.bundle(name).read_bytes(), name)
    return world
