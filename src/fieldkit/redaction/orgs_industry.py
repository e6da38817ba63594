"""Korean company names with their industry word glued on (round 11 of issue 11).

South Korean and North Korean firms are named <name><industry>: 대동무역, 청산수산, a
textile mill 혜산방직, a parts maker 한빛정밀.  ``orgs.py`` finds a name before a kind noun
of ``orgs.tsv``; it had no 정밀, 방직, 기계 ..., and it redacted only the name before a
company's kind, while the annotation guidelines keep a company's kind inside its name
(``{{ORG:청산수산}}``, ``org_nouns.COMPANY_SUFFIX``).

The rule opens on the industry word (a closed list, ``_INDUSTRY``; one compiled trie, only
on a text holding one of their first syllables) and reads the name back: two to four Hangul
syllables glued before it, the word ending there (a particle, a copula, a bracket, (주), or
a workplace noun glued or spaced: 공장, 창고, 회사, 생산직 ...).  The whole <name><industry>
is the span.

* a gazetteer town as the name (혜산방직공장, 청진수산에서): an organisation, certain;
* a workplace word beside it (직장 X, 직장은 X, X 창고, X(주), X(에) 다니다, a plant's town and the
  workplace: X 시흥 공장, round 14b): certain; uncertain when
  the name is also a common word (대한물류 창고, but also 석유화학 공장: review decides);
* otherwise, a name that is no common word (삼화정밀에서): uncertain; a common word
  (대한, 국토, 자기) without such a context: nothing (국토개발, 자기개발 are phrases).

Never: the industry word alone or opening a word (전자 제품, 전자레인지, 수산물, 수산 시장),
a compound the dictionary or the word lists hold (농업기계, 석유화학, 방직공장), a closed
word or a verb form before it (우리전자, 했던화학), or a place before a market (부산수산시장:
the word does not end after the industry word).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from fieldkit.redaction import data, dictionary_ko, hangul, korean, ordinary_ko
from fieldkit.redaction.anchored import char_test
from fieldkit.redaction.cuewords import closed_words, person_nouns
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources

__all__ = ["INDUSTRY", "find_industry_orgs", "find_industry_orgs_zh"]

INDUSTRY = frozenset(
    str.split(
        "물류 정밀 방직 방적 전자 전기 전선 수산 건설 건업 식품 상사 상회 산업 공업 무역 "
        "물산 기계 섬유 화섬 화학 제약 유통 운수 통운 해운 개발 테크 제지 철강 금속 기공 "
        "산전 통상 교역 실업 의류 피혁 제화 완구 가구 인쇄 농산 축산 수출 철물 양행 제과 "
        "제분 양조 주류 중공업 엔지니어링 산업개발 종합상사 식자재 복장 피복 플라스틱 "
        "자동차 포장 반찬 건재 화장품 광업"
    )
)
"""Industry words a company's name ends in (closed; the 한국표준산업분류 section words a
firm's name takes, and North Korea's 방직, 피복, 복장; round 14c: 플라스틱;
round 31: 자동차, 포장, 반찬, 건재, 화장품, 광업)."""

_WORKPLACE = (
    r"공장|창고|회사|생산직|사무실|본사|지사|직원|사장|현장|라인|매장|물류센터|\(주\)|㈜|주식회사"
)
_AFTER = lazy_pattern(
    rf"\s?(?:{_WORKPLACE})|\s?\((?:주|[가-힣 ]{{2,12}})\)\s?(?:{_WORKPLACE})?"
    r"|(?:에|에서|를|을)?\s?(?:다니|다녀|다녔|다닐|다닌|일하|일해|일했|일할|일한|근무|취직|입사|출근)"
)
_BEFORE = lazy_pattern(
    r"(?:(?:직장|회사|일터|근무지)(?:은|는|이|가|도)?|\(주\)|㈜|주식회사|다니는|다니던|다녔던)\s?$"
)
_END = lazy_pattern(
    r"(?:\(주\)|㈜)?(?:이에요|예요|이야|이고|이라|이었[가-힣]{0,4}|였[가-힣]{0,4}|입니다|이랑|랑|에서|에|으로|로|은|는|"
    r"이|가|을|를|의|와|과|도|만)?(?![가-힣])"
)  # round 22: the copula's past with its ending (대명금속이었어요)
_NAME_BEFORE = lazy_pattern(r"(?<![가-힣])[가-힣]{2,4}$")


@lru_cache(maxsize=1)
def _rx() -> tuple[re.Pattern[str], Callable[[str], re.Match[str] | None]]:
    """The industries' pattern and a test for a text holding the first character of one
    (``char_test``: no set of the text built, round 31, speed)."""
    return re.compile(longest_first(INDUSTRY)), char_test(w[0] for w in INDUSTRY)


def find_industry_orgs(folded: str, res: Resources) -> list[Hit]:
    """<name><industry> companies (see the module's doc)."""
    out: list[Hit] = []
    pattern, has_first = _rx()
    if not has_first(folded):  # round 28, speed (round 31: a class, no set)
        return out
    for match in pattern.finditer(folded):
        name = _NAME_BEFORE().search(folded, max(0, match.start() - 4), match.start())
        if name is None:
            continue
        after = folded[match.end() : match.end() + 24]
        workplace = _AFTER().match(after) is not None or _branch_after(after, res)
        if not workplace and _END().match(after) is None:
            continue  # 전자레인지, 부산수산시장: the word goes on
        found = _judged(name.group(), match.group(), res, workplace or _before(folded, name))
        if found is not None:
            out.append(
                Hit.at(
                    (_latin_prefix(folded, name.start()), match.end()),
                    label="ORG",
                    detector="cue",
                    rule="industry_company",
                    uncertain=found,
                )
            )
    return out


def _latin_prefix(folded: str, start: int) -> int:
    """Where a firm's name starts when capitals are glued before it (CJ대한통운, LG전자):
    the group's letters are part of the name (round 29: the letters were left outside the
    span).  At most four capitals (or &), not glued to a lower-case word."""
    at = start
    while at > 0 and start - at < 4 and ("A" <= folded[at - 1] <= "Z" or folded[at - 1] == "&"):
        at -= 1
    if at == start or (at and folded[at - 1].isalnum()):
        return start
    return at


_BRANCH = lazy_pattern(rf"\s([가-힣]{{2,4}})\s?(?:{_WORKPLACE}|지점|공단)")


def _branch_after(after: str, res: Resources) -> bool:
    """A town and a workplace after the company: one of its plants (X식품 시흥 공장;
    round 14b).  A town, not any word: 대한물류 포장 공장 may be a trade."""
    branch = _BRANCH().match(after)
    if branch is None:
        return False
    town = branch.group(1)
    return town in res.gaz_hangul or town in res.gaz_marked


def _before(folded: str, name: re.Match[str]) -> bool:
    return _BEFORE().search(folded, max(0, name.start() - 8), name.start()) is not None


def _judged(stem: str, industry: str, res: Resources, context: bool) -> bool | None:
    """None: no company; else whether the company is uncertain."""
    word = stem + industry
    if word in res.lex_ko or dictionary_ko.noun(word) or word in korean_nouns():
        return None  # 농업기계, 석유화학: a compound noun
    if any(dictionary_ko.noun(stem[-k:] + industry) for k in (1, 2) if k < len(stem)):
        return None  # 가내수공업: the industry word ends a longer noun (수공업)
    if stem in INDUSTRY or stem in korean_nouns():
        return None  # 전자화학
    if stem in closed_words("ko") and not (context and _glued_closed(stem)):
        return None  # 우리전자: "our" modifies a noun
    if stem in res.gaz_hangul:
        return False  # 혜산방직, 청진수산: a town's enterprise
    if korean.verb_like(stem, res) or dictionary_ko.verb_form(stem):
        if context and len(stem) == 2 and _adnominal(stem[1]):
            return True  # 세진테크 다녀요: a firm's name shaped like 세지 + ㄴ (round 22)
        return None  # 했던화학
    common = stem in res.lex_ko_common or dictionary_ko.noun(stem)
    if context:
        if common:  # 석유화학 공장 (a trade) or 대한물류 창고 (a firm): review decides
            return True if len(stem) <= 2 else None  # 부동산개발 회사: a trade
        return False
    return None if common else True


_DETERMINING = frozenset(
    str.split("우리 저희 내 제 그 이 저 이런 그런 저런 요런 고런 모든 다른 어느 무슨 어떤 여러")
    + str.split("각 새 헌 온 딴")
)
"""Closed words that stand before a noun (pronouns, determiners): 우리전자 is "our trade"."""


def _glued_closed(stem: str) -> bool:
    """A closed word that modifies no noun (an adverb, a time or count word: 대신, 같이),
    glued to an industry word at a workplace (대신정밀에서 일해요): a firm's name, since
    nothing else joins the two without a space (round 29).  Never a determiner or pronoun,
    a person or kinship noun (엄마, 사장) or a paper (``ordinary_ko.closed``)."""
    if len(stem) < 2 or stem in _DETERMINING or stem in ordinary_ko.closed():
        return False
    return stem not in person_nouns("ko")


def _adnominal(syllable: str) -> bool:
    """A syllable closed by ㄴ that is no verb's usual modifier ending (던, 는, 은, 한, 된):
    the 진 of 세진 (세지 + ㄴ), which firms take as names."""
    return syllable not in "던는은한된" and hangul.decompose(syllable)[2] == "ㄴ"


INDUSTRY_ZH = re.compile(
    "物流|电子|纺织|食品|贸易|水产|机械|化工|制药|建筑|建设|实业|商贸|服装|精密|电器|五金|针织"
)
_ZH_VERB = frozenset("在去进到了")
_ZH_AFTER = lazy_pattern(r"(?:上班|工作|打工|干活|干了|做工|做了|当|的老板|的工人|里|[，。、；！])")


def find_industry_orgs_zh(folded: str, res: Resources) -> list[Hit]:
    """The Chinese form (在大韩物流上班): a place verb's object of two to four Hanzi and an
    industry word, before a verb of work or the clause's end; 公司 and 厂 after it are the
    kind nouns of ``orgs.py``.  Never a word or a kept name (在中国电子: 中国 is kept)."""
    out: list[Hit] = []
    for match in INDUSTRY_ZH.finditer(folded):
        if _ZH_AFTER().match(folded, match.end()) is None:
            continue
        start = match.start()
        while start > match.start() - 4 and _hanzi_name_char(folded, start - 1):
            start -= 1
        stem = folded[start : match.start()]
        if len(stem) < 2 or start == 0 or folded[start - 1] not in _ZH_VERB:
            continue  # 在那里做服装: 做 is no name; the name follows a verb of place
        if stem in res.keep_native or stem + match.group() in res.lex_zh:
            continue
        out.append(
            Hit.at(
                (start, match.end()),
                label="ORG",
                detector="cue",
                rule="industry_company_zh",
                uncertain=stem in res.lex_zh,
            )
        )
    return out


def _hanzi_name_char(folded: str, index: int) -> bool:
    char = folded[index : index + 1]
    return bool(char) and "\u4e00" <= char <= "\u9fff" and char not in _stem_cut()


@lru_cache(maxsize=1)
def _stem_cut() -> frozenset[str]:
    """The characters a Chinese name before its kind never holds (``orgs.tsv``)."""
    rows = data.rows("orgs.tsv")
    return frozenset("".join(words for kind, lang, words in rows if kind == "stem_cut"))
