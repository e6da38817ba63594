"""Round 15 speed: patterns compiled on first use are the patterns they replaced.

Start-up compiled every module-level pattern at import; round 15 declares the 231
that fewer than a quarter of the development passages reach (in any one language)
with ``lazy.lazy_pattern``, a cached getter.  These tests compare, never time:

* every lazy getter compiles, returns one object ever after, and equals
  ``re.compile`` of its source and flags;
* import + ``Redactor.default()`` compiles none of them (else the start-up saving
  is silently lost);
* the 231 patterns, sources and flags, hash to what the eager ``re.compile`` calls
  they replaced gave on main eb6d825.  Some are alternations built from sets, whose
  order follows the string hash, so both sides are hashed with ``PYTHONHASHSEED=0``.
  A later change to one of these patterns on purpose updates ``_EAGER_DIGEST``.

Korean per call: ``family_names_ko._mandarin_names`` keeps its answer per token (cold and
warm, it finds what the rule as it was finds, and ``forget_texts`` empties it), and
``orgs_signs_ko`` looks for a capital with a regex instead of a loop over the text, and three
whole-text scans run only where a literal every match holds stands (when the gate is shut,
the pattern finds nothing).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from fieldkit.redaction import (
    Redactor,
    address_terms_ko,
    family_names_ko,
    korean,
    orgs_kinds,
    orgs_schools_ko,
    orgs_signs_ko,
)
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import LAZY
from fieldkit.redaction.mandarin_ko import mandarin_surnames
from fieldkit.redaction.memory import forget_texts
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.resources import Resources
from speed_helpers import made_texts, passages

_PIECES = (
    "쑨더하이",
    "쑨더하이가 ",
    "장만 ",
    "정두만 ",
    "왕리",
    "왕리는 ",
    "류",
    "자오",
    "진짠지 ",
    "이천원 ",
    "한번 ",
    "저우",
    "리밍이 ",
    "Kim ",
    "A",
    "Ａ",
    "ß",
    "İ",
    "z",
    " ",
    ", ",
    "\n",
    "가",
    "만",
    "이",
    "서울초",
    "한빛여고",
    "중",
    "고 ",
    "2학년",
    "학생",
    "다녀요",
    "나왔어",
    "박 ",
    "주무관",
    "계장님",
    "사무관",
    " 김 ",
    "과장 ",
)

_EAGER_DIGEST = "81b5391630ca1cbf1426db5816f90e89f95de340b24f3e2063425f18345bb465"
"""sha256 of the sorted ``module.NAME<TAB>flags<TAB>pattern`` lines of ``_MADE_LAZY`` on
main eb6d825 (every one an eager ``re.compile`` there), with ``PYTHONHASHSEED=0``; updated
in round 17, when ``korean.PARTICLES`` (which some of them are built from) gained 라고들
and 이고요, ``introductions._COPULA`` 이고요, and the English address patterns lower-case
apt and suite, and three of ``orgs``'s patterns moved with the "of" rule to ``orgs_of_en``;
and in round 18, when ``lists_people_ko._COUNTER`` gained 두 친구, 둘 다 and
``spelled._KO_PHONE`` a last group before an answer's copula (삼삼공구요), and
``korean.PARTICLES`` 에서였어요, 에서요 and 이든 (some of these patterns are built from it),
and ``gazetteer._HANGUL_GOES_ON`` a place's copula (왕청이었어요) and 작업반; and in round
21, when ``korean.PARTICLES`` gained 에나, 이라나, 론, 두 and the spoken 라구는, 냐구,
``gazetteer._HANGUL_GOES_ON`` the verbs of living glued (부천살아요), ``lists_people_ko``'s
joined lists 하구 and ``_COUNTER`` 둘이, and the particles 이라곤, 은커녕; and in round 25,
when ``gazetteer._HANGUL_GOES_ON`` gained the spoken 하구 after a place (연길하구 남양) and
four of ``propagate``'s patterns moved, unchanged, to ``person_again_ko`` (named by their
old module in the digest's lines); and in round 26, when ``spelled._SLASH_DATE`` read a
day first (14/3) and a full stop after (5/21.), and ``namelike_ko._FIRST_PERSON`` the
spoken 하구 after the speaker (나하구, read beside it by a tuple of its own before):
78cdfac3... before them (moving ``patterns._MARKED_ID`` to ``online_words`` left that
unchanged; nor did splitting ``gazetteer_latin`` from ``gazetteer`` in round 27); and in
round 27, when ``gazetteer._PARTICLE`` (which ``_HANGUL_GOES_ON`` is built from) gained the
polite copula 이지요 and 이죠 after a place (도문이지요): dc5f1e9d... before it; and in
round 27 (lane u), when ``gazetteer._BOUND_AFTER`` gained the northern copula 임 after a
bound noun (나선 거임다): 52211ee9... before it; and in round 29 (lane P), when
``cues_naming_ko._NAMING_VERB`` gained the future 부를 and the delimiter 만 before the verb
(달님이라 부를, 리라고만 불렀다): daea84bd... before it; and in round 30, when
``round11_en._UNDERSCORED`` let a letter of another script end a handle (wxid_lanhua0921로, a
Korean particle glued to it): d4eba72e... before it; and in round 33, when
``round13_zh._LATIN_KIND`` gained the kinds Mart, Supermarket, Store, Guesthouse and
Elementary (Yanbian Mart, a school named after its place), and ``gazetteer._HANGUL_GOES_ON``
being there glued to a place (도문있을때): 47d36e94... before them; and in round 34, when
``round12_en._RURAL`` took the house number before a rural group (No. 26, Group 4, ...):
aaf4d6e8... before it; and in round 35, when ``addresses_whole._ADMIN_AFTER`` took a
numbered part of a housing estate after its name (Wangjing Xiyuan 3-qu): 5efdd6b9... before
it; and in round 36, when ``places_slots_ko._TOWNSHIP`` read a township before the copula
(오상 산하진이었어요): 282a34d2... before it; and in round 38, when
``addresses_lots._UNITS_AFTER`` read an estate's name between a lot number and its flat
(신월동 1034 신월시영아파트 14동 503호): 09589729... before it; and in round 40, when
``korean.PARTICLES`` (which ``aliases_ko._PARTICLE`` is built from) gained the northern 으루
and ``gazetteer._PARTICLE`` (``_HANGUL_GOES_ON``'s) 으루, 루 and 이잖아요 after a place
(혜산으루, 회령이잖아요): 24f8199d... before them; and in round 41, when both gained the
asking copula 이었나 and 였나 (향미였나, 아니 룡정이었나): 94e5e23b... before it."""

_MADE_LAZY = {
    "address_terms_ko": "_IN_CHARGE _TAK",
    "addresses": (
        "_DIGITS _DIGITS_ZH _HANGUL_CHAR _HANZI_CHAR _HANZI_UNITS "
        "_TOWNS_BEFORE _UNITS_GATE _UNIT_GATE"
    ),
    "addresses_lots": "_COUNTER _LOT _UNITS_AFTER",
    "addresses_whole": "_ADMIN_AFTER",
    "affectionate_ko": "_NOUN_AFTER _OBJECT_BEFORE _PREDICATED",
    "aliases_ko": "_PARTICLE _TITLE_AFTER _TITLE_BEFORE",
    "apposed_ko": "_BEFORE_REAL _MIXED _READ_BESIDE _TOKEN",
    "catchall": "_DOUBLE_VOWEL",
    "chat_labels": "_HANGUL _HANZI _LABEL _LATIN",
    "chinese": "_POSSESSOR",
    "chinese_given": "_KO_PARTICLE",
    "companions_ko": "_COMPANIONS",
    "companions_zh": "_SLOT",
    "cues_en": "_LOCATIVE _PINYIN",
    "cues_called_ko": "NAMING_VERB _PERSON_OBJECT",
    "cues_naming_ko": "_COPULA_AFTER _NEXT_WORD _PLACE_PREDICATE",
    "cues_titles_en": "_CANDIDATE _PRONOUN_CUE",
    "doubled_zh": "_LABEL",
    "family_names_ko": "_COUNTED",
    "fields_ko": "_NAMING",
    "gazetteer": "_BOUND_AFTER _HANGUL_GOES_ON _HANZI_SUFFIX",
    "gazetteer_latin": "_LATIN_BEFORE _LATIN_SUFFIX",
    "glued_titles_ko": "_ELDER",
    "introductions": "_TOPIC",
    "islands_mixed": "_CALLED_AFTER _CALLED_MEANS _LOCATIVE _OPENING",
    "keep": "_DATE_AFTER _DATE_BEFORE",
    "lists_ko": "_AFTER_COMMA _AFTER_JOINER _BEFORE_TITLE _CALLED_I _COMMA _GROUP _JOINER",
    "lists_people_ko": "_AND_LAST _COUNTER _PARTICLE",
    "lists_zh": "_ITEM _LIST",
    "months_en": "_SUBJECT",
    "namelike_ko": "_FIRST_PERSON",
    "names_partial_ko": "_REGISTERED _REMEMBERED",
    "normalize": "_CLUSTER _LINE",
    "not_names_doc_ko": "_PLURAL_TITLE _THINKING",
    "not_names_en": "_DETERMINER _NEXT",
    "not_names_ko": "_NUMBER",
    "online_labels_ko": "_LABEL",
    "orgs": "_NATIVE_BEFORE",
    "orgs_of_en": "_CAPITAL_AFTER _OF_BEFORE _WORD_BEFORE",
    "orgs_acronyms": "_CAPITALISED _DOMAIN",
    "orgs_centres_ko": "_CENTRE _SPACED",
    "orgs_industry": "_AFTER _BEFORE _BRANCH _END _NAME_BEFORE _ZH_AFTER",
    "orgs_kinds": "_BRACKET_NAME _BRANCH _COURT_TOWN _HALL _HALL_TOWN _READING _STATION _STREET",
    "orgs_ko": "_BRANCH _BRANCH_END",
    "orgs_legal_forms_ko": "_SPACED",
    "orgs_named": "_APPOSITION _LATIN_KIND _ORG_NOUN_EN _ORG_NOUN_KO _SENTENCE_END _WAS",
    "orgs_shops_ko": "_SHOP_BEFORE",
    "orgs_sides_ko": "_SIDE _SIDE_WORD",
    "orgs_spaced_ko": "_GREETING",
    "orgs_taught_ko": "_GLUED",
    "orgs_trade_ko": "_WORD_BEFORE",
    "particles_mixed": "_HANGUL_WORD _LATIN_WORD _PEOPLE _STOP",
    "pattern_windows": "_ONLINE_KEY _RUN5",
    "patterns": "_YEAR",
    "online_words": "MARKED_ID",
    "placeholders": "_HANGUL _HANZI",
    "places": "_KOREAN_SUFFIX _KOREAN_SUFFIX_AT _LOCATIVE_AFTER _OF_NAME _SENTENCE_START",
    "places_counted_zh": "_COUNTED",
    "places_dong_ko": "_LIVING _LOCATIVE",
    "places_ko": "_COMPASS",
    "places_reached_ko": "_CORRECTED _JOURNEY _NEAR",
    "places_slots_ko": "_MARKET _ORIGIN _TOWNSHIP",
    "places_stems_ko": "_SHOP",
    "plain_nouns_ko": "_CHOICE _MARKET",
    "plain_words_en": "_BECOME _BEFORE_MONTH _DETERMINER _HAN_PEOPLE _PERSON_AFTER",
    "possessive_ko": "_OWNER",
    "propagate": "_TOKEN _TOKEN_SPLIT",
    "person_again_ko": "_ANIMATE _CALLED_AFTER_I _CALLED_I _HOUSEHOLD",
    "propagate_en": "_DATE_AFTER _DATE_BEFORE",
    "propagate_ko": "_ITEM _LIST _NICK_AFTER",
    "resources": "_HANZI",
    "romanised_en": "_CAPS_HEAD _CAPS_RUN _FRAME _LOWER_PAIR _WORD_AFTER _WORD_BEFORE",
    "round11_en": (
        "_AGENCY _AGENCY_AT _CAPS_AFTER _CAPS_PAIR _PLACE_PREPOSITION _QUOTED "
        "_SPELLING_CUE _STAGE_CUE _UNDERSCORE _UNDERSCORED"
    ),
    "round11_zh": "_BEFORE_BEI _STAMPED _TIME_BEFORE",
    "round12_en": (
        "_APT _BORN _CALLED_CLAUSE _CITY_AFTER _LOWER_WORD_BACK _ORG_KIND _PASSPORT "
        "_RURAL _STREET_NUMBER _UNIT _WHAT_CLEFT"
    ),
    "round12_zh": "_FLOWER_NAME _HAS_HAN _LABEL _LEGAL_ROLE _OFFICE _VILLAGE_GROUP",
    "round13_en": "_DETERMINER _NOT_BEFORE_PREFIX _OPENS _PERSON_NOUN _PREFIXED",
    "round13_zh": "_DISTRICT_PART _HANZI_KIND _LATIN_KIND _UNIT_END",
    "single_given_ko": "_SINGLE",
    "slots_ko": "_NUMERAL",
    "slots_zh": "_CLEFT",
    "speakers": "_COLON",
    "spelled": (
        "_EN_PHONE _KO_DATE _KO_PHONE _MONTH_WORD _ORDINAL_OF _REFERENCE _SLASH_DATE "
        "_THE_ORDINAL _ZH_DATE"
    ),
    "surname_marks_ko": "_HANDED",
    "tables_ko": "_LINE _VALUE",
    "variants": "_HAS_HANGUL _HAS_HANZI",
    "word_classes_ko": "_BOUND_NOUN _INTENTION _RECORD_HEAD",
}
"""Module -> the module-level patterns round 15 made lazy."""

_HASH = """
import hashlib, importlib, json, sys
moved = {
    "person_again_ko": "propagate",  # round 25: split from propagate, unchanged
    "gazetteer_latin": "gazetteer",  # round 27: split from gazetteer, unchanged
}
renamed = {
    "online_words.MARKED_ID": "patterns._MARKED_ID",  # round 26: moved, unchanged
    "addresses_whole._ADMIN_AFTER": "addresses._ADMIN_AFTER",  # round 33: moved, unchanged
    "cues_called_ko.NAMING_VERB": "cues_naming_ko._NAMING_VERB",  # round 40: moved, unchanged
    "cues_called_ko._PERSON_OBJECT": "cues_naming_ko._PERSON_OBJECT",  # round 40: the same
}
lines = []
for module, names in json.loads(sys.argv[1]).items():
    owner = importlib.import_module(f"fieldkit.redaction.{module}")
    for name in names.split():
        pattern = getattr(owner, name)()
        key = renamed.get(f"{module}.{name}", f"{moved.get(module, module)}.{name}")
        lines.append(f"{key}\t{pattern.flags}\t{pattern.pattern}")
print(hashlib.sha256("\\n".join(sorted(lines)).encode()).hexdigest())
"""

_PROBE = """
from fieldkit.redaction import Redactor
from fieldkit.redaction.lazy import LAZY
Redactor.default()
print(sum(getter.cache_info().currsize for _s, _f, getter in LAZY))
"""


def test_every_lazy_pattern_compiles_to_its_source() -> None:
    Redactor.default()
    assert len(LAZY) >= sum(len(names.split()) for names in _MADE_LAZY.values())
    for source, flags, getter in LAZY:
        compiled = getter()
        assert compiled is getter()
        assert compiled == re.compile(source, flags), source


def test_lazy_patterns_are_the_eager_ones_they_replaced() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _HASH, json.dumps(_MADE_LAZY)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    assert out.stdout.strip() == _EAGER_DIGEST


def test_start_up_compiles_no_lazy_pattern() -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [fold(t) for t in passages()] + made_texts(15, _PIECES, 3000, 8)


def _mandarin_names_as_they_were(folded: str, res: Resources) -> list[Hit]:
    """``family_names_ko._mandarin_names`` before round 15: every token decided afresh."""
    out = []
    given, surnames = korean.given_syllables(), mandarin_surnames()
    for word in family_names_ko._surname_word().finditer(folded):
        token = word.group()
        if token[0] not in surnames and token[:2] not in surnames:
            continue
        if word.start() and "가" <= folded[word.start() - 1] <= "힣":
            continue
        if len(token) == 3 and token[0] == token[1] and token[2] == "이":
            continue  # round 17: 간간이, an adverb
        stem, tail = korean.split_particle(token)
        if tail.startswith("이") and not korean.final_consonant(stem[-1]):
            stem = stem + "이"
        start = word.start()
        hit = family_names_ko._mandarin_name(start, token, res, given) if tail == "만" else None
        hit = hit or family_names_ko._mandarin_name(start, stem, res, given)
        if hit is not None and not korean.verb_like(token, res):
            out.append(hit)
    return out


def test_mandarin_names_cached_per_token_find_what_they_found(texts: list[str]) -> None:
    res = Redactor.default().res
    forget_texts()
    for _ in ("cold", "warm"):
        for text in texts:
            found = list(family_names_ko._mandarin_names(text, res))
            assert found == _mandarin_names_as_they_were(text, res), text
    assert family_names_ko._SIZES.words
    forget_texts()
    assert family_names_ko._SIZES.words == {}


def test_capital_found_by_regex_as_by_the_loop(texts: list[str]) -> None:
    for text in [*texts, "Ａ", "ß", "İ", "ǅ", "z", "@[", "Z"]:
        loop = any("A" <= c <= "Z" for c in text)
        assert (orgs_signs_ko._CAPITAL.search(text) is not None) == loop, text


_GATES = {
    "orgs_schools_ko _LEVEL": (
        lambda t: any(word in t for word in orgs_schools_ko._SCHOOL_WORDS),
        lambda: orgs_schools_ko._LEVEL(),  # lazy since round 28
    ),
    "orgs_kinds _LONE_SYLLABLE": (
        lambda t: orgs_kinds._LATIN.search(t) is not None,
        lambda: orgs_kinds._LONE_SYLLABLE,
    ),
    "address_terms_ko office": (
        lambda t: "관" in t or "계장" in t,
        lambda: address_terms_ko._rx()["office"],
    ),
}


@pytest.mark.parametrize("name", list(_GATES))
def test_a_shut_gate_skips_only_texts_the_pattern_cannot_match(name: str, texts: list[str]) -> None:
    gate, pattern = _GATES[name]
    shut = [t for t in texts if not gate(t)]
    assert shut and len(shut) < len(texts)  # the gate both opens and shuts on these texts
    assert [t for t in shut if pattern().search(t) is not None] == []
