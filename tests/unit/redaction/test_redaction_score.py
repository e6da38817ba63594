"""The scorer: per language and tag, recall for every label, silent misses (also in a
strong-cue context), precision, keep-list loss, and ``--json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.redaction.score import Passage, main, parse_corpus, score_predictions, subsets

CORPUS = """\
# a comment
=== t-ko ko cue famous
시어머니 {{PERSON:김연아}}는 {{PLACE:통화}}에서 {{ORG:금강}}식당을 했다.
=== t-en en org
She worked at the {{ORG:Golden Lotus}} massage parlour at {{ADDRESS:15 Xinhua Road}}
with {{PERSON:Rose}}.
=== t-zh zh
我在{{PLACE:延吉}}住过。
"""


@pytest.fixture
def passages() -> list[Passage]:
    return parse_corpus(CORPUS)


def test_silent_misses_overall_and_in_strong_cue_contexts(passages: list[Passage]) -> None:
    ko = passages[0]
    name = ko.text.index("김연아")
    # 김연 only: a miss, but not silent (the interviewer sees a span there)
    result = score_predictions(passages, {"t-ko": [(name, name + 2)]})
    assert result.total["PERSON"] == 2 and result.found.get("PERSON", 0) == 0
    silent = {(p, label, text): cued for p, label, text, cued in result.silent}
    assert ("t-ko", "PERSON", "김연아") not in silent
    assert silent[("t-ko", "PLACE", "통화")] is True  # a gazetteer place before 에서
    assert silent[("t-en", "PERSON", "Rose")] is False  # no cue before "with Rose"
    assert result.silent_cued == 1
    assert result.cued == 2  # 김연아 after 시어머니, 통화 before 에서


def test_new_labels_are_scored(passages: list[Passage]) -> None:
    en = passages[1]
    org = en.text.index("Golden Lotus")
    result = score_predictions(passages, {"t-en": [(org, org + len("Golden Lotus"))]})
    assert result.recall("ORG") == 0.5 and result.total["ADDRESS"] == 1
    assert result.found.get("ADDRESS", 0) == 0


def test_subsets_by_language_and_tag(passages: list[Passage]) -> None:
    names = subsets(passages)
    assert [p.id for p in names["language: Korean"]] == ["t-ko"]
    assert [p.id for p in names["language: Chinese"]] == ["t-zh"]
    assert [p.id for p in names["tag: famous"]] == ["t-ko"]
    assert [p.id for p in names["tag: org"]] == ["t-en"]
    assert "language: mixed" not in names  # empty subsets are not reported


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(CORPUS, encoding="utf-8")
    assert main(["--json", "-v", str(corpus)]) == 0
    out = json.loads(capsys.readouterr().out)
    figures = out["all"]
    assert figures["passages"] == 3
    assert set(figures["recall"]) == {"PERSON", "PLACE", "ORG", "ADDRESS"}
    assert figures["silent_misses_cued"] == 0, out["silent"]
    assert {"precision", "keep_loss", "silent_misses", "cued_spans"} <= figures.keys()
    assert "language: English" in out and "tag: cue" in out


def test_text_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(CORPUS, encoding="utf-8")
    assert main([str(corpus)]) == 0
    text = capsys.readouterr().out
    assert "silent misses" in text and "language: Korean: 1 passages" in text


def test_help_prints_usage_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "usage:" in out and "--json" in out and "FILE" in out


def test_missing_file_is_a_clear_error_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    assert main([str(missing)]) == 2
    err = capsys.readouterr().err
    assert "no such corpus file" in err and str(missing) in err and "Traceback" not in err


def test_no_file_is_a_usage_error_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage:" in capsys.readouterr().err


def test_module_help_runs_without_traceback() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "fieldkit.redaction.score", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "usage:" in done.stdout and not done.stderr
