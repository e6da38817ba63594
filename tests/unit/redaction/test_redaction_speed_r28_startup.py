"""Round 28, speed: the engine's start-up.

``data/gazetteer_spellings.tsv`` holds what ``resources.build`` derived from the gazetteer
at every start-up (``bench/redaction_build_spellings.py`` makes it): a drift test rebuilds
it from the package data as it is now and compares, so an edit to the gazetteer, the
lexicon, the Chinese-word keys or the derivation cannot leave it stale.

44 more module-level patterns are compiled on first use (``lazy.lazy_pattern``): Chinese,
mixed-script and rare rules that no English passage of the development corpus reaches and
at most 3% of the Korean ones (a Hanzi run, a Hangul name glossed in English);
``apposed_ko``'s seven, each behind a literal gate that 1% of the Korean passages open;
``addresses._BEFORE_UNITS`` (one Korean passage in 70 finds an address); and four English
ones that at most 9% of the Korean passages reach (``catchall._CAP_TOKEN``).  Like round
15's, they hash to what the eager ``re.compile`` calls they replaced gave on main e74752b,
and ``test_redaction_speed_r15`` checks that start-up compiles none of them.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
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


_MADE_LAZY = {
    "addresses": "_BEFORE_UNITS[0] _BEFORE_UNITS[1]",
    "apposed_ko": (
        "_RX[also] _RX[bracket] _RX[comma] _RX[corrected] _RX[namely] _RX[ourword] _RX[real]"
    ),
    "catchall": "_CAP_TOKEN",
    "chat_labels": "_HANDLE",
    "chinese": "_LETTER _RUN",
    "chinese_given": "_HANZI_RUN _ADDRESS",
    "cues_native_en": "_NATIVE_AFTER_CUE _LATIN_THEN_NATIVE _BESIDE_ROMAN",
    "doubled_zh": "_DOUBLED _AFTER_KIN",
    "islands_mixed": "_AND_NEXT _AND_BEFORE _HANGUL_ISLAND _GLOSSED",
    "lists_people_ko": "_RUN",
    "name_glosses_ko": "_REAL_AFTER _HANZI_AFTER",
    "naming_hanzi_ko": "_HANZI_NAMED _PLACE_NOUN_AFTER",
    "orgs_kinds": "_GLOSS",
    "orgs_schools_ko": "_LEVEL",
    "orgs_short_forms_ko": "_BRACKETED",
    "orgs_spaced_ko": "_HANZI_KIND",
    "places": "_NOUN_AT",
    "places_hanzi": "_HANZI_SUFFIX",
    "places_hanzi_ko": "_VILLAGE",
    "places_ko": "_HANZI_DISTRICT _ARRIVE_ZH _STATION",
    "propagate_ko": "_HANZI_NAME SURNAME_AFTER",
    "round11_en": "_HANZI_ALONE _HANZI_RUN",
    "textview": "_HANZI_RUN",
}
"""Module -> the module-level patterns round 28 made lazy (``NAME[key]``: an entry of a dict
or a tuple).  A module split out since is named by the module it left in the digest's lines
(``_HASH``'s ``moved``): the patterns moved unchanged."""

_EAGER_DIGEST = "cf14ce3dc67db888fd97560ed78577a8e5aa4c6627a1a25af26d55448ade0a47"
"""sha256 of the sorted ``module.NAME<TAB>flags<TAB>pattern`` lines of ``_MADE_LAZY`` on
main e74752b (every one an eager ``re.compile`` there), with ``PYTHONHASHSEED=0``; updated
in round 34, when ``naming_hanzi_ko._HANZI_NAMED`` allowed a closing quote between a Hanzi
name and its naming ending ('王菲'라고): b97d909d... before it; in round 35, when the same
pattern allowed a comma, a full stop or a bracket after a Hanzi name that follows a naming
noun (이름이 李娜,): 1c26eb59... before it; in round 36, when it allowed the copula's
connective, question and reason forms after the name (이름이 乌云인데), and ``apposed_ko``'s
``_ENDING`` (in ``comma`` and ``real``) the copula asking (차명철인가): 295c85d7... before
them; in round 39, when ``_HANZI_NAMED`` allowed the bare 이라 before a calling verb (天天이라
불렸는데) and ``name_glosses_ko._REAL_AFTER`` stopped at a guess that a name may be an alias
(가명일 수도): 36a3e3b8... before them."""

_HASH = """
import hashlib, importlib, json, sys
moved = {"cues_native_en": "cues_en"}  # round 30 (review): split from cues_en, unchanged
lines = []
for module, names in json.loads(sys.argv[1]).items():
    owner = importlib.import_module(f"fieldkit.redaction.{module}")
    for name in names.split():
        attr, _, key = name.rstrip("]").partition("[")
        found = getattr(owner, attr)
        pattern = (found[int(key) if key.isdigit() else key] if key else found)()
        lines.append(f"{moved.get(module, module)}.{name}\\t{pattern.flags}\\t{pattern.pattern}")
print(hashlib.sha256("\\n".join(sorted(lines)).encode()).hexdigest())
"""


def test_the_round_28_lazy_patterns_are_the_eager_ones_they_replaced() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _HASH, json.dumps(_MADE_LAZY)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    assert out.stdout.strip() == _EAGER_DIGEST
