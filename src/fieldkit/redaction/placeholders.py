"""Placeholders: in the text's language, and never more precise than the export.

A Korean story reads ``[인물-1]이 저를 [장소-1, 북한 동북부]에서 데려갔습니다``; an
English one ``[PERSON-1] took me from [PLACE-1, northeast North Korea]``; a Chinese one
keeps the English labels and names the region in Chinese (``[PLACE-1, 吉林省]``).  The
language is the caller's ``lang`` when it names one, else the field's own script
majority.  ``PLACEHOLDER`` matches both forms, so the auditor's re-scan, the audit report
and the scorer skip either.

The region shown in a place placeholder is the one the questionnaire's generalisation
gives the place's province (``PlaceRegions``): a village in North Hamgyong shows
"northeast North Korea", because the export shows her origin as that region and a
placeholder must not say more.  A spelling shared by several provinces, a province no
province question lists, and one the questionnaire puts in its catch-all group (other,
not said) show no region.  The caller (export, preview) passes the generalisation of the
questionnaire in use; the default is the built-in question set's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from fieldkit.redaction import data
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.textview import view

if TYPE_CHECKING:
    from fieldkit.questionnaire import Questionnaire

__all__ = [
    "LABEL_WORDS",
    "PLACEHOLDER",
    "PlaceRegions",
    "placeholder",
    "shown_detail",
    "text_language",
]

LABEL_WORDS: dict[str, str] = {
    "PERSON": "인물",
    "PLACE": "장소",
    "ORG": "기관",
    "ADDRESS": "주소",
    "PHONE": "전화",
    "ID_NUMBER": "신분번호",
    "EMAIL": "이메일",
    "URL": "링크",
    "ONLINE_ID": "계정",
    "DATE": "날짜",
    "OTHER": "기타",
}
"""Each label's word in a Korean placeholder (docs/redaction.md, "Placeholders": for review)."""

PLACEHOLDER = re.compile(
    r"\[(?:"
    + "|".join(sorted([*LABEL_WORDS, *LABEL_WORDS.values()], key=lambda w: (-len(w), w)))
    + r")-\d+(?:, [^\[\]\n]{1,40})?\]"
)
"""What a placeholder looks like, in either form; ``scan`` and the audit skip these."""

_HANGUL = lazy_pattern(r"[가-힣]")
_HANZI = lazy_pattern(r"[\u4e00-\u9fff]")
_LATIN_RUN = re.compile(r"[A-Za-z]+")
"""A run of Latin letters; the Hangul and Hanzi runs are the text view's (round 31)."""


def text_language(text: str, lang: str = "auto") -> str:
    """``en``, ``ko`` or ``zh``: ``lang`` when it names one, else the script most of the
    text is written in (a Hangul syllable or a Hanzi weighs three Latin letters)."""
    if lang in ("en", "ko", "zh"):
        return lang
    if text.isascii():
        return "en"
    known = view(text)  # the Hangul words the rules read too (round 9, speed)
    ko = 3 * _length(known.hangul_runs)
    zh = 3 * _length(known.hanzi_runs)  # none without a scan when there is no Hanzi
    if sum(map(len, _LATIN_RUN.findall(text))) >= max(ko, zh):
        return "en"  # English wins a tie, and a text of none of the three is English
    return "ko" if ko >= zh else "zh"  # Korean wins a tie with Chinese


def _length(runs: tuple[tuple[int, int], ...]) -> int:
    """How many characters the (start, end) runs hold: two sums at C speed, no generator
    frame (round 31, speed; ``test_redaction_speed_r31_pipeline``)."""
    return sum(map(_END, runs)) - sum(map(_START, runs))


_START: Callable[[tuple[int, int]], int] = itemgetter(0)
_END: Callable[[tuple[int, int]], int] = itemgetter(1)


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Province display name -> country code (nk, cn)."""
    return {
        province: code
        for kind, code, *rest in data.rows("regions.tsv")
        if kind == "country"
        for province in rest[0].split("|")
    }


@lru_cache(maxsize=1)
def _region_names() -> dict[tuple[str, str], dict[str, str]]:
    """(country, region code) -> language -> name."""
    out = {}
    for kind, country, *rest in data.rows("regions.tsv"):
        if kind == "region":
            code, en, ko, zh = rest
            out[(country, code)] = {"en": en, "ko": ko, "zh": zh}
    return out


@lru_cache(maxsize=1)
def _nations() -> dict[str, dict[str, str]]:
    """Country display name -> language -> name (``nation`` rows of ``regions.tsv``)."""
    return {
        display: {"en": en, "ko": ko, "zh": zh}
        for kind, display, *rest in data.rows("regions.tsv")
        if kind == "nation"
        for en, ko, zh in [rest]
    }


@lru_cache(maxsize=1)
def _province_names() -> dict[str, dict[str, str]]:
    """Province display name -> language -> its name (the first spelling in that script)."""
    out: dict[str, dict[str, str]] = {}
    for display, spellings in data.rows("provinces.tsv"):
        names = {"en": display}
        for spelling in spellings.split("|"):
            if _HANGUL().search(spelling):
                names.setdefault("ko", spelling)
            elif _HANZI().search(spelling):
                names.setdefault("zh", spelling)
        out[display] = names
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.casefold()).strip("_")


@dataclass(frozen=True)
class PlaceRegions:
    """Province (display name, as ``provinces.tsv`` has it) -> the region code the export
    shows for it.  A province not listed shows nothing."""

    by_province: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def none(cls) -> PlaceRegions:
        """Show no region at all."""
        return cls({})

    @classmethod
    def from_questionnaire(cls, questionnaire: Questionnaire) -> PlaceRegions:
        """The regions of every province that a ``map`` generalisation groups.

        A choice names a province when its value or English label is one of the
        engine's provinces.  A province grouped differently by two questions, or put
        in a question's catch-all group (``other``), shows no region."""
        found: dict[str, set[str]] = {}
        by_slug = {_slug(p): p for p in _province_names()}
        for question in questionnaire.questions():
            rule = question.generalise
            if rule is None or rule.kind != "map" or not isinstance(question.choices, str):
                continue
            for choice in questionnaire.choice_lists.get(question.choices, ()):
                label = choice.label.get("en", "")
                province = by_slug.get(_slug(choice.value)) or by_slug.get(_slug(label))
                if province is not None:
                    group = rule.mapping.get(choice.value, rule.other)
                    found.setdefault(province, set()).add("" if group == rule.other else group)
        return cls({p: next(iter(g)) for p, g in found.items() if len(g) == 1 and "" not in g})

    @classmethod
    def default(cls) -> PlaceRegions:
        """The built-in question set's generalisation."""
        return _default_regions()

    def shown(self, province: str, lang: str) -> str:
        """What a placeholder shows for a place in ``province``, in ``lang``; "" for none.

        A named city's "province" is its country (``cities.tsv``): it shows the country,
        always coarser than any generalisation the export applies."""
        nation = _nations().get(province)
        if nation is not None:
            return nation.get(lang) or nation["en"]
        code = self.by_province.get(province, "")
        if not code:
            return ""
        if _slug(code) == _slug(province):
            names = _province_names().get(province, {})
            return names.get(lang) or names.get("en", province)
        region = _region_names().get((_countries().get(province, ""), code))
        if region is None:
            return code.replace("_", " ")
        return region.get(lang) or region["en"]


@lru_cache(maxsize=1)
def _default_regions() -> PlaceRegions:
    """The ``default`` rows of ``regions.tsv``: the built-in question set's generalisation,
    written down so that redaction never loads the questionnaire (a test keeps them equal)."""
    return PlaceRegions({row[1]: row[2] for row in data.rows("regions.tsv") if row[0] == "default"})


def shown_detail(label: str, detail: str, *, lang: str, regions: PlaceRegions) -> str:
    """What a placeholder shows after its number: a place's region (``detail`` is its
    province), a date's kept year."""
    if label == "PLACE":
        return regions.shown(detail, lang) if detail else ""
    return detail


def placeholder(label: str, number: int, shown: str, *, lang: str) -> str:
    """One entity's stand-in: ``[PLACE-2, Jilin]``, ``[장소-2, 길림성]``, ``[DATE-1, 1987]``."""
    word = LABEL_WORDS.get(label, label) if lang == "ko" else label
    return f"[{word}-{number}, {shown}]" if shown else f"[{word}-{number}]"
