"""Forget the words of texts the engine keeps between calls.

The engine keeps decisions about words across calls so that the live preview and an export,
which see the same words again and again, stay fast: ``functools.lru_cache`` on functions of a
word, the per-token caches of the Korean catch-all, the verb caches, the ``re`` module's cache
of patterns built from a text's names. Those keys are words of interviews, names among them.
``forget_texts`` empties every one of them; the workspace calls it when it closes (a lock, a
quit), so that a locked laptop's fieldkit process holds no redaction cache of what was typed.

Caches of the engine's own data (functions without arguments: the word lists, the gazetteer)
stay: they hold nothing from an interview and cost seconds to load again. Python frees the
forgotten strings but cannot wipe them (docs/threat-model.md, "What we cannot fix in Python").
"""

from __future__ import annotations

import gc
import inspect
import re
import sys
from collections.abc import Callable, Hashable, Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

from fieldkit.redaction import textview

if TYPE_CHECKING:
    from fieldkit.redaction.resources import Resources

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class WordCache(Generic[K, V]):
    """Decisions on words (or sentences) of texts, kept across calls for one ``Resources``:
    the live preview and an export see the same words again and again.  Bounded: past
    ``limit`` entries it starts afresh.  ``forget_texts`` finds it by its ``forget_words``
    and empties it, since its keys are words of interviews."""

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self.owner: Resources | None = None
        self.words: dict[K, V] = {}

    def of(self, res: Resources) -> dict[K, V]:
        """The decisions kept for ``res`` (a new, empty dict for other tables or when full)."""
        if self.owner is not res or len(self.words) > self.limit:
            self.owner, self.words = res, {}
        return self.words

    def derived(self, res: Resources, key: K, derive: Callable[[K, Resources], V]) -> V:
        """The decision kept for ``key``, else ``derive(key, res)``, kept: the get-or-derive
        of the caches whose decisions are never None (round 31: one method for the copies
        of it; ``of`` is inlined, so it costs no more calls than they did)."""
        words = self.words
        if self.owner is not res or len(words) > self.limit:
            self.owner, self.words = res, {}
            words = self.words
        value = words.get(key)
        if value is None:
            value = words[key] = derive(key, res)
        return value

    def forget_words(self) -> None:
        """Drop every decision (``forget_texts``, when the workspace closes)."""
        self.owner, self.words = None, {}


def forget_texts() -> None:
    """Empty every cache whose keys can be words of a text (see the module docstring)."""
    for clear in list(word_caches()):
        clear()
    textview.forget()
    re.purge()


def word_caches() -> Iterator[Callable[[], None]]:
    """The ``clear`` of each cache of the loaded ``fieldkit.redaction`` modules that is keyed
    by what a caller passes: an ``lru_cache`` of a function with arguments, a module-level
    ``*_CACHE`` dict, an object with ``forget``."""
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("fieldkit.redaction.") or module is None:
            continue
        for attribute, value in vars(module).items():
            if callable(getattr(value, "cache_clear", None)) and _takes_arguments(value):
                yield value.cache_clear
            elif attribute.endswith("_CACHE") and isinstance(value, dict):
                yield value.clear
            elif not isinstance(value, type) and callable(getattr(value, "forget_words", None)):
                yield value.forget_words


def _takes_arguments(cached: object) -> bool:
    wrapped = getattr(cached, "__wrapped__", None)
    if wrapped is None:
        return True  # not a plain function: clear it to be safe
    try:
        return bool(inspect.signature(wrapped).parameters)
    except (TypeError, ValueError):
        return True


class NoCycleCollection:
    """The cycle collector off for one engine call, then back as it was (round 18, speed).

    A long document makes tens of thousands of hits and matches, containers the collector
    tracks: it ran some 300 times in one 2 MB call, 6-7% of it.  The engine's own work
    makes no reference cycles (``test_redaction_speed_r18``): reference counting frees what
    a call drops, and only work done once (``re`` compiling a pattern, a table loading)
    leaves cyclic garbage, which the collector frees after the call.  Process-wide, but a
    call turns it back on only when it found it on: concurrent calls leave it on."""

    __slots__ = ("collecting",)

    def __enter__(self) -> None:
        self.collecting = gc.isenabled()
        gc.disable()

    def __exit__(self, *_: object) -> None:
        if self.collecting:
            gc.enable()
