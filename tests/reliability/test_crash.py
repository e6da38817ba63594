"""Crash safety: SIGKILL at random moments loses no acknowledged answer and never
corrupts the workspace (N = 50 here; N = 1,000 in bench/crash.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.questionnaire import Questionnaire

from reliability.harness import prepare, run_rounds

pytestmark = pytest.mark.slow


def test_fifty_random_kills_lose_nothing_acknowledged(tmp_path: Path, tiny: Questionnaire) -> None:
    directory = tmp_path / "ws"
    interview_id = prepare(directory, tiny)
    report = run_rounds(directory, interview_id, rounds=50, seed=2026)
    assert report.rounds == 50
    assert report.acknowledged > 50, "the worker should acknowledge answers before most kills"
    assert report.integrity_failures == []
    assert report.lost == []
