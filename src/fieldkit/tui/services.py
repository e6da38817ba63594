"""One thread owns the workspace: every service call runs there, one at a time.

An ``InterviewSession`` keeps its answers in memory beside the database, and
snapshots (``build_view``) must see a consistent state.  Running every call on
a single worker thread keeps the event loop free while SQLite commits (WAL +
``synchronous=FULL`` waits for the disk) and Argon2id derives keys, and it
orders the calls exactly as the interviewer made them: an answer is stored
before the snapshot that moves to the next question is taken.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

__all__ = ["Services"]

T = TypeVar("T")


class Services:
    """A single-thread executor with an awaitable ``call``."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldkit-store")

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(*args, **kwargs)`` on the store thread and wait for it."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    def call_blocking(self, fn: Callable[..., T], *args: Any) -> T:
        """The same, from synchronous code (shutdown): waits on this thread."""
        return self._executor.submit(fn, *args).result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
