"""Redaction benchmarks: start-up, throughput, live-preview latency, and Presidio side by side.

Not a test: timings depend on the machine.  Results and the exact commands are
kept in docs/performance.md (section "Redaction").  Usage::

    .venv/bin/python bench/redaction.py                       # fieldkit only
    .venv/bin/python bench/redaction.py --presidio /tmp/presidio-venv/bin/python
    .venv/bin/python bench/redaction.py --against /path/to/other/.venv/bin/python

``--against`` measures this tree's engine and another checkout's (its own venv, its
own ``fieldkit``) side by side: worker processes alternate between the two, each
timing the same passages (all languages, English and Korean, one call per passage) and one
2 MB document in one call, in wall-clock and CPU time (``time.process_time``, which
other work on the machine disturbs far less); it prints medians and the ratio.

Every figure is single-core (one process, no threads).  The large corpus is
the annotated corpus in tests/data/redaction repeated to about 2 MB; each
passage is redacted by its own call, as the app redacts one field at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "redaction"
sys.path.insert(0, str(ROOT / "src"))

from fieldkit.redaction import KnownTerm, Redactor  # noqa: E402
from fieldkit.redaction.score import Passage, format_score, parse_corpus, score_predictions  # noqa: E402

START_UP = (
    "import time; t = time.perf_counter(); "
    "from fieldkit.redaction import Redactor; Redactor.default(); "
    "print(time.perf_counter() - t)"
)


def passages() -> list[Passage]:
    return [
        p for f in sorted(CORPUS.glob("corpus_*.txt")) for p in parse_corpus(f.read_text("utf-8"))
    ]


def start_up(runs: int = 5) -> float:
    """Median seconds to import the package and build the engine, in a fresh interpreter."""
    times = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", START_UP], capture_output=True, text=True, check=True, cwd=ROOT
        )
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def throughput(
    engine: Redactor, texts: list[str], target_chars: int, rounds: int = 3
) -> tuple[float, int]:
    """(chars per second, chars) redacting ``texts`` repeatedly, one call per text.

    The best of ``rounds`` rounds: the machine is shared, and the fastest round
    is the one least disturbed by other work."""
    repeats = max(1, target_chars // sum(len(t) for t in texts))
    batch = texts * repeats
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in batch:
            engine.redact(text)
        best = min(best, time.perf_counter() - started)
    chars = sum(len(t) for t in batch)
    return chars / best, chars


def one_document(engine: Redactor, texts: list[str], target_chars: int) -> float:
    """Chars per second for one big document (the whole corpus joined, repeated)."""
    document = "\n\n".join(texts)
    document = "\n\n".join([document] * max(1, target_chars // len(document)))
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        engine.redact(document)
        best = min(best, time.perf_counter() - started)
    return len(document) / best


def preview(engine: Redactor, texts: list[str], runs: int = 60) -> dict[str, float]:
    """Latency of one live-preview call on a 5,000-character narrative with known terms
    (the narrative is the given passages joined: English, or Korean, the interviews' first
    language and the slower one)."""
    joined = " ".join(texts)
    narrative = (joined * (1 + 5000 // max(1, len(joined))))[:5000]
    known = [
        KnownTerm("Kim Young-hee"),
        KnownTerm("박순희"),
        KnownTerm("Ri Chol-ho"),
        KnownTerm("王建国"),
        KnownTerm("Sodu-ri", "place", "North Hamgyong"),
        KnownTerm("+86 139 4318 2275", "contact"),
    ]
    started = time.perf_counter()
    engine.redact(narrative, known=known)
    cold = time.perf_counter() - started
    times = []
    for index in range(runs):
        edited = narrative[: 4000 + index] + "x" + narrative[4001 + index :]
        started = time.perf_counter()
        engine.redact(edited, known=known)
        times.append(time.perf_counter() - started)
    times.sort()
    return {
        "cold_ms": cold * 1000,
        "median_ms": statistics.median(times) * 1000,
        "p95_ms": times[int(len(times) * 0.95) - 1] * 1000,
        "chars": len(narrative),
    }


def presidio(python: str, english: list[Passage], repeats: int) -> dict[str, object]:
    """Run bench/redaction_presidio.py in the Presidio venv over the English passages."""
    payload = [{"id": p.id, "text": p.text} for p in english] * repeats
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(payload, f)
    out = subprocess.run(
        [python, str(ROOT / "bench" / "redaction_presidio.py"), f.name],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


WORKER = """
import json, sys, time
from fieldkit.redaction import Redactor
texts, english, chars, korean = json.load(open(sys.argv[1], encoding="utf-8"))
engine = Redactor.default()
engine.redact(texts[0])

def timed(batch, calls):
    best_wall = best_cpu = float("inf")
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        for text in batch:
            engine.redact(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    size = sum(map(len, batch))
    return [size / best_wall, size / best_cpu]

def repeated(items):
    return items * max(1, chars // sum(map(len, items)))

document = "\\n\\n".join(texts)
document = "\\n\\n".join([document] * max(1, chars // len(document)))
print(json.dumps({
    "all languages, one call per passage": timed(repeated(texts), True),
    "English passages": timed(repeated(english), True),
    "Korean passages": timed(repeated(korean), True),
    "one 2 MB document in one call": timed([document], False),
}))
"""


def compare(other: str, chars: int, rounds: int) -> None:
    """This tree's engine against another checkout's, alternating worker processes."""
    every = passages()
    payload = [
        [p.text for p in every],
        [p.text for p in every if p.lang == "en"],
        chars,
        [p.text for p in every if p.lang == "ko"],
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(payload, f)
    runs: dict[str, list[dict[str, list[float]]]] = {"before": [], "after": []}
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for index in range(rounds):
        for side, python, extra in (("before", other, {}), ("after", sys.executable, env)):
            out = subprocess.run(
                [python, "-c", WORKER, f.name],
                capture_output=True,
                text=True,
                check=True,
                env=extra or None,
            )
            runs[side].append(json.loads(out.stdout))
            print(f"round {index + 1} {side}: done", file=sys.stderr)
    Path(f.name).unlink()
    print(f"{rounds} alternating rounds per side; chars/s, median (range) of rounds")
    for figure in runs["after"][0]:
        for column, name in ((0, "wall"), (1, "CPU")):
            before = [r[figure][column] for r in runs["before"]]
            after = [r[figure][column] for r in runs["after"]]
            ratio = statistics.median(after) / statistics.median(before)
            print(
                f"{figure}, {name}: before {_range(before)}, after {_range(after)}, "
                f"after/before {ratio:.0%}"
            )


def _range(values: list[float]) -> str:
    return f"{statistics.median(values):,.0f} ({min(values):,.0f}-{max(values):,.0f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presidio", metavar="PYTHON", help="python of a venv with Presidio")
    parser.add_argument("--chars", type=int, default=2_000_000, help="size of the large corpus")
    parser.add_argument("--against", metavar="PYTHON", help="python of another checkout's venv")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (--against)")
    args = parser.parse_args()
    if args.against:
        compare(args.against, args.chars, args.rounds)
        return

    print(f"start-up (import + build, fresh process, median of 5): {start_up() * 1000:.0f} ms")
    engine = Redactor.default()
    every = passages()
    texts = [p.text for p in every]
    english = [p for p in every if p.lang == "en"]
    korean = [p for p in every if p.lang == "ko"]
    engine.redact(texts[0])
    rate, chars = throughput(engine, texts, args.chars)
    print(
        f"throughput (best of 3 rounds), all languages, one call per passage: "
        f"{rate:,.0f} chars/s over {chars:,} chars"
    )
    en_rate, en_chars = throughput(engine, [p.text for p in english], args.chars)
    print(f"throughput, English passages only: {en_rate:,.0f} chars/s over {en_chars:,} chars")
    print(
        f"throughput, one {args.chars // 1000} kB document: "
        f"{one_document(engine, texts, args.chars):,.0f} chars/s"
    )
    for language, chosen in (("English", english), ("Korean", korean)):
        lat = preview(engine, [p.text for p in chosen])
        print(
            f"live preview, {lat['chars']:.0f}-char {language} narrative, 6 known terms: "
            f"cold {lat['cold_ms']:.1f} ms, median {lat['median_ms']:.1f} ms, "
            f"p95 {lat['p95_ms']:.1f} ms"
        )

    ours = {p.id: [(s.start, s.end) for s in engine.redact(p.text).spans] for p in english}
    print(
        format_score(
            "fieldkit on the English passages (no known terms)", score_predictions(english, ours)
        )
    )
    if args.presidio:
        repeats = 3
        result = presidio(args.presidio, english, repeats)
        spans = {k: [tuple(s) for s in v][: len(v) // repeats] for k, v in result["spans"].items()}  # type: ignore[union-attr]
        p_rate = float(result["chars"]) / float(result["seconds"])  # type: ignore[arg-type]
        print(
            format_score(
                "Presidio (default recognizers, en_core_web_sm, offline) on the same passages",
                score_predictions(english, spans),
            )
        )  # type: ignore[arg-type]
        print(f"Presidio throughput: {p_rate:,.0f} chars/s over {result['chars']:,} chars")
        print(f"fieldkit / Presidio throughput on English: {en_rate / p_rate:.1f}x")


if __name__ == "__main__":
    main()
