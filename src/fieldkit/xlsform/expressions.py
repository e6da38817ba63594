"""Translate XLSForm expressions into fieldkit's expression language.

fieldkit's language is a subset of XLSForm's: ``${name}`` references,
comparisons, arithmetic, ``and``/``or``/``not()`` and the functions of
``expr.FUNCTIONS`` (``selected()``, ``regex()``, ``position(..)``, ``sum()``,
``if()``, ...); bare names in a ``choice_filter`` are choice columns.  So a
translation renames references (XLSForm names may hold capitals, ``-`` and
``.``; fieldkit ids may not), refuses what the subset lacks with a message
naming the construct, and otherwise keeps the text exactly as written so that
a fieldkit -> XLSForm -> fieldkit round trip changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from fieldkit.errors import ExpressionError
from fieldkit.questionnaire import expr

__all__ = ["Untranslatable", "conjoin", "translate"]

_REF = re.compile(r"\$\{([^}]*)\}")
_CALL = re.compile(r"(?<![\w$\-:{])([A-Za-z_][\w:\-]*)\s*\(")
_PATH = re.compile(r"(^|[\s(,=<>!+*])(\.\.?/|/)\S")
_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")
_KNOWN = frozenset(expr.FUNCTIONS)
_SUPPORTED = (
    "fieldkit understands ${name}, ., comparisons, + - * div mod, and, or, and the "
    "functions listed in docs/questionnaire.md"
)
_ADVICE = {
    "jr:choice-name": "compare the choice value instead, e.g. ${q} = 'yes'",
    "today": "fieldkit records the interview date itself; compare with a fixed year",
    "now": "fieldkit records the interview date itself; compare with a fixed year",
    "indexed-repeat": "inside a repeat, ${q} is this instance's answer; outside it, use "
    "count(), sum(), min() or max() over the repeat's question",
}


class Untranslatable(Exception):
    """An expression uses something fieldkit's language does not have."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def translate(source: str, names: Mapping[str, str], skipped: frozenset[str]) -> str:
    """The fieldkit text of XLSForm ``source``; ``names`` maps XLSForm names to ids.

    Raises ``Untranslatable`` naming the first construct that cannot be kept.
    """
    text = source.strip()
    _refuse_paths(text)
    _refuse_functions(text)
    renamed = _REF.sub(lambda m: "${" + _rename(m.group(1), names, skipped) + "}", text)
    try:
        tree = expr.parse(renamed)
    except ExpressionError as error:
        raise Untranslatable(error.message, f"{_SUPPORTED}; rewrite the expression") from None
    return renamed if renamed == text else expr.to_source(tree)


def conjoin(sources: list[str]) -> str | None:
    """``a and b and c`` of already-translated expressions (None when there are none)."""
    if not sources:
        return None
    if len(sources) == 1:
        return sources[0]
    tree = expr.parse(sources[0])
    for source in sources[1:]:
        tree = expr.Binary("and", tree, expr.parse(source))
    return expr.to_source(tree)


def _rename(name: str, names: Mapping[str, str], skipped: frozenset[str]) -> str:
    name = name.strip()
    if name in names:
        return names[name]
    if name in skipped:
        raise Untranslatable(
            f"refers to '${{{name}}}', a phone metadata field that fieldkit does not keep",
            "remove the condition, or replace it by a question",
        )
    raise Untranslatable(
        f"refers to '${{{name}}}', which is not a question of this form",
        "check the spelling against the 'name' column",
    )


def _refuse_paths(text: str) -> None:
    bare = _STRING.sub("''", text)
    if _PATH.search(bare) or bare.startswith("/"):
        raise Untranslatable(
            "uses an XPath path ('/data/...' or '../...')",
            "refer to questions as ${name}",
        )
    for symbol, what in (("|", "node-set union '|'"), ("[", "XPath predicate '[...]'")):
        if symbol in bare:
            raise Untranslatable(f"uses {what}", _SUPPORTED)


def _refuse_functions(text: str) -> None:
    bare = _STRING.sub("''", _REF.sub("${x}", text))
    for match in _CALL.finditer(bare):
        name = match.group(1)
        if name in _KNOWN or name in ("and", "or", "div", "mod"):
            continue
        hint = _ADVICE.get(name, _SUPPORTED)
        raise Untranslatable(f"uses the function {name}(), which fieldkit does not have", hint)
