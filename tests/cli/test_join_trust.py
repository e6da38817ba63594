"""``fieldkit join`` trusts a project file only when the coordinator's key code matches.

An attacker hands the interviewer a project file: without the code, with a wrong or misheard
code, or signed by another key under the same name.  Each is refused before the workspace is
even unlocked, and every file of the workspace is byte-identical afterwards.  A genuine
project that declares an identity question ``none`` joins, but the device keeps that answer.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bundle_helpers import FakeRedactor, make_coordinator
from fieldkit.bundle.coordinator import coordinator_identities, enroll_device, project_file_bytes
from fieldkit.bundle.export import export_bundle
from fieldkit.bundle.manifest import decode_body
from fieldkit.bundle.merge import merge_bundles
from fieldkit.cli import cli
from fieldkit.crypto import open_sealed
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace, create_workspace, unlock_workspace

from helpers import PASSPHRASE, TINY, questionnaire_from_toml

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}

IDENTITY_AS_NONE = TINY.replace(
    'title = { en = "Identity (sealed)", ko = "신원 (봉인)" }\nsealed = true',
    'title = { en = "About her", ko = "그녀에 대해" }',
).replace('sensitivity = "direct"\nredaction_seed = "person"', 'sensitivity = "none"')
"""TINY as a hostile coordinator would send it: the name question unsealed and ``none``."""


def join(workspace: Path, project: Path, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(
        cli, ["--workspace", str(workspace), "join", str(project), *args], env=ENV, input=stdin
    )


def fingerprint_of_files(directory: Path) -> dict[str, str]:
    """Every file under ``directory`` with the SHA-256 of its bytes (names included)."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def coordinator(tmp_path: Path, tiny: Questionnaire) -> Workspace:
    coordinator = make_coordinator(tmp_path / "coordinator", tiny)
    yield coordinator
    coordinator.close()


@pytest.fixture
def project(tmp_path: Path, coordinator: Workspace) -> Path:
    path = tmp_path / "project.fieldkit"
    path.write_bytes(project_file_bytes(coordinator))
    return path


@pytest.fixture
def laptop(tmp_path: Path, tiny: Questionnaire) -> Path:
    directory = tmp_path / "laptop"
    create_workspace(directory, PASSPHRASE, questionnaire=tiny).close()
    return directory


def code_of(coordinator: Workspace) -> str:
    from fieldkit.bundle.coordinator import coordinator_project

    return coordinator_project(coordinator).coordinator_code


def refused_and_untouched(laptop: Path, result: Result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Joined" not in result.stdout


def test_join_without_the_code_is_refused_and_the_workspace_is_byte_identical(
    laptop: Path, project: Path
) -> None:
    before = fingerprint_of_files(laptop)
    refused_and_untouched(laptop, join(laptop, project), "needs the coordinator's key code")
    refused_and_untouched(laptop, join(laptop, project, "--code", "  "), "key code")
    assert fingerprint_of_files(laptop) == before


def test_a_misheard_code_is_refused_naming_the_group_and_nothing_changes(
    laptop: Path, project: Path, coordinator: Workspace
) -> None:
    before = fingerprint_of_files(laptop)
    groups = code_of(coordinator).split("-")
    wrong = groups[3][0].replace("A", "B") if groups[3][0] == "A" else "A"
    groups[3] = wrong + groups[3][1:]
    result = join(laptop, project, "--code", "-".join(groups))
    refused_and_untouched(laptop, result, "group 4 of the code looks wrong")
    assert fingerprint_of_files(laptop) == before


def test_another_coordinators_code_is_refused_and_nothing_changes(
    laptop: Path, project: Path, tmp_path: Path, tiny: Questionnaire
) -> None:
    before = fingerprint_of_files(laptop)
    with make_coordinator(tmp_path / "someone-else", tiny) as other:
        result = join(laptop, project, "--code", code_of(other))
    refused_and_untouched(laptop, result, "does not match the key that signed this project file")
    assert fingerprint_of_files(laptop) == before


def test_a_substituted_project_file_with_the_same_name_is_refused(
    laptop: Path, coordinator: Workspace, tmp_path: Path, tiny: Questionnaire
) -> None:
    """The attacker's own coordinator workspace, same project name, same questionnaire; the
    interviewer types the code her real coordinator read out."""
    with make_coordinator(tmp_path / "attacker", tiny) as attacker:
        substitute = tmp_path / "project.fieldkit"
        substitute.write_bytes(project_file_bytes(attacker))
    before = fingerprint_of_files(laptop)
    result = join(laptop, substitute, "--code", code_of(coordinator), "--yes")
    refused_and_untouched(laptop, result, "it may not come from your coordinator")
    assert fingerprint_of_files(laptop) == before


def test_an_old_style_code_is_compared_too(
    laptop: Path, project: Path, coordinator: Workspace
) -> None:
    from fieldkit.bundle.coordinator import coordinator_project

    fp = coordinator_project(coordinator).coordinator_fingerprint
    old = "-".join(fp[i : i + 5] for i in range(0, 20, 5))  # as fieldkit 0.1 printed it
    assert join(laptop, project, "--code", old, "--yes").exit_code == 0
    wrong = ("A" if old[0] != "A" else "B") + old[1:]
    assert join(laptop, project, "--code", wrong, "--yes").exit_code == 2


def test_declining_after_reading_the_plan_joins_nothing(
    laptop: Path, project: Path, coordinator: Workspace
) -> None:
    result = join(laptop, project, "--code", code_of(coordinator), stdin="n\n")
    assert result.exit_code == 1
    assert "Not joined" in result.stdout
    with unlock_workspace(laptop, PASSPHRASE) as ws:
        assert ws.store.project.body() is None


def test_the_right_code_joins_after_showing_what_leaves_the_device(
    laptop: Path, project: Path, coordinator: Workspace
) -> None:
    result = join(laptop, project, "--code", code_of(coordinator).lower(), stdin="y\n")
    assert result.exit_code == 0, result.output
    out = result.stdout
    shown = out[: out.index("Joined project")]
    assert "would leave this device as typed" in shown
    assert "price" in shown and "Price paid" in shown  # sensitivity none: verbatim
    assert "birth_year" not in shown  # quasi: generalised, so not listed
    assert "stories with unreviewed uncertain spans" in shown
    enrolment = out.split("Enrolment code: ")[1].split()[0]
    assert [len(g) for g in enrolment.split("-")] == [5, 5, 5, 5, 5]
    with unlock_workspace(laptop, PASSPHRASE) as ws:
        assert ws.store.project.body() is not None


def test_a_project_declaring_an_identity_question_none_cannot_export_it(
    laptop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The coordinator (curious, or an attacker holding her key) unseals the name question.
    The join says the device keeps it; the bundle carries neither the name nor, in the
    story, the name's words."""
    hostile = questionnaire_from_toml(IDENTITY_AS_NONE)
    with make_coordinator(tmp_path / "hostile", hostile) as coordinator:
        project = tmp_path / "hostile.fieldkit"
        project.write_bytes(project_file_bytes(coordinator))
        result = join(laptop, project, "--code", code_of(coordinator), "--yes")
        assert result.exit_code == 0, result.output
        kept = result.stdout.split("Kept on this device")[1].split("Policy")[0]
        assert "name" in kept and "Her name" in kept
        assert "name " not in result.stdout.split("Kept on this device")[0]
        with unlock_workspace(laptop, PASSPHRASE) as ws:
            enroll_device(coordinator, _enrolment(result), "laptop")
            session = ws.new_interview()
            session.answer("consent", "yes")
            session.answer("sold", "no")
            session.answer("name", "Pak Sun-hui")
            session.answer("narrative", "Pak Sun-hui crossed the river in 1998.")
            export_bundle(ws, tmp_path / "b.age", redactor=FakeRedactor())
        body = open_sealed((tmp_path / "b.age").read_bytes(), coordinator_identities(coordinator))
        assert body is not None
        (record,) = [json.loads(r) for r in decode_body(body).records]
        assert "name" not in record["answers"]
        assert "Pak" not in record["answers"]["narrative"]
        summary = merge_bundles(coordinator, [tmp_path / "b.age"])
        assert summary.count("merged") == 1  # the coordinator accepts the bundle as it is


def _enrolment(result: Result) -> str:
    return result.stdout.split("Enrolment code: ")[1].split()[0]


def test_enrolling_an_old_style_code_needs_legacy(tmp_path: Path, coordinator: Workspace) -> None:
    """A four-group code from fieldkit 0.1 has no check characters, and a current code with
    its last group left out has the same shape: taken only when the coordinator says so."""
    old = "ZK26I-3LUCY-THAD5-JEMJQ"
    where = ("coordinator", "enroll", "--coordinator", str(tmp_path / "coordinator"), old)
    refused = CliRunner().invoke(cli, [*where, "--name", "laptop 9"], env=ENV)
    assert refused.exit_code == 2 and "4 groups" in refused.stderr
    taken = CliRunner().invoke(cli, [*where, "--name", "laptop 9", "--legacy"], env=ENV)
    assert taken.exit_code == 0, taken.stderr
    assert "Enrolled laptop 9: SATY6-8VBMS-2RK7Z-03X97-4C9GX" in taken.stdout
