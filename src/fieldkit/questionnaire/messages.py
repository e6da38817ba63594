"""Problems as keys and parameters, rendered in the reader's language.

A problem is built as a key and its parameters (``Message``), never as finished English:
the checker's reader may be a Korean coordinator, and a sentence translated after the fact
(by matching the English) breaks the day the English changes.  ``fieldkit.questionnaire.
catalog`` holds both languages of each kind in one place; ``Message.text(lang)`` fills in the
parameters, which are ids, values and counts from the file, the same in both languages.

A problem's place (``Place``) is built the same way: ``section 'x' > question 'y' >
relevant`` in English, ``섹션 'x' > 질문 'y' > relevant`` in Korean.  The format's own keys
(``relevant``, ``label``, ``constraints[0]``) are left as they are written in the file.

Pydantic's own messages (a wrong type, a value outside a range) come with pydantic's
English, kept as it is for English; their Korean is the catalog's sentence for the error
type (``pydantic.<type>``), filled from pydantic's context.  An error type the catalog does
not know keeps the English in Korean too (``tests/unit/questionnaire/test_messages.py``
lists every type the model can raise, so a new one fails until it is added here).  New
Korean wording is listed in docs/glossary.md, "Questionnaire checker", for a fluent reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Protocol, TypeAlias, TypeVar

from fieldkit.errors import ExpressionError, QuestionnaireError
from fieldkit.questionnaire.catalog import CATALOG, NOUNS, Sentence

__all__ = [
    "ExpressionSyntaxError",
    "Listed",
    "Message",
    "Param",
    "Place",
    "Said",
    "error_from",
    "pydantic_message",
    "say",
    "sentence_of",
]


@dataclass(frozen=True)
class Listed:
    """Names joined with ", ", or a word (``none``, ``none_defined``) when there are none."""

    items: tuple[str, ...]
    empty: str = "word.none"

    def text(self, lang: str) -> str:
        return ", ".join(self.items) or CATALOG[self.empty].get(lang)


@dataclass(frozen=True)
class Place:
    """Where a problem is: steps from the top of the file.  A step is ``(noun, id)`` for
    an element named by id (``("section", "start")``; an id ``#2`` is a position) or
    ``("", key)`` for a key of the format, written as in the file."""

    steps: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, *steps: tuple[str, str] | str) -> Place:
        return cls(tuple(s if isinstance(s, tuple) else ("", s) for s in steps))

    def __truediv__(self, step: tuple[str, str] | str) -> Place:
        return Place(self.steps + Place.of(step).steps)

    def text(self, lang: str) -> str:
        if not self.steps:
            return CATALOG["word.top_level"].get(lang)
        return " > ".join(_step(noun, name, lang) for noun, name in self.steps)

    def __str__(self) -> str:
        return self.text("en")


def _step(noun: str, name: str, lang: str) -> str:
    if not noun:
        return name
    word = NOUNS[noun].get(lang)
    return f"{word} {name}" if name.startswith("#") else f"{word} '{name}'"


@dataclass(frozen=True)
class Message:
    """One sentence of the catalog with its parameters; ``english`` (pydantic's own text)
    replaces the catalog's English when given."""

    key: str
    params: Mapping[str, Param] = field(default_factory=dict)
    english: str | None = None
    catalog: ClassVar[Mapping[str, Sentence]] = CATALOG
    """Where the key is looked up: a subclass brings its own sentences (XLSForm import)."""

    def text(self, lang: str) -> str:
        if lang != "ko" and self.english is not None:
            return self.english
        sentence = self.catalog.get(self.key)
        if sentence is None:  # an unmapped pydantic error type: its English, as given
            return self.english or self.key
        values = {name: _param(value, lang) for name, value in self.params.items()}
        return sentence.get(lang).format(**values)

    @property
    def kind(self) -> str:
        """The kind of problem: the key, or for an expression's syntax error (said with its
        column) the key of the reason."""
        what = self.params.get("what")
        return what.kind if self.key == "expr.at" and isinstance(what, Message) else self.key

    def __str__(self) -> str:
        return self.text("en")


Param: TypeAlias = str | int | float | Listed | Place | Message
"""A parameter: ids, values and counts are the same in every language; the rest is
rendered in the reader's language."""


def _param(value: Param, lang: str) -> str:
    if isinstance(value, (Listed, Place, Message)):
        return value.text(lang)
    return str(value)


def say(key: str, lang: str = "en", **params: Param) -> str:
    """One catalog sentence in ``lang``, filled in."""
    return Message(key, params).text(lang)


def pydantic_message(item: Mapping[str, object]) -> Message:
    """A pydantic error as a catalog message: its type, its context, its English."""
    context = item.get("ctx")
    params: dict[str, Param] = {}
    if isinstance(context, dict):
        params = {str(k): v if isinstance(v, (int, float)) else str(v) for k, v in context.items()}
    for name in ("expected", "expected_tags"):  # pydantic's "'a', 'b' or 'c'"
        if isinstance(params.get(name), str):
            params[name] = str(params[name]).replace("' or '", "', '")
    if f"word.{params.get('field_type')}" in CATALOG:
        params["field_type"] = Message(f"word.{params['field_type']}")
    return Message(f"pydantic.{item['type']}", params, english=str(item["msg"]))


class ExpressionSyntaxError(ExpressionError):
    """An expression that does not parse, with its reason as a catalog message so that the
    questionnaire checker can say it in the reader's language (``sentence_of``)."""

    def __init__(self, sentence: Message) -> None:
        super().__init__(sentence.text("en"), translations={"ko": sentence.text("ko")})
        self.sentence = sentence


def sentence_of(error: ExpressionError) -> Message:
    """The catalog message of an expression error (its English alone if it has none)."""
    if isinstance(error, ExpressionSyntaxError):
        return error.sentence
    return Message("expr.unmapped", english=error.message)


class Said(Protocol):
    """Anything that can be said in a language: a ``Message``, a checker ``Problem``, an
    XLSForm import ``Line``."""

    def text(self, lang: str) -> str: ...


_Error = TypeVar("_Error", bound=QuestionnaireError)


def error_from(
    kind: type[_Error],
    what: Said,
    *,
    where: str,
    hint: Said | None = None,
    details: Sequence[Said] = (),
) -> _Error:
    """A ``kind`` error saying ``what`` (with ``hint`` and further ``details``) in English,
    with the Korean beside it for ``fieldkit.error_text``: the one way the checker, the
    loader and the XLSForm import turn catalog sentences into an error."""
    return kind(
        what.text("en"),
        where=where,
        hint=hint.text("en") if hint else None,
        details=[line.text("en") for line in details],
        translations={"ko": what.text("ko")},
        hint_translations={"ko": hint.text("ko")} if hint else None,
        detail_translations={"ko": [line.text("ko") for line in details]},
    )
