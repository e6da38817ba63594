"""The interview app: start to unlock screen, answer-to-stored latency, event-loop stalls.

    .venv/bin/python bench/app.py              # 7 starts, 400 answers per path
    .venv/bin/python bench/app.py --quick      # 3 starts, 100 answers
    .venv/bin/python bench/app.py --dir DIR    # put everything on DIR's disk

Start-up: a fresh ``python -m fieldkit`` (interpreter, imports, app, first frame)
until the unlock screen's passphrase field has focus, timed in a child process
that runs the app headless; and, when tmux is installed, the real command in an
80x24 tmux pane until "Unlock workspace" is on screen (polled every 10 ms).

Answer-to-stored: four paths measured side by side, interleaved in blocks of 20,
in the same directory on the same disk, each storing a new value every time:

- ``app``: what the interview screen does on Enter, from the event loop: the hop
  to the store thread and ``save_text`` (parse, check, one SQLCipher transaction
  with the answer revision, the interview row and the hash-chained event, COMMIT
  with WAL + ``synchronous=FULL``);
- ``service``: ``save_text`` called on the store thread directly;
- ``sqlite``: stdlib ``sqlite3`` (unencrypted), WAL + ``synchronous=FULL``, one
  INSERT of a comparable row + COMMIT: the baseline;
- ``sqlcipher``: the same INSERT + COMMIT through sqlcipher3 with a raw key.

Event-loop stalls: a 5 ms heartbeat runs on the app's loop while answers are
stored through the app, while idle (the machine's own noise), and while the
story preview redacts a 5,000-character narrative in a thread; the largest
lateness is what typing would have felt.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import sqlcipher3  # noqa: E402

from fieldkit.session import (  # noqa: E402
    InterviewSession,
    Workspace,
    create_workspace,
    unlock_workspace,
)
from fieldkit.session.narrative import preview_inputs, run_preview  # noqa: E402
from fieldkit.session.navigation import save_text  # noqa: E402
from fieldkit.tui.app import FieldkitApp, make_app  # noqa: E402
from fieldkit.tui.hardening import tune_interpreter  # noqa: E402
from fieldkit.tui.screens.unlock import UnlockScreen  # noqa: E402

from helpers import PASSPHRASE, TINY, questionnaire_from_toml  # noqa: E402

BLOCK = 20
PRAGMAS = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL")
PATHS = ("app", "service", "sqlite", "sqlcipher")
PREVIEWS = ("cold", "known_terms", "steady_1", "steady_2", "steady_3")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def summary(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"p50 {percentile(ms, 0.5):.2f} ms, p99 {percentile(ms, 0.99):.2f} ms (n={len(ms)})"


def spread(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):.3f} s "
        f"(min {min(values):.3f}, max {max(values):.3f}, n={len(values)})"
    )


# --- start-up -----------------------------------------------------------------------


def child_startup(directory: Path, started: float) -> None:
    """In a fresh interpreter: print seconds from ``started`` to the unlock field's focus."""

    async def until_ready() -> None:
        app = make_app(directory)
        async with app.run_test(size=(80, 24)) as pilot:
            while not (isinstance(app.screen, UnlockScreen) and app.focused is not None):
                await pilot.pause(0.001)
            print(f"{time.time() - started:.4f}")
            app.exit()

    asyncio.run(until_ready())


def startup_headless(directory: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.time()
        result = subprocess.run(
            [sys.executable, __file__, "--child-startup", str(directory), str(started)],
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(result.stdout.strip().splitlines()[-1]))
    return times


def _tmux_once(tmux: str, socket: str, directory: Path) -> float:
    command = f"exec env FIELDKIT_HOME={directory} {sys.executable} -m fieldkit"
    started = time.monotonic()
    subprocess.run(
        [tmux, "-L", socket, "new-session", "-d", "-x", "80", "-y", "24", command], check=True
    )
    try:
        while True:
            shown = subprocess.run(
                [tmux, "-L", socket, "capture-pane", "-p"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            if "Unlock workspace" in shown:
                return time.monotonic() - started
            time.sleep(0.01)
    finally:
        subprocess.run([tmux, "-L", socket, "kill-server"], capture_output=True, check=False)


def startup_tmux(directory: Path, runs: int) -> list[float] | None:
    tmux = shutil.which("tmux")
    if tmux is None:
        return None
    return [_tmux_once(tmux, f"fieldkit-bench-{os.getpid()}-{i}", directory) for i in range(runs)]


# --- answer-to-stored -----------------------------------------------------------------


class Answers:
    """A new, valid text for a short-text question every time (always a new revision)."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"answer number {self.n}"


def bare_connection(path: Path, cipher: bool) -> Any:
    if cipher:
        connection = sqlcipher3.connect(str(path), isolation_level=None)
        connection.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    else:
        connection = sqlite3.connect(str(path), isolation_level=None)
    for pragma in PRAGMAS:
        connection.execute(pragma).fetchall()
    connection.execute(
        "CREATE TABLE answers (id INTEGER PRIMARY KEY, interview_id TEXT, question_id TEXT, "
        "revision INTEGER, value TEXT, answered_at TEXT)"
    )
    return connection


def bare_insert(connection: Any, value: str, n: int) -> float:
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute(
        "INSERT INTO answers (interview_id, question_id, revision, value, answered_at) "
        "VALUES (?, ?, ?, ?, ?)",
        ("jycdxdvuie5owmbv", "drug_note", n, json.dumps(value), "2024-05-01T14:02:11+00:00"),
    )
    connection.execute("COMMIT")
    return time.perf_counter() - started


def service_save(session: InterviewSession, value: str) -> float:
    started = time.perf_counter()
    save_text(session, "drug_note", value, "en")
    return time.perf_counter() - started


async def app_save(app: FieldkitApp, session: InterviewSession, value: str) -> float:
    started = time.perf_counter()
    await app.services.call(save_text, session, "drug_note", value, "en")
    return time.perf_counter() - started


class Heartbeat:
    """How late a 5 ms sleep wakes up on the event loop (the worst case seen)."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _beat(self) -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, time.perf_counter() - started - 0.005)

    def start(self) -> Heartbeat:
        self.worst = 0.0
        self._task = asyncio.get_running_loop().create_task(self._beat())
        return self

    def stop(self) -> float:
        assert self._task is not None
        self._task.cancel()
        return self.worst


def prepared_interview(workspace: Workspace) -> InterviewSession:
    session = workspace.new_interview("BENCH")
    session.answer("consent", "yes")
    session.answer("means", ["drugging"])  # makes drug_note (short text) asked
    session.answer("name", "Kim Young-hee; Ok-sun")
    session.answer("village", "Musan")
    return session


async def timed_blocks(
    app: FieldkitApp, session: InterviewSession, scratch: Path, count: int
) -> tuple[dict[str, list[float]], float]:
    """Latencies per path, and the event loop's worst lateness during the app's blocks
    (the baselines run on the loop itself, so they are left out of that figure)."""
    results: dict[str, list[float]] = {name: [] for name in PATHS}
    plain = bare_connection(scratch / "bare.sqlite", cipher=False)
    cipher = bare_connection(scratch / "bare.sqlcipher", cipher=True)
    values = Answers()
    worst = 0.0
    for block in range(count // BLOCK):
        heartbeat = Heartbeat().start()
        for _ in range(BLOCK):
            results["app"].append(await app_save(app, session, values.next()))
        worst = max(worst, heartbeat.stop())
        for _ in range(BLOCK):
            value = values.next()
            results["service"].append(await app.services.call(service_save, session, value))
        for i in range(BLOCK):
            results["sqlite"].append(bare_insert(plain, values.next(), block * BLOCK + i))
            results["sqlcipher"].append(bare_insert(cipher, values.next(), block * BLOCK + i))
    plain.close()
    cipher.close()
    return results, worst


async def preview_timings(app: FieldkitApp, session: InterviewSession) -> dict[str, float]:
    """Redact a 5,000-character story as the editor does, the heartbeat running.

    The first call builds the engine's tables, the second compiles this
    interview's known terms; later calls are what the interviewer sees while
    typing.
    """
    sentence = "Kim Young-hee was taken from Musan to Yanji in 1998 and sold for 3000 yuan. "
    story = (sentence * (5000 // len(sentence) + 1))[:5000]
    inputs = await app.services.call(preview_inputs, session, "narrative")
    figures: dict[str, float] = {}
    for name in PREVIEWS:
        heartbeat = Heartbeat().start()
        started = time.perf_counter()
        await asyncio.to_thread(run_preview, inputs, story[:-12] + name[:12])
        figures[name] = time.perf_counter() - started
        figures[f"{name}_stall"] = heartbeat.stop()
    return figures


async def in_app(directory: Path, scratch: Path, count: int) -> dict[str, Any]:
    app = make_app(directory)
    async with app.run_test(size=(80, 24)):
        workspace = await app.services.call(unlock_workspace, directory, PASSPHRASE)
        session = await app.services.call(prepared_interview, workspace)
        latency, stall_saving = await timed_blocks(app, session, scratch, count)
        heartbeat = Heartbeat().start()
        await asyncio.sleep(2.0)  # nothing to do: the machine's own noise
        stall_idle = heartbeat.stop()
        previews = await preview_timings(app, session)
        await app.services.call(workspace.close)
    return {
        "latency": latency,
        "stall_saving": stall_saving,
        "stall_idle": stall_idle,
        "previews": previews,
    }


# --- main -------------------------------------------------------------------------------


def make_workspace(root: Path) -> Path:
    directory = root / "ws"
    create_workspace(directory, PASSPHRASE, questionnaire=questionnaire_from_toml(TINY)).close()
    return directory


def report(startup: list[float], tmux: list[float] | None, run: dict[str, Any]) -> None:
    print("start to unlock screen ready")
    print(f"  headless child  {spread(startup)}")
    if tmux:
        print(f"  tmux 80x24      {spread(tmux)}")
    latency = run["latency"]
    print("answer to stored (a new revision each time)")
    for name in PATHS:
        print(f"  {name:<10} {summary(latency[name])}")
    for q in (0.5, 0.99):
        ratio = percentile(latency["app"], q) / percentile(latency["sqlite"], q)
        print(f"  app / bare SQLite at p{round(q * 100)}: {ratio:.2f}x")
    idle, saving = run["stall_idle"] * 1000, run["stall_saving"] * 1000
    print(
        f"event loop, worst lateness of a 5 ms timer: idle {idle:.1f} ms, storing {saving:.1f} ms"
    )
    print("5,000-character preview in a worker thread: time; worst lateness meanwhile")
    previews = run["previews"]
    for name in PREVIEWS:
        took, stall = previews[name] * 1000, previews[f"{name}_stall"] * 1000
        print(f"  {name:<12} {took:7.1f} ms; {stall:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--dir", default=None, help="where the workspace and baselines go")
    parser.add_argument("--child-startup", nargs=2, metavar=("DIR", "STARTED"))
    args = parser.parse_args()
    if args.child_startup:
        tune_interpreter()
        child_startup(Path(args.child_startup[0]), float(args.child_startup[1]))
        return
    tune_interpreter()  # as ``fieldkit`` does before opening the app
    starts, answers = (3, 100) if args.quick else (7, 400)
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        root = Path(tmp)
        directory = make_workspace(root)
        startup = startup_headless(directory, starts)
        tmux = startup_tmux(directory, starts)
        run = asyncio.run(in_app(directory, root, answers))
    report(startup, tmux, run)


if __name__ == "__main__":
    main()
