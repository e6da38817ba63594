"""Strong cues: context that says "person" or "place", whatever the lexicon says.

Famous names are frequent words (a singer's, an actor's, a footballer's), and some
place names are ordinary words (통화 "phone call" is Tonghua).  Elsewhere the
word-frequency lexicon keeps an ordinary word; after a strong cue it may only
*downgrade* the candidate to uncertain (redacted and listed for review), never
keep it.  The cues (``data/cues.tsv``, where the hierarchy is written down):

* an honorific or title: 이민호 씨, 순희님, 김 선생, Ms. Baek, Auntie Rose, Officer Young;
* a role or kinship noun right before a name: 시어머니 김연아는, my husband Young Park;
* a naming cue: 이병헌이라고, 김철수라는 이름, 이름은 영희, called June, known as Park;
* a gazetteer spelling with a locative particle or a place suffix: 통화에서, 통화역.

A Korean name is the whole stem, two to four syllables, particles outside
(``korean.split_particle``): 시어머니 김연아는 gives 김연아, never 김연.  Closed
classes (pronouns, bound nouns, adverbs: ``not_name`` rows) are grammar, not the
lexicon, and are never names.  The Chinese cues live in ``chinese.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from fieldkit.redaction import data, korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.normalize import fold_key
from fieldkit.redaction.orgs import org_noun_before
from fieldkit.redaction.phrases import trie_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["CueWords", "closed_words", "cue_words", "find_cued", "gazetteer_entry"]


@dataclass(frozen=True)
class CueWords:
    """The rows of ``data/cues.tsv``: ``words[(kind, lang)]``."""

    words: dict[tuple[str, str], tuple[str, ...]]

    def get(self, kind: str, lang: str) -> tuple[str, ...]:
        """The words of one row, longest first."""
        return self.words.get((kind, lang), ())


@lru_cache(maxsize=1)
def cue_words() -> CueWords:
    """The cue lists (loaded once)."""
    out: dict[tuple[str, str], list[str]] = {}
    for kind, lang, words in data.rows("cues.tsv"):
        out.setdefault((kind, lang), []).extend(w for w in words.split("|") if w)
    ordered = {k: tuple(sorted(set(v), key=lambda w: (-len(w), w))) for k, v in out.items()}
    return CueWords(ordered)


def gazetteer_entry(spelling: str, res: Resources) -> tuple[str, bool] | None:
    """``(province, ambiguous)`` when ``spelling`` is a gazetteer place, else None.

    The one door from the cue rules into the gazetteer (whose data live in ``data.py`` and
    ``resources.py``, its matching in ``gazetteer.py``): the province is "" when the places
    so spelled lie in different provinces; ``ambiguous`` says the spelling is marked as
    also an ordinary word or a given name (``*`` or ``**`` in ``gazetteer.tsv``)."""
    key = spelling if not spelling.isascii() else fold_key(spelling)
    marked = res.gaz_marked.get(key)
    if marked is not None:
        return marked[0], True
    province = res.gaz_hangul.get(spelling)
    if province is None:
        province = res.gaz_hanzi.get(spelling)
    if province is None and spelling.isascii():
        province = res.gaz_latin.get(spelling)
    return None if province is None else (province, False)


def _alt(words: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_ABBREVIATIONS = frozenset({"Mr", "Ms", "Mrs", "Mx", "Dr", "Rev", "Prof", "Sr", "St"})
"""Titles that may take a dot (Mr. Lee); any other word before a dot ends a sentence."""
_PARTICLE_AFTER = f"(?:{_alt(korean.PARTICLES)})?(?![가-힣])"
_NAME_EN = r"[A-Z][a-z]+(?:['\-][A-Za-z][a-z]*)*"


@dataclass(frozen=True, kw_only=True)
class _Rx:
    role_ko: re.Pattern[str]
    honorific_first: re.Pattern[str]
    honorific: re.Pattern[str]
    particle_after: re.Pattern[str]
    name_before: re.Pattern[str]
    naming_first: re.Pattern[str]
    naming_cue: re.Pattern[str]
    naming_word: re.Pattern[str]
    naming_rest: re.Pattern[str]
    naming_before: re.Pattern[str]
    locative: re.Pattern[str]
    place_suffix: re.Pattern[str]


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    c = cue_words()
    honorific = _alt(c.get("honorific", "ko"))
    place_after = _alt(c.get("place_after", "ko"))
    suffix = _alt(c.get("place_suffix", "ko"))
    return _Rx(
        role_ko=re.compile(rf"(?:{_alt(c.get('role', 'ko'))})인?,?\s([가-힣]{{2,9}})"),
        honorific_first=re.compile(
            "[" + "".join(sorted({w[0] for w in c.get("honorific", "ko")})) + "]"
        ),
        honorific=re.compile(f"(?:{honorific})"),
        particle_after=re.compile(_PARTICLE_AFTER),
        name_before=re.compile(r"(?<![가-힣])([가-힣]{2,4}?)\s?$"),
        naming_first=re.compile("[라란래]"),
        naming_cue=re.compile(f"(?:{_alt(c.get('naming_after', 'ko'))})"),
        naming_word=re.compile(r"(?<![가-힣])([가-힣]{2,5})$"),
        naming_rest=re.compile(r"(?:(?=[^가-힣]|$)|\s?([가-힣]+))"),
        naming_before=re.compile(
            rf"(?:{_alt(c.get('naming', 'ko'))})\s?[\"“'‘]?([가-힣]{{2,9}})(?![가-힣])"
        ),
        locative=re.compile(
            rf"(?<![가-힣])([가-힣]{{2,6}}?)(?:({suffix})(?:{place_after})?|{place_after})"
            r"(?![가-힣])"
        ),
        place_suffix=re.compile(rf"(?:{suffix})$"),
    )


@lru_cache(maxsize=4)
def closed_words(lang: str) -> frozenset[str]:
    """Words that are never a name after a cue: closed classes, roles and honorifics
    (less surnames: "Son" is a role and a surname)."""
    c = cue_words()
    words = c.get("not_name", lang) + c.get("role", lang) + c.get("honorific", lang)
    titles = data.titles()
    words += titles.get(("suffix", lang), ()) + titles.get(("prefix", lang), ())
    surnames = {s.casefold() for r in (*data.surnames_ko(), *data.surnames_zh()) for s in r.latin}
    return frozenset(words) | (frozenset(w.casefold() for w in words) - surnames)


@lru_cache(maxsize=1)
def _possessed() -> frozenset[str]:
    return frozenset(cue_words().get("possessed", "ko"))


def _korean_candidate(stem: str, res: Resources) -> bool | None:
    """None when ``stem`` is no name after a cue; else whether it is only *uncertain*
    (an ordinary word that a strong cue still redacts)."""
    if not 2 <= len(stem) <= 4 or stem in closed_words("ko") or stem in res.keep_native:
        return None
    if stem[-1] == "들" and stem[:-1] in res.lex_ko:
        return None  # a plural: 사람들, 여자들
    if stem[-1] == "인" and stem[:-1] in closed_words("ko"):
        return None  # 부인인: "who is the wife"
    return stem in res.lex_ko or korean.ordinary(stem, res)


def _korean_hit(start: int, stem: str, res: Resources, rule: str) -> Hit | None:
    uncertain = _korean_candidate(stem, res)
    if uncertain is None:
        return None
    suffix = "_ordinary" if uncertain else ""
    return Hit(
        start=start,
        end=start + len(stem),
        label="PERSON",
        detector="cue",
        rule=rule + suffix,
        uncertain=uncertain,
    )


def _token_stem(token: str, res: Resources) -> str:
    """The name in a token: the stem before its particles (김연아는 -> 김연아)."""
    return korean.name_stem(token, res, cued=True)[0]


def _korean_roles(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _rx().role_ko.finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue  # the role noun must start a word (a look-behind made this 50x slower)
        token = match.group(1)
        stem = _token_stem(token, res)
        if stem in closed_words("ko") or korean.split_particle(token)[0] in closed_words("ko"):
            continue  # 경찰 아저씨가, 남편 딸이: a title or kinship word, not a name
        if (
            re.sub("(?:이라서|이라도|이라|라서)$", "", korean.split_particle(token)[0])
            in _possessed()
        ):
            continue  # 브로커 전화번호는, 언니 생일이라: what is hers, not who
        for honorific in cue_words().get("honorific", "ko"):
            if stem.endswith(honorific) and len(stem) > len(honorific) + 1:
                stem = stem[: -len(honorific)]  # 남편 김철수씨가
                break
        if len(stem) == 2 and stem[1] in "가는를와도의" and stem[0] in res.lex_ko:
            continue  # 브로커 차가 왔다: a one-syllable word and its particle (the car)
        affectionate = korean.affectionate_i(token, stem, res, closed_words("ko"))
        if affectionate is not None:
            yield affectionate._replace(
                start=match.start(1),
                end=match.start(1) + len(stem) + 1,
                core=(match.start(1), match.start(1) + len(stem)),
            )
            continue
        hit = _korean_hit(match.start(1), stem, res, "role_before_name")
        if hit is not None and not korean.verb_stem(stem, res):
            yield hit


def _honorifics_at(folded: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, spaced) of every Korean honorific a name may stand before, with a
    particle or nothing after it.  The rules look back from here: a pattern opening
    with a look-behind was tried at every position (a tenth of a long document's time)."""
    rx = _rx()
    for first in rx.honorific_first.finditer(folded):
        found = rx.honorific.match(folded, first.start())
        if found is None or rx.particle_after.match(folded, found.end()) is None:
            continue
        start = found.start()
        spaced = start > 0 and folded[start - 1] == " "
        yield start - spaced, found.end(), spaced


def _korean_honorifics(folded: str, res: Resources) -> Iterator[Hit]:
    rx = _rx()
    for start, end, spaced in _honorifics_at(folded):
        before = rx.name_before.search(folded, max(0, start - 4), start)
        if before is None:
            continue
        if spaced:
            hit = _spaced_honorific(before.group(1), before.start(1), res)
        else:
            hit = _glued_honorific(folded, before.group(1), before.start(1), end, res)
        if hit is not None:
            yield _with_honorific(hit, end)


def _glued_honorific(folded: str, stem: str, start: int, end: int, res: Resources) -> Hit | None:
    honorific = folded[start + len(stem) : end]
    tail = rx_tail.group() if (rx_tail := _rx().particle_after.match(folded, end)) else ""
    if _token_stem(stem + honorific + tail, res) in res.lex_ko:
        return None  # 날씨, 마음씨, 손님, 아저씨: the whole word is an ordinary word
    if honorific == "님" and stem in res.lex_ko and stem[-1] in _OFFICE_END:
        return None  # 선교사님, 원장님: 님 after an office is a title, not a name
    if honorific == "씨" and folded[end : end + 1] == "야":
        return None  # 로씨야 (Russia): no vocative follows 씨
    return _korean_hit(start, stem, res, "honorific_after_name")


def _spaced_honorific(token: str, start: int, res: Resources) -> Hit | None:
    stem, tail = korean.split_particle(token)
    if tail and (stem in res.lex_ko or stem in closed_words("ko")):
        return None  # 학교의 선생님: "the teacher of the school", no name
    if token[-1] == "던" or korean.verb_like(token, res):
        return None  # 같이 일하던 동무: a verb's adnominal form, no name
    return _korean_hit(start, token, res, "honorific_after_name")


_OFFICE_END = frozenset("사장원수관부생감님")
"""Last syllables of office and profession nouns (선교사, 원장, 교수, 선생)."""


def _with_honorific(hit: Hit, end: int) -> Hit:
    """The span with its honorific (이민호 씨, 순희님: redacted with the name, as 김씨 is);
    the name alone is what propagation looks for."""
    return hit._replace(end=end, core=(hit.start, hit.end))


def _naming_stem(stem: str, cue: str, after: str, res: Resources) -> tuple[str, bool] | None:
    """(the noun before a naming cue, whether the cue is strong), or None after a verb.

    Morphology decides: a noun ending in a consonant takes 이라고 (이병헌이라고), a strong
    cue, since only a noun takes it.  One ending in a vowel takes 라고 (김연아라고), which
    also reports an order after a verb stem (기다리라고, 떠나라고: the word lists hold verb
    stems and nouns alike), so it is strong only before a naming verb (라고 불렀다) and
    otherwise an ordinary word is no name.  라고 after a consonant is a verb (달라고)."""
    if cue.startswith("이") and not korean.final_consonant(stem[-1]):
        stem, cue = stem + "이", cue[1:]  # 고양이라고: the noun is 고양이
    elif stem[-1] == "이" and korean.final_consonant(stem[-2]):
        if stem[:-1] in closed_words("ko"):
            return None  # 집이라고: 집 + 이라고
        if len(stem) > 2:
            stem, cue = stem[:-1], "이" + cue
    if cue.startswith("이"):
        return stem, True
    if korean.final_consonant(stem[-1]) or korean.verb_stem(stem, res):
        return None
    return stem, bool(_NAMING_VERB.match(after))


_NAMING_VERB = re.compile(r"\s?(?:불렀|부르|불러|부릅|불리|부른|불린|불렸|소개)")


_COPULA = frozenset(
    str.split(
        "이다 다 이야 야 입니다 이었다 였다 이었습니다 였습니다 이고 고 이며 며 라고 이라고 예요 "
        "이에요 이래요 래요 인데 이었는데 였는데 이지만 이었고 였고 이라는 라는 이라 라 이란 란 "
        "이었어요 였어요 이었지요 였지요 이었죠 였죠 이었슴다 였슴다 이었대요 였대요"
    )
)
"""What follows the name after 이름은/이름이: a copula or a quotation (영희였다, 영희라고)."""


_ASKING = ("뭐", "머", "무엇", "누구", "어디", "몰라", "모르", "생각")


def _place_name(stem: str, res: Resources) -> bool:
    """A gazetteer spelling, or a word with a place suffix (평화촌이라고, 연길이라고)."""
    entry = gazetteer_entry(stem, res)
    if entry is not None:
        return not entry[1]  # 가람 is also a far county's reading: a name after 딸이
    suffix = _rx().place_suffix.search(stem)
    if suffix is None or suffix.start() < 2 or suffix.group() in _NAME_SYLLABLE_SUFFIXES:
        return False
    return not korean.name_shaped(stem, res)


_NAME_SYLLABLE_SUFFIXES = frozenset(("현", "진", "동", "구"))
"""Place suffixes that also end many given names (전지현, 김민진): no place by themselves."""


def _naming_after(
    folded: str,
) -> Iterator[tuple[int, str, re.Match[str], re.Match[str]]]:
    """(start, the word before, the cue, what follows) for every 이라고/라는/이란 ...:
    found at its 라, 란 or 래 and read back from there (the shortest word before it wins:
    이병헌이라고 is 이병헌 + 이라고)."""
    rx = _rx()
    for anchor in rx.naming_first.finditer(folded):
        at = anchor.start()
        starts = (at - 1, at) if at and folded[at - 1] == "이" else (at,)
        for cue_start in starts:
            cue = rx.naming_cue.match(folded, cue_start)
            name = rx.naming_word.search(folded, max(0, cue_start - 5), cue_start)
            if cue is None or name is None:
                continue
            after = rx.naming_rest.match(folded, cue.end())
            if after is not None:
                yield name.start(1), name.group(1), cue, after
                break


_OWN_COPULA = ("에요", "예요", "었", "였", "야", "다", "고", "라", "지", "죠", "래")


def _korean_naming(folded: str, res: Resources) -> Iterator[Hit]:
    c = cue_words()
    rx = _rx()
    for start, name, cue, after in _naming_after(folded):
        if start and folded[start - 1].isdigit():
            continue  # 83년생이라고: a counter after a number
        noun = _token_stem(after.group(1), res) if after.group(1) else ""
        if noun in c.get("not_naming", "ko"):
            continue  # X라는 것: a quotation, not a name
        found = _naming_stem(name, cue.group(), folded[cue.end() :][:6], res)
        if found is None:
            continue
        stem, strong = found
        strong = strong or noun in c.get("naming_noun", "ko")  # 김연아라는 이름, 라는 여자
        ordinary = stem in res.lex_ko or korean.ordinary(stem, res)
        if not strong and ordinary and not korean.name_shaped(stem):
            continue  # a medium cue: the lexicon still decides
        label = "PLACE" if noun in c.get("place_noun", "ko") or _place_name(stem, res) else "PERSON"
        hit = _korean_hit(start, stem, res, "naming_cue")
        if hit is not None:
            yield hit._replace(label=label)
    for match in rx.naming_before.finditer(folded):
        stem, tail = korean.name_stem(match.group(1), res, cued=True)
        if match.group(1).startswith(_ASKING):
            continue  # 이름이 뭐더라: "what was it", no name yet
        if folded[match.start(1) - 1] != " " and match.group(1).startswith(_OWN_COPULA):
            continue  # 붙인 이름이에요: the copula of 이름 itself, no name after it
        if korean.verb_like(match.group(1), res) and stem not in res.given_ko:
            continue  # 이름이 똑같다고: a verb follows, not a name
        if re.search("(?<!이)[았었]", match.group(1)):
            continue  # 이름이 같았어요: 았/었 follow a verb stem, never a name (이었, 였)
        if (tail and tail not in _COPULA) or (not tail and korean.verb_form(stem, res)):
            continue  # 이름은 증명서에만, 이름이 아닌: the name is not what follows
        hit = _korean_hit(match.start(1), stem, res, "naming_cue")
        if hit is not None:
            yield hit


def _korean_places(folded: str, res: Resources) -> Iterator[Hit]:
    """A gazetteer spelling that is also an ordinary word, with a locative particle or a
    place suffix (통화에서, 통화역): a place, uncertain unless a suffix says so."""
    closed = closed_words("ko")
    for match in _rx().locative.finditer(folded):
        if match.start() and folded[match.start() - 1].isdigit():
            continue  # 5,000위안에: a currency after a number
        stem, suffix = match.group(1), match.group(2) or ""
        entry = gazetteer_entry(stem, res)
        if entry is None or not entry[1] or stem in closed:
            continue  # not a place, or one the gazetteer finds itself (not ambiguous)
        end = match.end(1) + len(suffix)
        if suffix and korean.verb_like(folded[match.start(1) : match.end()], res):
            continue  # 안다구 했다: a verb (Yanbian 안다고), not 안다 + 구
        rule = "gazetteer_place_suffix" if suffix else "gazetteer_locative_ordinary"
        yield Hit(
            start=match.start(1),
            end=end,
            label="PLACE",
            detector="cue",
            rule=rule,
            uncertain=not suffix,
            detail=entry[0],
        )


_NOT_NAMES_EN = frozenset(
    str.split(
        "the a an i he she we they it this that these those his her my our their your its me "
        "him them us you who which what when where there then and or but"
    )
)
"""Articles, pronouns and conjunctions: never a name after a cue.  Other function words
are, capitalised after a title: In, So, Do and Ha are Korean surnames, May a name."""


def _english_words(text: str, res: Resources) -> list[re.Match[str]]:
    """The name words of a capitalised run after a cue, up to a function word, a kept
    place word, a role or title, or a pronoun."""
    closed = closed_words("en")
    kept: list[re.Match[str]] = []
    for token in re.finditer(r"[A-Za-z][A-Za-z'\-]*", text):
        word = re.sub(r"'s$", "", token.group())
        low = word.casefold()
        if low in _NOT_NAMES_EN or low in closed:
            if kept:
                break
            continue  # "Auntie" in "called Auntie Kim": the name follows
        if word in res.keep_latin and not _month_name(word, res):
            break
        kept.append(token)
    return kept


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    return frozenset(w for cat, w in data.keep_entries() if cat == "month")


def _month_name(word: str, res: Resources) -> bool:
    """A month that is also a given name (June, May): a name after a cue."""
    return word in _months() and word.casefold() in data.given_en()


def _english_hit(
    folded: str, start: int, end: int, res: Resources, rule: str, core_from: int | None
) -> Hit | None:
    words = _english_words(folded[start:end], res)
    if not words:
        return None
    first = start + words[0].start()
    last = start + words[-1].end()
    if folded[last - 2 : last] == "'s":
        last -= 2
    ordinary = all(
        w.group().casefold() in res.lex_en
        and w.group().casefold() not in res.given_en
        and w.group().casefold() not in res.sur_ko_latin
        for w in words
    )
    suffix = "_ordinary" if ordinary else ""
    if core_from is not None:
        return Hit(
            start=core_from,
            end=last,
            label="PERSON",
            detector="cue",
            rule=rule + suffix,
            uncertain=ordinary,
            detail="",
            key="",
            core=(first, last),
        )
    return Hit(
        start=first,
        end=last,
        label="PERSON",
        detector="cue",
        rule=rule + suffix,
        uncertain=ordinary,
    )


@lru_cache(maxsize=1)
def _bound_titles() -> frozenset[str]:
    """English honorifics redacted with the name (Ms., Comrade): ``honorific`` rows of
    ``titles.tsv``; every other title and role stays in the text."""
    return frozenset(w.casefold() for w in data.titles()[("honorific", "en")])


_NAME_EN_RUN = rf"({_NAME_EN}(?:[ \-]{_NAME_EN}){{0,2}})"


def _first_word(phrase: str) -> str:
    return re.split(r"[\s\-.]", phrase.casefold(), maxsplit=1)[0]


@lru_cache(maxsize=1)
def _english_cues() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(titles and roles, naming cues) before an English name, by their first word."""
    c = cue_words()
    out: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
    kinds = (c.get("honorific", "en") + c.get("role", "en"), c.get("naming", "en"))
    for index, words in enumerate(kinds):
        for word in words:
            out[index].setdefault(_first_word(word), []).append(word)
    return tuple({k: tuple(v) for k, v in d.items()} for d in out)  # type: ignore[return-value]


@lru_cache(maxsize=1024)
def _english_rx(titles: tuple[str, ...], naming: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """(title regex, naming regex) over the cue words a text holds: one big alternation
    tried at every position cost a fifth of redaction time."""
    never = "(?!x)x"
    abbreviations = trie_pattern(set(_cases([w for w in titles if w in _ABBREVIATIONS])))
    others = trie_pattern(set(_cases([w for w in titles if w not in _ABBREVIATIONS])))
    title = rf"(?:({abbreviations or never})(\.?)|({others or never})),?\s+{_NAME_EN_RUN}"
    cue = trie_pattern(set(_cases(naming))) or never
    named = rf"(?:{cue})[:,]?\s+(?:the\s+)?[\"“'‘]?{_NAME_EN_RUN}"
    return re.compile(title), re.compile(named)


def _cases(words: list[str] | tuple[str, ...]) -> list[str]:
    """Each word in lower case, capitalised and in capitals: a case-sensitive alternation
    without a look-behind is several times faster than ``(?i:...)`` (the word boundary
    before it is checked on the few matches, ``_starts_word``)."""
    return [v for w in words for v in {w.lower(), w[:1].upper() + w[1:].lower(), w.upper()}]


def _starts_word(folded: str, start: int) -> bool:
    return start == 0 or not (folded[start - 1].isalnum() or folded[start - 1] in "'_")


def _english(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    by_title, by_naming = _english_cues()
    titles = tuple(w for first in sorted(words & by_title.keys()) for w in by_title[first])
    naming = tuple(w for first in sorted(words & by_naming.keys()) for w in by_naming[first])
    if not titles and not naming:
        return
    title_rx, naming_rx = _english_rx(titles, naming)
    if len(titles) > _MANY_TITLES:
        yield from _titled(folded, res, _CANDIDATE, frozenset(w.casefold() for w in titles))
    elif titles:
        yield from _titled(folded, res, title_rx)
    if naming:
        yield from _named(folded, res, naming_rx)


_MANY_TITLES = 40
_CANDIDATE = re.compile(rf"\b([A-Za-z]+(?:-[a-z]+)*)(\.?)(),?\s+{_NAME_EN_RUN}")
"""Any word before a capitalised one: for a long document holding most title words,
testing each such word against a set beats one long alternation.  The ``\b`` spares the
engine every start inside a word (half the time of this pattern)."""


def _titled(
    folded: str, res: Resources, title_rx: re.Pattern[str], among: frozenset[str] | None = None
) -> Iterator[Hit]:
    for match in title_rx.finditer(folded):
        if not _starts_word(folded, match.start()):
            continue
        word = match.group(1) or match.group(3)
        if among is not None:
            if word.casefold() not in among:
                continue
            if match.group(2) and word not in _ABBREVIATIONS:
                continue  # "sister." ends a sentence
        if word.islower() and word.casefold() in _bound_titles() and not match.group(2):
            continue  # "miss" the verb, "madam": lower-case, no dot
        bound = word.casefold() in _bound_titles()
        core_from = match.start() if bound else None
        name = match.span(4)
        hit = _english_hit(folded, *name, res, "title_before_name", core_from)
        if hit is not None:
            yield hit


def _named(folded: str, res: Resources, naming_rx: re.Pattern[str]) -> Iterator[Hit]:
    for match in naming_rx.finditer(folded):
        if not _starts_word(folded, match.start()):
            continue
        before = folded[max(0, match.start() - 25) : match.start()].casefold()
        hit = _english_hit(folded, match.start(1), match.end(1), res, "naming_cue", None)
        if hit is None:
            continue
        if re.search(r"(village|town|city|county|place|area|river|mountain)\W*$", before):
            hit = hit._replace(label="PLACE")
        elif org_noun_before(before):
            hit = hit._replace(label="ORG")  # a restaurant called the Happy Dragon
        yield hit


def find_cued(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """Every strong-cue hit in folded text (detector ``cue``); ``words`` are the text's
    lower-case Latin words (``phrases.words_of``)."""
    if re.search(r"[가-힣]", folded):
        yield from _korean_roles(folded, res)
        yield from _korean_honorifics(folded, res)
        yield from _korean_naming(folded, res)
        yield from _korean_places(folded, res)
    if words:
        yield from _english(folded, res, words)
