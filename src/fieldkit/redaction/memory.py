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

import inspect
import re
import sys
from collections.abc import Callable, Iterator

from fieldkit.redaction import textview


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
