"""A closed (locked) workspace leaves no redaction cache of what was typed."""

from __future__ import annotations

from pathlib import Path

from fieldkit.redaction import Redactor, catchall_ko, namelike_ko
from fieldkit.redaction.memory import forget_texts, word_caches
from fieldkit.session import create_workspace

NAME = "곽순돌"
TEXT = f"{NAME}이가 연길에서 왔어요. 李文学说 Kim Mi-ran went to Yanji."


def _kept_anywhere() -> list[str]:
    """Where the test name is still a key: the Korean token caches and every lru_cache."""
    places = []
    if any(NAME in str(key) for key in catchall_ko._TOKENS.hits):
        places.append("catchall_ko")
    if any(NAME in key for key in namelike_ko._CACHE.words):
        places.append("namelike_ko")
    return places


def test_redacting_keeps_words_between_calls_and_forget_empties_every_cache() -> None:
    Redactor.default().redact(TEXT)
    assert _kept_anywhere()  # the caches do keep words: the test can fail
    forget_texts()
    assert _kept_anywhere() == []
    assert catchall_ko._TOKENS.hits == {} and namelike_ko._CACHE.words == {}
    for clear in word_caches():
        cached = getattr(clear, "__self__", None)
        info = getattr(cached, "cache_info", None)
        if info is not None:
            assert info().currsize == 0, cached
        if isinstance(cached, dict):
            assert not cached


def test_the_engine_works_as_before_after_forgetting() -> None:
    before = Redactor.default().redact(TEXT).text
    forget_texts()
    assert Redactor.default().redact(TEXT).text == before
    assert NAME not in before


def test_closing_a_workspace_forgets(tmp_path: Path) -> None:
    Redactor.default().redact(TEXT)
    assert _kept_anywhere()
    create_workspace(tmp_path / "ws", "copper lantern drifts over quiet harbor").close()
    assert _kept_anywhere() == []
