"""Open a workspace, make SQLCipher decrypt every page, close it, then read this process's own
memory the way a memory dump would and count copies of a canary.

    python memory_scan_worker.py WORKSPACE PASSPHRASE MASKED_CANARY_HEX on|off

``off`` replaces the store's memory-security pragma (the control run: it shows the scan
finds decrypted pages that were freed without zeroing).  The canary never passes through
Python here: only SQLite's page cache holds it.  The script is given the canary XOR-ed with
``MASK`` and searches XOR-ed memory, so nothing it holds itself can match.
"""

from __future__ import annotations

import sys
from pathlib import Path

import fieldkit.store.db as db
from fieldkit.store import Store

MASK = bytes(b ^ 0x5A for b in range(256))


def copies_in_memory(masked: bytes) -> int:
    """Copies of the canary whose masked form is ``masked``."""
    found = 0
    with open("/proc/self/maps") as maps, open("/proc/self/mem", "rb", buffering=0) as mem:
        for line in maps:
            span, perms = line.split()[:2]
            if not perms.startswith("rw"):
                continue
            start, end = (int(x, 16) for x in span.split("-"))
            try:
                mem.seek(start)
                found += mem.read(end - start).translate(MASK).count(masked)
            except (OSError, OverflowError, ValueError):
                continue  # a guard page or a mapping that vanished
    return found


def main() -> None:
    directory, passphrase, masked_hex, mode = sys.argv[1:5]
    if mode == "off":
        db.MEMORY_SECURITY = "PRAGMA cipher_memory_security = OFF"
    masked = bytes.fromhex(masked_hex)
    store = Store.open(Path(directory), passphrase)
    assert store.integrity_problems() == []  # reads (and decrypts) every page
    # The app goes on running after a lock: what it allocated meanwhile pins the heap, so
    # the allocator cannot hand the freed pages back to the system.
    still_running = [bytearray(64) for _ in range(100_000)]
    store.close()
    print(copies_in_memory(masked))  # (a scan before the close would copy the pages itself)
    del still_running


if __name__ == "__main__":
    main()
