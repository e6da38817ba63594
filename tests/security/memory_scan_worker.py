"""Open a workspace, make SQLCipher decrypt every page, close it, then read this process's own
memory the way a memory dump would and count copies of a canary.

    python memory_scan_worker.py WORKSPACE PASSPHRASE MASKED_CANARY_HEX on|off

``off`` replaces the store's memory-security pragma (the control run: it shows the scan
finds decrypted pages that were freed without zeroing).  The canary never passes through
Python here: only SQLite's page cache holds it, and the needle the scan searches for is
built byte by byte inside an anonymous mapping that the scan skips.

The scan itself must not disturb what it looks for: every buffer it uses is mapped before
the close (not taken from the heap, where ``malloc`` would hand it the freed pages and the
copy would overwrite them), and it reads memory in chunks into that buffer.  The test runs
this worker with glibc's heap trimming off, so freed pages stay mapped whatever the heap's
layout, as in a long-running app.
"""

from __future__ import annotations

import ctypes
import io
import mmap
import sys
from pathlib import Path

import fieldkit.store.db as db
from fieldkit.store import Store

MASK = 0x5A
CHUNK = 1 << 20


def _address(mapping: mmap.mmap) -> int:
    return ctypes.addressof(ctypes.c_char.from_buffer(mapping))


def _addresses_of_copies(chunk: mmap.mmap, size: int, needle: memoryview, base: int) -> list[int]:
    """Where the needle occurs in the first ``size`` bytes read from address ``base``."""
    found, at = [], chunk.find(needle, 0, size)
    while at != -1:
        found.append(base + at)
        at = chunk.find(needle, at + 1, size)
    return found


def copies_in_memory(
    maps_text: str, mem: io.FileIO, needle_map: mmap.mmap, chunk: mmap.mmap
) -> int:
    """Copies of the needle in every readable-writable mapping, except inside the scan's own
    two buffers (the kernel may merge them with a neighbouring mapping, so by address)."""
    width = len(needle_map)
    needle = memoryview(needle_map)
    own = [(_address(m), _address(m) + len(m)) for m in (needle_map, chunk)]
    found = 0
    for line in maps_text.splitlines():
        span, perms = line.split()[:2]
        start, end = (int(x, 16) for x in span.split("-"))
        if not perms.startswith("rw"):
            continue
        # Chunks overlap by width - 1 bytes so a copy across a boundary is counted once.
        at = start
        while at < end:
            size = min(CHUNK, end - at)
            try:
                mem.seek(at)
                got = mem.readinto(memoryview(chunk)[:size])
            except (OSError, OverflowError, ValueError):
                break  # a guard page or a mapping that vanished
            for where in _addresses_of_copies(chunk, got or 0, needle, at):
                found += not any(low <= where < high for low, high in own)
            if at + size >= end:
                break
            at += size - (width - 1)
    needle.release()
    return found


def main() -> None:
    directory, passphrase, masked_hex, mode = sys.argv[1:5]
    if mode == "off":
        db.MEMORY_SECURITY = "PRAGMA cipher_memory_security = OFF"
    masked = bytes.fromhex(masked_hex)
    needle_map = mmap.mmap(-1, len(masked))
    for i, byte in enumerate(masked):
        needle_map[i] = byte ^ MASK
    chunk = mmap.mmap(-1, CHUNK)
    store = Store.open(Path(directory), passphrase)
    assert store.integrity_problems() == []  # reads (and decrypts) every page
    with io.FileIO("/proc/self/mem", "r") as mem:
        store.close()
        with open("/proc/self/maps") as maps:
            maps_text = maps.read()
        print(copies_in_memory(maps_text, mem, needle_map, chunk))


if __name__ == "__main__":
    main()
