"""How ``tests/data/v1_workspace/`` was made: by fieldkit's version-1 workspace code.

Run once, at commit 8812822 (the last commit with ``workspace.json`` headers), with
``.venv/bin/python tests/data/make_v1_workspace.py``; the result is committed and
must never be regenerated with newer code: it stands for the workspaces that
interviewers already carry.  The migration tests
(``tests/unit/store/test_keyfile_migration.py``) open it with the current code.

The passphrase is Korean, typed in NFC; the migration tests also type it in NFD.
The interview holds two canaries (a name and a village) that the raw-disk tests
look for.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fieldkit.session import Policy, create_workspace

from helpers import FAST_KDF, TINY, questionnaire_from_toml

V1_PASSPHRASE = "두만강 건너 작은 마을의 봄바람 2019"
CANARY_NAME = "박순옥카나리아"
CANARY_VILLAGE = "회령시유선동카나리아"


def main() -> None:
    target = Path(__file__).parent / "v1_workspace"
    shutil.rmtree(target, ignore_errors=True)
    ws = create_workspace(
        target, V1_PASSPHRASE, questionnaire=questionnaire_from_toml(TINY), kdf=FAST_KDF
    )
    with ws:
        ws.set_policy(Policy(lock_after_minutes=7, wipe_after_failures=5))
        session = ws.new_interview("V1-01")
        session.answer("consent", "yes")
        session.answer("birth_year", 1981)
        session.answer("name", CANARY_NAME)
        session.answer("village", CANARY_VILLAGE)
    print(sorted(p.name for p in target.iterdir()))


if __name__ == "__main__":
    main()
