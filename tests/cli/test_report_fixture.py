"""Foundation end to end: the report's fixture imported through the command line
into an encrypted workspace, read back from the store, reproduces every table."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from fieldkit.analysis import compute, table_plan
from fieldkit.cli import cli
from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.session import unlock_workspace

from helpers import DATA, PASSPHRASE
from published import FIXTURE_DESIGN, NOT_PUBLISHED, PUBLISHED


def test_fixture_imports_and_tables_come_back_from_the_store(tmp_path: Path) -> None:
    env = {"FIELDKIT_HOME": str(tmp_path / "ws"), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    runner = CliRunner()
    created = runner.invoke(cli, ["init"], env=env)
    assert created.exit_code == 0, created.stderr
    imported = runner.invoke(
        cli, ["interview", "import", str(DATA / "report_interviews.json")], env=env
    )
    assert imported.exit_code == 0, imported.stderr
    assert "Imported 77 interview(s)" in imported.stdout

    with unlock_workspace(tmp_path / "ws", PASSPHRASE) as workspace:
        summaries = workspace.summaries()
        stored = [workspace.interview(s.id).effective() for s in summaries]
        workspace.store.events.verify()
    assert len(stored) == 77
    assert {s.status for s in summaries} == {"complete"}
    expected = {**PUBLISHED, **FIXTURE_DESIGN}
    for spec, population in table_plan(builtin_questionnaire()):
        table = compute(spec, [a for a in stored if population.includes(a)])
        if spec.id in NOT_PUBLISHED:  # not a published figure: its own expectation
            total, unanswered, rows = NOT_PUBLISHED[spec.id]
            assert (table.total, table.unanswered) == (total, unanswered), spec.id
            assert {key: table.count(key) for key in rows} == rows, spec.id
            continue
        total, rows = expected[spec.id]
        assert total is None or table.total == total, spec.id
        assert {key: table.count(key) for key in rows} == rows, spec.id
