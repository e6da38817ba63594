"""The rules' spans on held-out Korean development passages, for ``flagger_train.py --cv --rules``.

    .venv/bin/python bench/flagger_spans.py w,z,af OUT.json

Writes ``{passage id: [[start, end], ...]}`` of the engine without its learned flagger
(``Redactor.default(learned=False)``) on the Korean passages of the named development sets, so
that the cross-validation can report the rules alone and the rules with a flagger that never
read those sets.  The rules were written with the development sets in view: their figure on
held-out sets is optimistic; the flagger's addition to them is the held-out measure.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from flagger_train import passages, training_files

from fieldkit.redaction import Redactor


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("held", help="held-out set letters, comma-separated")
    parser.add_argument("out", type=Path, help="where to write the spans (JSON)")
    args = parser.parse_args()
    held = set(args.held.split(","))
    engine = Redactor.default(learned=False)
    spans = {
        p.id: [[s.start, s.end] for s in engine.redact(p.text).spans]
        for letter, p in passages(training_files())
        if letter in held and p.lang == "ko"
    }
    args.out.write_text(json.dumps(spans), encoding="utf-8")
    print(f"{len(spans)} passages -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
