"""Export throughput: 1,000 interviews into one bundle, against the reference ``age``
tool encrypting the same plaintext, side by side in one run.

    .venv/bin/python bench/export.py [--interviews 1000]

The workspace holds the report fixture's 71 interviews imported again and again up
to the count asked for.  ``fieldkit export --all`` is timed whole (select, redact
every narrative with the real engine, anonymise, sign, seal, write, record), and
its parts: redaction and record building, then sealing.  ``age -r`` is then given
the same plaintext body (decrypted from the bundle) and timed as a subprocess.
"""

from __future__ import annotations

import argparse
import functools
import json
import operator
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


from bundle_helpers import make_coordinator, make_device  # noqa: E402
from fieldkit.bundle import coordinator_identities, coordinator_project  # noqa: E402
from fieldkit.bundle.export import export_bundle  # noqa: E402
from fieldkit.crypto import open_sealed, seal  # noqa: E402
from fieldkit.questionnaire import builtin_questionnaire  # noqa: E402
from fieldkit.session import import_interviews  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--interviews", type=int, default=1000)
    args = parser.parse_args()
    fixture = json.loads((ROOT / "tests/data/report_interviews.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        qn = builtin_questionnaire()
        coordinator = make_coordinator(tmp / "c", qn)
        device = make_device(tmp / "d", coordinator, qn, "laptop")
        items = (fixture["interviews"] * (args.interviews // 71 + 1))[: args.interviews]
        (tmp / "i.json").write_text(json.dumps({**fixture, "interviews": items}), "utf-8")
        import_interviews(device, tmp / "i.json")
        started = time.perf_counter()
        export_bundle(device, tmp / "b.age", everything=True)
        export_time = time.perf_counter() - started
        data = (tmp / "b.age").read_bytes()
        body = open_sealed(data, coordinator_identities(coordinator))
        assert body is not None
        recipients = list(coordinator_project(coordinator).recipients)
        started = time.perf_counter()
        seal(body, recipients)
        seal_time = time.perf_counter() - started
        age = shutil.which("age")
        age_time = None
        if age:
            started = time.perf_counter()
            subprocess.run(
                [age, *functools.reduce(operator.iadd, (["-r", r] for r in recipients), [])],
                input=body,
                capture_output=True,
                check=True,
            )
            age_time = time.perf_counter() - started
        device.close()
        coordinator.close()
    mib = len(body) / 2**20
    print(
        f"interviews: {args.interviews}, plaintext body {mib:.1f} MiB, "
        f"bundle {len(data) / 2**20:.1f} MiB"
    )
    print(
        f"fieldkit export --all (whole): {export_time:.2f} s "
        f"({1000 * export_time / args.interviews:.1f} ms per interview)"
    )
    print(f"  of which sealing (pyrage): {seal_time:.3f} s")
    if age_time is not None:
        print(
            f"age -r on the same plaintext: {age_time:.3f} s "
            f"(export is {export_time / age_time:.0f}x; sealing is {seal_time / age_time:.1f}x)"
        )
    else:
        print("age: not installed (apt-get install age)")


if __name__ == "__main__":
    main()
