"""Round 28, speed: the engine's start-up.

``data/gazetteer_spellings.tsv`` holds what ``resources.build`` derived from the gazetteer
at every start-up (``bench/redaction_build_spellings.py`` makes it): a drift test rebuilds
it from the package data as it is now and compares, so an edit to the gazetteer, the
lexicon, the Chinese-word keys or the derivation cannot leave it stale.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from fieldkit.redaction import data

ROOT = Path(__file__).resolve().parents[3]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_gazetteer_spellings_are_what_the_build_script_makes() -> None:
    build = _script("redaction_build_spellings")
    assert data.text("gazetteer_spellings.tsv") == build.table()
