"""Every test a promise points at exists.

README.md and docs/threat-model.md say which test keeps each promise
(`tests/x/test_y.py::test_z`). A renamed or deleted test would leave the promise with
nothing behind it; this fails instead.  ``...::test_z`` continues the file named just
before it in the same paragraph.
"""

from __future__ import annotations

import re

import pytest

from helpers import TESTS

ROOT = TESTS.parent
DOCS = ["README.md", "docs/threat-model.md", "docs/redaction.md"]
REFERENCE = re.compile(r"`((?:tests/[\w/.-]+\.py)|\.\.\.)(?:::(\w+))?`")


def references(doc: str) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []
    for paragraph in (ROOT / doc).read_text(encoding="utf-8").split("\n\n"):
        last = None
        for match in REFERENCE.finditer(paragraph):
            path = last if match.group(1) == "..." else match.group(1)
            if path is None:
                continue
            last = path
            found.append((path, match.group(2)))
    return found


@pytest.mark.parametrize("doc", DOCS)
def test_every_test_a_document_names_exists(doc: str) -> None:
    refs = references(doc)
    assert refs, f"{doc} names no test at all"
    missing = []
    for path, name in refs:
        file = ROOT / path
        if not file.is_file():
            missing.append(path)
        elif name and not re.search(
            rf"^\s*(?:async )?def {name}\(|^class {name}\b", file.read_text(encoding="utf-8"), re.M
        ):
            missing.append(f"{path}::{name}")
    assert missing == [], f"{doc} names tests that do not exist"
