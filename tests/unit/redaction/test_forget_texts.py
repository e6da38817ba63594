"""A closed (locked) workspace leaves no redaction cache of what was typed."""

from __future__ import annotations

import gc
import random
from pathlib import Path
from types import FrameType

from fieldkit.redaction import Redactor, catchall_ko, namelike_ko
from fieldkit.redaction.memory import forget_texts, word_caches
from fieldkit.session import create_workspace
from fieldkit.session.narrative import preview_narrative

NAME = "곽순돌"
TEXT = f"{NAME}이가 연길에서 왔어요. 李文学说 Kim Mi-ran went to Yanji."


def _kept_anywhere() -> list[str]:
    """Where the test name is still a key: the Korean token caches and every lru_cache."""
    places = []
    if any(NAME in str(key) for key in catchall_ko._TOKENS.words):
        places.append("catchall_ko")
    if any(NAME in key for key in namelike_ko._CACHE.words):
        places.append("namelike_ko")
    return places


def test_redacting_keeps_words_between_calls_and_forget_empties_every_cache() -> None:
    Redactor.default().redact(TEXT)
    assert _kept_anywhere()  # the caches do keep words: the test can fail
    forget_texts()
    assert _kept_anywhere() == []
    assert catchall_ko._TOKENS.words == {} and namelike_ko._CACHE.words == {}
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


def _random_names() -> tuple[str, str, str]:
    """Names no module, word list or earlier test holds: made afresh by each run."""
    pick = random.SystemRandom()
    syllable = [chr(code) for code in range(0xAC00, 0xD7A4)]
    korean = "곽" + pick.choice(syllable) + pick.choice(syllable)
    latin = "Zq" + "".join(pick.choice("aeiouxyz") for _ in range(7))
    hanzi = "郭" + chr(pick.randrange(0x4E00, 0x9FA0)) + chr(pick.randrange(0x4E00, 0x9FA0))
    return korean, latin, hanzi


def _interview_with(names: tuple[str, str, str], place: Path) -> None:
    """Type the names into an interview's story, preview it as the editor does, close."""
    korean, latin, hanzi = names
    story = (
        f"{korean}이가 연길에서 왔어요. 언니 {korean[1:]}이는 {korean[1:]}라고 불렸어요. "
        f"A man called {latin} Pak took me to Yanji. 我叫{hanzi}，{hanzi}说要走。"
    )
    workspace = create_workspace(place / "ws", "copper lantern drifts over quiet harbor")
    session = workspace.new_interview("K-01")
    session.save_draft("life_story", story)
    preview_narrative(session, "life_story", story)
    Redactor.default().redact(story)
    workspace.close()


def _containers_holding(marks: tuple[str, ...], skip: object) -> list[str]:
    """Every live object that refers to a string holding one of ``marks``: what a process
    memory dump would show, minus what Python frees but cannot wipe. Starts from every object
    the garbage collector tracks and follows what they refer to into the containers it does
    not track (a dict of only strings and numbers is one); skips frames, which hold this
    test's own locals."""
    found: list[str] = []
    seen: set[int] = set()
    work = [obj for obj in gc.get_objects() if obj is not skip and not isinstance(obj, FrameType)]
    while work:
        obj = work.pop()
        # A dict's traversal skips string keys: read the keys themselves.
        refs = [*obj, *obj.values()] if isinstance(obj, dict) else gc.get_referents(obj)
        for ref in refs:
            if isinstance(ref, str):
                if any(mark in ref for mark in marks):
                    found.append(type(obj).__name__)
            elif not gc.is_tracked(ref) and id(ref) not in seen and ref is not skip:
                seen.add(id(ref))
                work.append(ref)
    return found


def test_after_close_no_live_object_of_the_process_holds_the_names(tmp_path: Path) -> None:
    """Not only the caches memory.py knows: every container the garbage collector tracks.
    A cache added later and missed by ``word_caches`` fails here."""
    names = _random_names()
    marks = (*names, names[0][1:])
    forget_texts()
    _interview_with(names, tmp_path)
    gc.collect()
    assert _containers_holding(marks, marks) == []


def test_the_scan_finds_a_cache_that_forget_does_not_know(tmp_path: Path) -> None:
    """The scan can fail: a module-level cache outside the naming convention is found."""
    names = _random_names()
    marks = (*names, names[0][1:])
    unknown_cache: dict[str, int] = {}
    catchall_ko.__dict__["_TEST_UNCOVERED"] = unknown_cache
    try:
        unknown_cache[f"{names[0]}이가"] = 1
        forget_texts()
        assert _containers_holding(marks, marks) != []
    finally:
        del catchall_ko.__dict__["_TEST_UNCOVERED"]
