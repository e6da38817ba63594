"""``regex()`` for constraints, on a linear-time engine.

Form authors write patterns and interviewees' answers are matched against them:
a backtracking engine (Python's ``re``) can take exponential time on patterns
such as ``^(a+)+$``, freezing the app on an answer.  RE2 (``google-re2``) runs
in time linear in the input and refuses what needs backtracking (back
references, look-around).  Patterns and subjects are also bounded in size, and
RE2's memory per pattern is capped.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re2

from fieldkit.questionnaire.messages import ExpressionSyntaxError, Message

__all__ = ["MAX_PATTERN", "MAX_SUBJECT", "compile_pattern", "matches"]

MAX_PATTERN = 500
MAX_SUBJECT = 100_000
_MAX_MEMORY = 1 << 21


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # an invalid pattern is reported as ours, not on stderr
    options.max_mem = _MAX_MEMORY
    return options


@lru_cache(maxsize=256)
def compile_pattern(pattern: str) -> Any:
    """The compiled pattern, or ``ExpressionError`` saying why it cannot be used."""
    if len(pattern) > MAX_PATTERN:
        raise ExpressionSyntaxError(Message("regex.too_long", {"max": MAX_PATTERN}))
    try:
        return re2.compile(pattern, _options())
    except re2.error as error:
        reason = error.args[0] if error.args else "invalid pattern"
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        sentence = Message("regex.unusable", {"pattern": repr(pattern), "reason": str(reason)})
        raise ExpressionSyntaxError(sentence) from None


def matches(subject: str, pattern: str) -> bool:
    """True when ``pattern`` occurs in ``subject`` (anchor with ^ and $ for a whole match)."""
    if len(subject) > MAX_SUBJECT:
        return False
    return compile_pattern(pattern).search(subject) is not None
