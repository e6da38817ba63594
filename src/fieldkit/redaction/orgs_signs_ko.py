"""A business's sign, and a Latin name given to a Korean kind (issue 11, round 14).

Two ways a Korean testimony names a business that the kind-noun rules did not read:

- **the sign**: 간판은 X이었고, 간판이 X였어요, 간판 이름이 X, 'X' 간판: a signboard holds
  one thing, the business's name, so the word it is equated with (a copula, or the end of
  the clause) is the name, whatever word lists say (a dictionary word is uncertain); no
  kind noun is needed before it, as it is after 이름 (``orgs_ko``: 가게 이름이 X).  Never a
  verb (간판이 없었어요), a closed word (간판이 뭐였더라) or a language (간판은 중국어였어요);
- **a Latin name before a Korean kind**: an NGO, church or shop abroad keeps its English
  name in a Korean sentence (X라는 NGO가, X 교회에서, X라는 선교단체): capitalised words
  glued or spaced before the kind, or before (이)라는 and the kind, are its name.  Never a
  listed place (Yanji 식당: the place rules'), a kept word (Korea) or a kind itself (NGO).

Anchors: 간판 for the first (rare), a capital letter in a Hangul text for the second.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data, dictionary_ko, hangul, known_ko, korean
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.cuewords import alternation, closed_words, person_nouns
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["find_sign_orgs"]

_COPULA = (
    "이었고|였고|이었는데|였는데|이었어요|였어요|이었어|였어|이었다|였다|이었죠|였죠|이었지|였지|"
    "이에요|예요|이야|야|이고|고|이라고|라고|이라|라|이래요|래요|입니다|이다|다|인데"
)
_QUOTES = "'\"‘’“”"
_CAPITAL = re.compile("[A-Z]")
"""A capital Latin letter, looked for at C speed (round 15, speed: a Python loop over every
character of every Hangul text tested ``"A" <= c <= "Z"``, the same test)."""
_GROUP_KINDS = tuple(str.split("단체 선교단체 인권단체 지원단체 구호단체 선교회 NGO 재단 센터"))


@lru_cache(maxsize=1)
def _business_nouns() -> frozenset[str]:
    """Korean business nouns (식당, 교회), not the facilities (보위부, 교화소): a Latin
    word before a facility is an English sentence's (The 보위부 people, Not 교화소)."""
    return frozenset(
        w
        for kind, lang, words in data.rows("orgs.tsv")
        if kind == "business" and lang == "ko"
        for w in words.split("|")
    )


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    kinds = alternation(tuple(_business_nouns()) + _GROUP_KINDS)
    # opens on its capital, the look-behind after it (round 14, speed: tried at capitals only)
    latin = r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z'&.\-]*(?: [A-Z][A-Za-z'&.\-]*){0,3}"
    return {
        "sign": re.compile(
            rf"간판(?: ?이름)?(?:은|이|는|에는|엔)\s[{_QUOTES}]?([가-힣A-Za-z0-9]{{2,10}}?)"
            rf"[{_QUOTES}]?(?:(?:{_COPULA})?(?=[.,!?…)]|$)"
            r"|(?:이)?라고(?:만)?\s?(?:돼|되어|됐|적혀|써\s|쓰여|씌어|붙어|달려))"
        ),  # round 37: 간판은 금사라고만 돼 있었고 (what the sign said)
        "quoted_sign": re.compile(
            rf"[{_QUOTES}]([가-힣A-Za-z0-9 ]{{2,12}}?)[{_QUOTES}](?:이라는|라는|이란)?\s?간판"
        ),
        "latin": re.compile(
            rf"({latin})(?:(?:이라는|라는|이란|란) (?:([가-힣]{{1,4}}) )?| ?)(?:{kinds})"
            r"(?=[가-힣]{0,4}(?![가-힣]))"
        ),
    }


def _word_refused(word: str, res: Resources) -> bool:
    """What a sign cannot read: a verb, a closed word, a language's name."""
    if word in closed_words("ko") or korean.verb_like(word, res) or known_ko.verb_form(word, res):
        return True
    return word in res.lex_ko and word.endswith(("어", "말", "글"))


def _signs(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = _rx()
    found = [*rx["sign"].finditer(folded), *rx["quoted_sign"].finditer(folded)]
    for match in found:
        word = match.group(1).strip()
        if not word or _word_refused(word, res) or word in res.gaz_hangul:
            continue
        start = match.start(1) + match.group(1).index(word)
        out.append(
            Hit.at(
                (start, start + len(word)),
                label="ORG",
                detector="cue",
                rule="sign_org_ko",
                uncertain=word in res.lex_ko or korean.ordinary(word, res),
            )
        )
    return out


@lru_cache(maxsize=1)
def _latin_end() -> re.Pattern[str]:
    """The last letter of a Latin name before its kind: a Hangul syllable (a kind, or
    (이)라는) or a kind in Latin letters (NGO) follows, after one space or none."""
    latin_kinds = sorted(k for k in (*_business_nouns(), *_GROUP_KINDS) if not "가" <= k[0] <= "힣")
    after = "|".join(["[가-힣]", *map(re.escape, latin_kinds)])
    return re.compile(rf"[A-Za-z'&.\-] ?(?={after})")


def _latin_starts(folded: str) -> Iterator[int]:
    """Every start of a ``latin`` match (round 14, speed): the capitals of the (at most
    four) words, spaced by one space, before a letter ``_latin_end`` finds."""
    for found in _latin_end().finditer(folded):
        at, spaces = found.start(), 0
        while at >= 0:
            char = folded[at]
            if char == " ":
                spaces += 1
                if spaces > 3 or (at and folded[at - 1] == " "):
                    break
            elif not (char.isascii() and (char.isalpha() or char in "'&.-")):
                break
            elif "A" <= char <= "Z":
                yield at
            at -= 1


def _modifier(word: str, res: Resources) -> bool:
    """A word between (이)라는 and the kind that modifies the kind, not a noun of its own:
    a country or town (X라는 미국 단체, round 29) or an adjective's modifier (작은, 큰).
    Never a word with a particle or a person noun (X라는 사람)."""
    if word in person_nouns("ko"):
        return False
    if word in res.keep_native or word in res.gaz_hangul or word in res.gaz_marked:
        return True
    final = hangul.decompose(word[-1])[2] if "가" <= word[-1] <= "힣" else ""
    return final == "ㄴ" and (korean.verb_form(word, res) or dictionary_ko.verb_form(word))


def _latin_names(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in finditer_from(_rx()["latin"], folded, _latin_starts(folded)):
        start, name = match.start(1), match.group(1)
        while name and name.split(" ")[0].casefold() in res.function_en:
            head = name.split(" ")[0]
            start, name = start + len(head) + 1, name[len(head) + 1 :]
        if not name:
            continue  # The 식당 owner, Not 교회: an English sentence's words
        if match.group(2) and not _modifier(match.group(2), res):
            continue  # X라는 사람 교회: the word between is no modifier of the kind
        if name.isupper() and len(name) <= 4:
            continue  # NGO, KTV, UN: a kind or an agency's letters
        if res.keep_latin.get(name) is not None or res.gaz_latin.get(name) is not None:
            continue  # Korea 식당, Yanji 교회: a kind or a town
        span = (start, start + len(name))
        out.append(Hit.at(span, label="ORG", detector="cue", rule="latin_before_kind_ko"))
    return out


def find_sign_orgs(folded: str, res: Resources) -> list[Hit]:
    """Sign names and Latin names before a Korean kind (see the module doc); the caller
    runs this on Hangul texts only."""
    out: list[Hit] = []
    if "간판" in folded:
        out += _signs(folded, res)
    if view(folded).has_latin and _CAPITAL.search(folded) is not None:  # round 28, speed
        out += _latin_names(folded, res)
    return out
