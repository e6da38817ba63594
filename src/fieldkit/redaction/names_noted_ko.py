"""Names as case notes and records write them (issue 11, round 19, from set AF).

An NGO's case log, a police report paraphrased, an interviewer's notes name people in
shapes a spoken answer never takes, each a strong cue whatever the word is:

* **a note in brackets after the name**: 봄(본명 미상), 옥(성 모름), 오금자(여, 51세),
  영숙(35)씨: only a person has a real name, a surname, a sex and an age noted so;
* **a case log's field before an age**: ``NK-0420 / 한옥 / 29세 / ...``: the field a
  slash opens and an age closes holds the woman's name;
* **what someone stated her name was**: 남혜련이라 진술, 김철이라 주장 (the naming cue
  이라고 without its 고, as records write it);
* **a name standing after another name's label**: 중국 이름 진밍스한테요, 한국 이름 서린:
  the label without its particle, the name after it;
* **a role and a surname as a message's speaker**: ``브로커 최: 500 위안이면``;
* **the name a woman went by, before her real one**: 키다리 본명은 리광이라나;
* **who was which name, once names were given** (round 27): 별명으로 불렀어요. 나는
  참새였고 ..., 중국 이름을 붙여줬는데 걔는 링링이었어요: after a naming word, the predicate
  of "I was" or "she was" is the name;
* **a name said not to be the real one** (round 27): 참새는 진짜 이름이 아니고, 달이는 본명이
  아니에요: only a name can be denied to be a real name;
* **the bank before an account number** (an organisation): 계좌는 농협 352-1184-2290-13.

An ordinary word found so is redacted uncertain (봄, 옥), as every strong cue's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from fieldkit.redaction import known_ko, korean
from fieldkit.redaction.anchored import literal_test, matches_near, positions
from fieldkit.redaction.cues_roles_ko import korean_hit
from fieldkit.redaction.cuewords import closed_words, person_nouns
from fieldkit.redaction.data import word_set
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_noted_names"]

_NOTE = lazy_pattern(
    r"(?<![가-힣0-9])([가-힣]{1,4})\((?:(?:본명|실명|성|이름)\s?(?:미상|모름|불명|비공개|없음)"
    r"|(?:여|남)(?:,\s?\d{1,3}세?)?|(\d{1,2})세?)\)"
)
"""Group 2 is a bare age: a weaker sign (졸업(91) is a year), for a word no list knows."""
_CASE_FIELD = lazy_pattern(r"/\s?([가-힣]{1,4})\s?/\s?(?:\d{1,3}세|나이)")
_STATED = lazy_pattern(r"(?<![가-힣])([가-힣]{2,4}?)(?:이라|라)\s(?:진술|주장|자칭|자백)")
_NAME_LABEL = lazy_pattern(
    r"(?:중국|한국|조선|북한|본|진짜|가짜|세례|새)\s이름\s([가-힣]{1,4}?)"
    r"(?:이한테|한테|에게|이가|가|이는|는|이를|를|은|을|과|와|도|만|이|이고|이에요|예요)?요?"
    r"(?=[\s.,!?)]|$)"
)
_NICK_BEFORE_REAL = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,4})\s(?:본명|본이름|진짜 이름|실명)(?:은|이)\s"
)
_NOT_REAL_NAME = lazy_pattern(
    r"(?<![가-힣])([가-힣]{1,4}?)(?:이는|은|는)\s(?:진짜\s?이름|본명|본이름|실명)이\s?아니"
)
_WAS_NAMED = lazy_pattern(
    r"(?<![가-힣])(?:나는|난|저는|전|걔는|쟤는|그 애는|애는|언니는|동생은|친구는)\s"
    r"([가-힣]{1,4}?)(?:이었|였)(?:고|어요|는데|지|다|음|습니다|슴다)"
)
_NAMING_WORDS = ("이름", "별명", "예명", "가명")
_NAME_NOUNS = word_set("이름 본명 실명 가명 별명 예명 그건 그거 이건 저건")
"""What can be said not to be a real name without being one (이름은 진짜 이름이 아니고)."""
_BANK_BEFORE_ACCOUNT = lazy_pattern(
    r"계좌(?:는|번호는|번호|가|:)?\s([가-힣A-Za-z]{2,8})\s?(?=\d{2,6}-\d{2,6}-\d{2,8})"
)
_ROLE_SURNAME = lazy_pattern(r"(?:^|\n|/\s?)([가-힣]{2,4})\s([가-힣]):")


def find_noted_names(folded: str, res: Resources) -> list[Hit]:
    """The names of the module docstring (each shape gated on its sign)."""
    out: list[Hit] = []
    if "(" in folded:
        notes = matches_near(folded, positions(folded, ("(",)), _NOTE(), 5, 24)
        out += _hits(notes, res, "noted_name")
    if "/" in folded:
        out += _hits(_CASE_FIELD().finditer(folded), res, "case_field_name")
    if _HAS_STATING(folded):
        out += _stated(folded, res)
    if " 이름 " in folded:
        labelled = (m for m in _NAME_LABEL().finditer(folded) if len(m.group(1)) >= 2)
        out += _hits(labelled, res, "labelled_name")
    if ":" in folded:
        out += _role_surnames(folded, res)
    if _HAS_REAL_NAME(folded):
        out += _nicknames(folded, res)
        out += _denied_names(folded, res)
    if _HAS_NAMING_WORD(folded):
        out += _named_as(folded, res)
    if "계좌" in folded:
        out += _banks(folded, res)
    return out


_NOMINAL_ENDINGS = frozenset("함됨임음짐")
"""One syllable that ends a note's sentence (통해서 함(본명모름): "done"), no name."""


_STATING = ("진술", "주장", "자칭", "자백")
_REAL_NAME = ("본명", "본이름", "진짜 이름", "실명")
_HAS_STATING = literal_test(_STATING)
_HAS_REAL_NAME = literal_test(_REAL_NAME)
_HAS_NAMING_WORD = literal_test(_NAMING_WORDS)
"""The gates of ``find_noted_names``: one search each, no generator (round 31, speed)."""
"""The rare parts of two shapes whose patterns open with a look-behind and a Hangul class:
those are tried only around these (``anchored.positions``; a long document, round 19)."""


def _hits(matches: Iterable[re.Match[str]], res: Resources, rule: str) -> list[Hit]:
    out: list[Hit] = []
    for match in matches:
        word = match.group(1)
        if word in closed_words("ko") or word in person_nouns("ko") or korean.verb_like(word, res):
            continue  # 본인(여, 51세), 남편(41): who, not a name
        if known_ko.verb_form(word, res):
            continue  # 새 이름 지을 때: a verb after the label
        aged = match.re is _NOTE() and match.group(2) is not None
        if aged and (word in res.lex_ko or korean.ordinary(word, res) or len(word) == 1):
            continue  # 졸업(91): a year after an event; only an unknown word is named so
        if len(word) == 1:
            if word not in _NOMINAL_ENDINGS:
                out.append(person_by_cue(match.start(1), match.end(1), rule, True))  # 옥(성 모름)
            continue
        hit = korean_hit(match.start(1), word, res, rule)
        if hit is not None:
            out.append(hit)
    return out


def _stated(folded: str, res: Resources) -> list[Hit]:
    """남혜련이라 진술: an ordinary word stated so is a claim (중국인이라 주장), not a name,
    unless it has a name's shape."""
    out: list[Hit] = []
    for match in matches_near(folded, positions(folded, _STATING), _STATED(), 9, 3):
        word = match.group(1)
        ordinary = word in res.lex_ko or korean.ordinary(word, res)
        if ordinary and not korean.name_shaped(word):
            continue
        out += _hits([match], res, "stated_name")
    return out


def _nicknames(folded: str, res: Resources) -> list[Hit]:
    """키다리 본명은 리광: a bare word, its affectionate 이 left out (봄날이 -> 봄날); never a
    word with its particle or a verb's connective (이름이고 본명은, 들으니 본명이)."""
    out: list[Hit] = []
    for match in matches_near(folded, positions(folded, _REAL_NAME), _NICK_BEFORE_REAL(), 6, 8):
        word = match.group(1)
        if korean.split_particle(word)[1] or word[-1] in "고니서면데":
            continue
        if word[-1] == "이" and korean.final_consonant(word[-2]):
            word = word[:-1]
        found = _hits([match], res, "nickname_before_real")
        hit = found[0] if found else None
        if hit is not None:
            out.append(hit._replace(end=hit.start + len(word)))
    return out


def _denied_names(folded: str, res: Resources) -> list[Hit]:
    """참새는 진짜 이름이 아니고: the subject of a denied real name is a name (a nickname, so
    an ordinary word, redacted uncertain by ``_hits``); never a word for a name itself."""
    out: list[Hit] = []
    near = matches_near(folded, positions(folded, _REAL_NAME), _NOT_REAL_NAME(), 7, 10)
    kept = (m for m in near if m.group(1) not in _NAME_NOUNS)
    out += _hits(kept, res, "denied_real_name")
    return out


def _named_as(folded: str, res: Resources) -> list[Hit]:
    """나는 참새였고: only within a few sentences after a naming word (never 나는 학생이었고
    alone), and never a word for a name or a count (``_hits``)."""
    out: list[Hit] = []
    near = matches_near(folded, positions(folded, _NAMING_WORDS), _WAS_NAMED(), 0, 90)
    out += _hits((m for m in near if m.group(1) not in _NAME_NOUNS), res, "was_named")
    return out


def _banks(folded: str, res: Resources) -> list[Hit]:
    """계좌는 농협 352-1184-...: the bank an account is held at, between the word and the
    number (uncertain: a national bank is many branches)."""
    out: list[Hit] = []
    for match in _BANK_BEFORE_ACCOUNT().finditer(folded):
        word = match.group(1)
        if word in closed_words("ko") or korean.verb_like(word, res):
            continue
        out.append(
            Hit.at(
                match.span(1), label="ORG", detector="cue", rule="bank_of_account", uncertain=True
            )
        )
    return out


def _role_surnames(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in matches_near(folded, positions(folded, (":",)), _ROLE_SURNAME(), 10, 1):
        if match.group(1) in person_nouns("ko") and match.group(2) in res.sur_ko_hangul:
            out.append(person_by_cue(match.start(2), match.end(2), "role_surname_speaker", False))
    return out
