"""Write seed inputs for bench/fuzz.py's bundle target: a real, decrypted bundle body.

    .venv/bin/python bench/fuzz_seeds.py

Builds a throw-away coordinator and device with the tests' small questionnaire,
exports one interview with invented answers, decrypts it with the coordinator
identity and saves the body to bench/fuzz_corpus/bundle/.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bundle_helpers import add_interview, make_coordinator, make_device  # noqa: E402
from fieldkit.bundle import coordinator_identities  # noqa: E402
from fieldkit.bundle.export import export_bundle  # noqa: E402
from fieldkit.crypto import open_sealed  # noqa: E402

from helpers import TINY, questionnaire_from_toml  # noqa: E402


def main() -> None:
    qn = questionnaire_from_toml(TINY)
    target = ROOT / "bench" / "fuzz_corpus" / "bundle"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        coordinator = make_coordinator(Path(tmp) / "c", qn)
        device = make_device(Path(tmp) / "d", coordinator, qn, "seed")
        add_interview(device, name="Pak Son-ok")
        out = Path(tmp) / "seed.fkb"
        export_bundle(device, out)
        body = open_sealed(out.read_bytes(), coordinator_identities(coordinator))
        assert body is not None
        (target / "real.bin").write_bytes(body)
    print(f"wrote {target / 'real.bin'}")


if __name__ == "__main__":
    main()
