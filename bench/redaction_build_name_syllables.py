"""Build ``given_syllables_ko.tsv``: how many public Korean given names hold each syllable.

Issue 11 round 9 (recall-first catch-all, ``namelike_ko.py``): a Hangul word no lexicon
knows is name-shaped when every syllable of it is frequent in Korean given names.  The
syllable counts come from two public lists of Korean given names, never from a blind
passage:

* ``mimesis`` 22.2.0 (MIT, https://github.com/lk-geimfari/mimesis):
  ``mimesis/datasets/ko/person.json``, 452 female and 508 male given names;
* ``faker`` 40.54.0 (MIT, https://github.com/joke2k/faker):
  ``faker/providers/person/ko_KR/__init__.py``, the common given names listed from
  the Korean Wikipedia article 한국의 성씨와 이름.

Each syllable is counted once per distinct name that holds it.  Neither package is a
fieldkit dependency; run with the two wheels in a folder::

    pip download --no-deps -d /tmp/names faker==40.54.0 mimesis==22.2.0
    python bench/redaction_build_name_syllables.py /tmp/names
"""

from __future__ import annotations

import collections
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "fieldkit" / "redaction" / "data" / "given_syllables_ko.tsv"
HEADER = """\
# Syllables of Korean given names and how many distinct public given names hold each
# (issue 11 round 9, namelike_ko.py).  Built by bench/redaction_build_name_syllables.py from
# mimesis 22.2.0 datasets/ko/person.json (MIT) and faker 40.54.0 person/ko_KR (MIT, after
# the Korean Wikipedia's list of common names), retrieved 2026-12-03.  syllable	names
"""


def _names(folder: Path) -> set[str]:
    names: set[str] = set()
    for wheel in folder.glob("*.whl"):
        with zipfile.ZipFile(wheel) as archive:
            for member in archive.namelist():
                if member.endswith("datasets/ko/person.json"):
                    table = json.loads(archive.read(member))["names"]
                    names.update(table["female"], table["male"])
                elif member.endswith("person/ko_KR/__init__.py"):
                    text = archive.read(member).decode("utf-8")
                    names.update(re.findall(r'\("([가-힣]{1,3})", 1', text))
    return {n for n in names if re.fullmatch(r"[가-힣]{1,3}", n)}


def main(folder: str) -> None:
    names = _names(Path(folder))
    if not names:
        raise SystemExit(f"no mimesis or faker wheel in {folder}")
    counts = collections.Counter(s for name in names for s in set(name))
    rows = [f"{s}\t{n}" for s, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(names)} names, {len(counts)} syllables -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
