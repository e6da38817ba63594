"""Test-only: a cheap Argon2id for fieldkit processes the test suite starts.

The key file's Argon2id cost is fixed by its format (256 MiB; see
``fieldkit.store.keyfile.KDF``) and no option or environment variable of
fieldkit lowers it.  Subprocesses of the test suite (``fieldkit`` in tmux, the
crash and disk-full workers, the plaintext-canary CLI run) get this directory
on ``PYTHONPATH`` (``helpers.subprocess_env``), so Python runs this file at
start-up.  It patches the cost only when ``fieldkit.store.keyfile`` is imported,
so it adds nothing to ``sys.modules`` before that (the import-hygiene tests stay
meaningful).  This directory is not part of the installed package.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from types import ModuleType
from typing import Any

TARGET = "fieldkit.store.keyfile"


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._inner.create_module(spec)  # type: ignore[no-any-return]

    def exec_module(self, module: ModuleType) -> None:
        self._inner.exec_module(module)
        module.KDF = module.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Any, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != TARGET:
            return None
        for finder in sys.meta_path:
            if finder is self:
                continue
            spec = getattr(finder, "find_spec", lambda *_: None)(fullname, path, target)
            if spec is not None and spec.loader is not None:
                spec.loader = _Loader(spec.loader)
                return spec  # type: ignore[no-any-return]
        return None


sys.meta_path.insert(0, _Finder())
