"""Issue 11 round 18, speed: the shortcuts change no result.

The engine turns the cycle collector off during a call (``memory.NoCycleCollection``): that
only defers nothing if a call makes no reference cycles, which reference counting could not
free, and the collector must be back as it was afterwards, whatever happened.
``bench/redaction_outputs.py`` checks the engine's outputs."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from fieldkit.errors import RedactionError
from fieldkit.redaction import KnownTerm, Redactor
from speed_helpers import passages


@pytest.fixture
def collector_off() -> Iterator[None]:
    """The collector off around the test body (and a clean slate), then as it was."""
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _calls(engine: Redactor, texts: list[str]) -> None:
    known = (KnownTerm(text="김영희", label="person"), KnownTerm(text="Yanji", label="place"))
    for text in texts:
        engine.redact(text)
        engine.redact(text, known=known, released=("연길",))
    engine.redact_many({f"f{i}": text for i, text in enumerate(texts[:40])})
    engine.redact("\n\n".join(texts[:300]))  # a long document
    engine.scan("\n\n".join(texts[:100]))


@pytest.mark.usefixtures("collector_off")
def test_a_call_leaves_no_cyclic_garbage() -> None:
    """Work done once (compiling a pattern: ``re``'s parser makes cycles; loading a table)
    may leave some, which the collector frees after the call; the calls themselves none."""
    engine, texts = Redactor.default(), passages()
    _calls(engine, texts)
    gc.collect()
    _calls(engine, texts)
    assert gc.collect() == 0


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_as_it_was_after_a_call(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        Redactor.default().redact("김영희 씨가 연길에서 왔어요.")
        assert gc.isenabled() is enabled
        Redactor.default().scan("Kim Young-hee came from Yanji.")
        assert gc.isenabled() is enabled
        with pytest.raises(RedactionError):
            Redactor.default().redact("text", lang="xx")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
