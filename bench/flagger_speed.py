"""What the learned flagger costs, side by side with the rules alone, in one run.

    .venv/bin/python bench/flagger_speed.py [--rounds 3]

``bench/redaction.py`` redacts the same passages again and again, and the flagger keeps its
reading of each sentence it has seen (the live preview's case), so there its cost is almost
nil.  This bench forgets those readings before every call: the cost of a sentence the
flagger reads for the first time (an export of new interviews).  Characters per second,
best of the rounds, alternating the engines within each round.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from fieldkit.redaction import Redactor, flagger
from fieldkit.redaction.score import parse_corpus

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "redaction"


def _texts() -> tuple[list[str], list[str]]:
    texts = [
        p.text
        for f in sorted(DATA.glob("corpus_*.txt"))
        for p in parse_corpus(f.read_text("utf-8"))
    ]
    return texts, [t for t in texts if any("가" <= ch <= "힣" for ch in t)]


def _rate(engine: Redactor, texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        flagger._READINGS.forget_words()
        engine.redact(text)
    return sum(len(t) for t in texts) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    texts, korean = _texts()
    document = "\n\n".join(texts * 10)
    engines = {"rules": Redactor.default(learned=False), "rules+flagger": Redactor.default()}
    best: dict[tuple[str, str], float] = {}
    for _ in range(rounds):
        for name, engine in engines.items():
            for kind, batch in (("all", texts * 5), ("korean", korean * 5), ("doc", [document])):
                rate = _rate(engine, batch)
                best[name, kind] = max(best.get((name, kind), 0.0), rate)
    for kind in ("all", "korean", "doc"):
        ruled, learned = best["rules", kind], best["rules+flagger", kind]
        print(
            f"{kind:7} rules {ruled:10,.0f}  rules+flagger {learned:10,.0f}  {learned / ruled:.0%}"
        )


if __name__ == "__main__":
    main()
