"""The story editor's preview: the real engine, as export runs it, or an honest refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.errors import AnswerError, RedactionError
from fieldkit.session import InterviewSession, Workspace, create_workspace, narrative
from fieldkit.session.narrative import (
    confirm_span,
    exported_narratives,
    mark_missed,
    preview_inputs,
    preview_narrative,
    release_span,
    run_preview,
)

from helpers import PASSPHRASE, TINY, TINY_PROVINCES, questionnaire_from_toml

STORY = "Kim Young-hee was taken to Yanji."


def _engine_that_cannot_load() -> None:
    raise RedactionError(
        "the redaction engine cannot load its data (OSError); nothing was redacted"
    )


@pytest.fixture
def session(workspace: Workspace) -> InterviewSession:
    interview = workspace.new_interview()
    interview.answer("consent", "yes")
    interview.answer("name", "Kim Young-hee")
    return interview


def test_preview_redacts_identity_terms(session: InterviewSession) -> None:
    preview = preview_narrative(session, "narrative", STORY)
    assert preview.available
    assert "Kim Young-hee" not in preview.text
    names = [s for s in preview.spans if s.original == "Kim Young-hee"]
    assert names
    assert names[0].label == "PERSON"


def test_preview_numbers_like_export_across_the_interviews_narratives(
    session: InterviewSession,
) -> None:
    session.answer("means", ["drugging"])
    session.answer("drug_note", "Ok-sun gave me pills")
    assert set(exported_narratives(session)) == {"drug_note"}
    inputs = preview_inputs(session, "narrative")
    assert [q for q, _ in inputs.others] == ["drug_note"]
    assert inputs.secret.hex() not in repr(inputs)


def test_sealed_and_plain_answers_are_not_redacted(session: InterviewSession) -> None:
    sealed = preview_narrative(session, "village", "Musan")
    assert sealed.text == ""
    assert "never leaves" in (sealed.message or "")


def test_engine_missing_is_said_not_faked(
    session: InterviewSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(narrative, "load_engine", _engine_that_cannot_load)
    preview = run_preview(preview_inputs(session, "narrative"), STORY)
    assert not preview.available
    assert preview.text == ""
    assert preview.message == "redaction engine not available"


def test_a_damaged_redaction_model_is_said_not_faked(
    session: InterviewSession, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A model file that is not the shipped one (truncated here) stops the preview with the
    engine's refusal, not a crash of the app (CRFsuite would read it and crash)."""
    from fieldkit.redaction import flagger

    damaged = tmp_path / "flagger_ko.crfsuite"
    damaged.write_bytes(flagger.model_path().read_bytes()[:100_000])
    monkeypatch.setattr(flagger, "model_path", lambda: damaged)
    flagger._opened.cache_clear()
    flagger._READINGS.forget_words()
    try:
        preview = run_preview(preview_inputs(session, "narrative"), "금단이가 송강하에서 왔어요.")
    finally:
        flagger._opened.cache_clear()
    assert not preview.available
    assert preview.text == ""
    assert preview.message == "redaction engine not available"


def test_mark_release_and_confirm(session: InterviewSession) -> None:
    mark_missed(session, "Xiaoshuicun", "place")
    preview = preview_narrative(session, "narrative", "We hid in Xiaoshuicun.")
    assert "Xiaoshuicun" not in preview.text
    yanji = next(
        s for s in preview_narrative(session, "narrative", STORY).spans if s.original == "Yanji"
    )
    release_span(session, yanji)
    assert "Yanji" in preview_narrative(session, "narrative", STORY).text
    confirm_span(session, yanji)
    kinds = [(d.kind, d.term, d.label) for d in session.decisions()]
    assert kinds == [
        ("known", "Xiaoshuicun", "place"),
        ("release", "Yanji", "PLACE"),
        ("known", "Yanji", "place"),
    ]
    with pytest.raises(AnswerError):
        mark_missed(session, "x", "nickname")


@pytest.mark.parametrize(
    ("toml", "english", "korean"),
    [
        (TINY, "I lived in [PLACE-1].", "[장소-1]에서 살았어요."),
        (
            TINY_PROVINCES,
            "I lived in [PLACE-1, northeast China].",
            "[장소-1, 중국 동북]에서 살았어요.",
        ),
    ],
)
def test_the_questionnaires_generalisation_decides_the_region_shown(
    tmp_path: Path, toml: str, english: str, korean: str
) -> None:
    # TINY exports no province: a placeholder shows no region; TINY_PROVINCES exports
    # Jilin only as "northeast": so does the placeholder of a town in Jilin (Yanji).
    ws = create_workspace(tmp_path / "ws", PASSPHRASE, questionnaire=questionnaire_from_toml(toml))
    interview = ws.new_interview()
    interview.answer("consent", "yes")
    assert preview_narrative(interview, "narrative", "I lived in Yanji.").text == english
    assert preview_narrative(interview, "narrative", "연길에서 살았어요.").text == korean
    ws.close()
