"""Cost of unlocking: Argon2id with the default workspace parameters.

    .venv/bin/python bench/kdf.py

Prints the median and spread of key derivation over several runs, and the peak
resident memory of the process, so docs/performance.md can show that unlocking
costs at least 64 MiB and about half a second.
"""

from __future__ import annotations

import resource
import statistics
import time

from fieldkit.crypto import KdfParams, derive_key, new_secret


def main() -> None:
    params = KdfParams()
    salt = new_secret(16)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    timings = []
    for _ in range(7):
        started = time.perf_counter()
        derive_key("four unrelated words here", salt, params)
        timings.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"parameters: memory {params.memory_kib // 1024} MiB, iterations {params.iterations}, "
        f"lanes {params.lanes}"
    )
    print(
        f"derive time: median {statistics.median(timings):.3f} s "
        f"(min {min(timings):.3f}, max {max(timings):.3f}, n={len(timings)})"
    )
    print(f"peak RSS growth: {(peak - before) / 1024:.0f} MiB (peak {peak / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
