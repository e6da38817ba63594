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
from fieldkit.questionnaire.messages import Message, sentence_of
from fieldkit.xlsform.catalog import x

__all__ = ["Untranslatable", "conjoin", "translate"]

_REF = re.compile(r"\$\{([^}]*)\}")
_CALL = re.compile(r"(?<![\w$\-:{])([A-Za-z_][\w:\-]*)\s*\(")
_PATH = re.compile(r"(^|[\s(,=<>!+*])(\.\.?/|/)\S")
_STRING = re.compile(r"'[^']*'|\"[^\"]*\"")
_KNOWN = frozenset(expr.FUNCTIONS)
_SUPPORTED = x("xls.expr.supported")
_ADVICE = {
    "jr:choice-name": "xls.advice.choice_name",
    "today": "xls.advice.today",
    "now": "xls.advice.today",
    "indexed-repeat": "xls.advice.indexed_repeat",
}


class Untranslatable(Exception):
    """An expression uses something fieldkit's language does not have: ``message`` and
    ``hint`` in English, ``sentence`` and ``advice`` as catalog messages for any reader."""

    def __init__(self, sentence: Message, advice: Message) -> None:
        super().__init__(sentence.text("en"))
        self.sentence, self.advice = sentence, advice
        self.message, self.hint = sentence.text("en"), advice.text("en")


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
        rewrite = x("xls.expr.rewrite", supported=_SUPPORTED)
        raise Untranslatable(sentence_of(error), rewrite) from None
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
        raise Untranslatable(x("xls.expr.metadata_ref", name=name), x("xls.expr.metadata_ref.hint"))
    raise Untranslatable(x("xls.expr.unknown_ref", name=name), x("xls.expr.unknown_ref.hint"))


def _refuse_paths(text: str) -> None:
    bare = _STRING.sub("''", text)
    if _PATH.search(bare) or bare.startswith("/"):
        raise Untranslatable(x("xls.expr.path"), x("xls.expr.path.hint"))
    for symbol, key in (("|", "xls.expr.union"), ("[", "xls.expr.predicate")):
        if symbol in bare:
            raise Untranslatable(x(key), _SUPPORTED)


def _refuse_functions(text: str) -> None:
    bare = _STRING.sub("''", _REF.sub("${x}", text))
    for match in _CALL.finditer(bare):
        name = match.group(1)
        if name in _KNOWN or name in ("and", "or", "div", "mod"):
            continue
        hint = x(_ADVICE[name]) if name in _ADVICE else _SUPPORTED
        raise Untranslatable(x("xls.expr.function", name=name), hint)
