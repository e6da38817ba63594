"""The seeds of propagation: every surface a detector found, and the other spellings of it
that an interview uses for the same person (split from ``propagate``, round 30, speed).

What a hit adds to the seeds depends only on its surface, its label, detector, rule and
certainty, whether it has a core, and the caller's releases.  A Korean answer's hits make
some twenty checks each (readings, surnames, nicknames, spaced spellings); round 30 derives
them once per surface and hit shape (``_derived``) and keeps the derivation across calls
(``memory.WordCache``: bounded, emptied when the workspace closes), as the live preview and
an export see the same names again and again.  A call that releases words is not kept (its
releases change the derivation) and derives afresh; ``seeds_plain`` is the derivation hit by
hit, as before round 30, which ``test_redaction_speed_r30_pipeline`` compares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.aliases_ko import READING_KEY, hangul_surname_seed, reading_seeds
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.nameparts import given_part, ordinary_given_part
from fieldkit.redaction.normalize import Folded, fold_key
from fieldkit.redaction.propagate_ko import (
    hanzi_reading_seeds,
    hanzi_sign_seeds,
    nickname_seed,
    surname_seed,
)
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.spaced_names_ko import spaced_seed

__all__ = ["released", "seeds", "seeds_plain"]


class _FieldLike(Protocol):
    folded: Folded
    hits: list[Hit]


_NAMED_AS_NAME = ("subject_of_name", "listed_people", "denied_real_name")
"""Round 18: a word said to be a nickname or a name (해바라기는 ... 부르던 별명인데) is that
person wherever it stands as a word in the text, not only before a person's particle; round
19: so is a member of a list its count says is of people (한별이랑 단비랑 저, 이렇게 셋이 ...
단비는 아파서); round 27: so is a word said not to be a real name (참새는 진짜 이름이 아니고)."""

_Derived = tuple[tuple[str, bool], ...]
"""The keys a hit adds, in order; True where the key overwrites (``dict.update``), False
where an earlier hit's key stays (``dict.setdefault``)."""

_DERIVED: WordCache[tuple[str, str, str, str, bool, bool], _Derived] = WordCache()
"""``_derived`` of each surface and hit shape, kept across calls without releases."""


def released(word: str, release: frozenset[str]) -> bool:
    """Whether the caller released ``word``: nearly every call releases nothing, and then
    the word is not folded at all (round 28, speed: ``fold_key`` is a regex and a fold)."""
    return bool(release) and fold_key(word) in release


def seeds(fields: Sequence[_FieldLike], release: frozenset[str], res: Resources) -> dict[str, Hit]:
    """Every surface to look for; an ordinary Korean word a cue named a person (미소라고)
    is looked for only before a particle a person takes (``person_again_ko``): its key starts
    with a tab, which no surface does.  The derivation of a hit is kept (module docstring)."""
    if release:
        return seeds_plain(fields, release, res)
    kept = _DERIVED.of(res)

    def derive(surface: str, hit: Hit) -> _Derived:
        shape = (surface, hit.label, hit.detector, hit.rule, hit.uncertain, hit.core is None)
        derived = kept.get(shape)
        if derived is None:
            derived = kept[shape] = _derived(surface, hit, res, release)
        return derived

    return _collect(fields, derive)


def seeds_plain(
    fields: Sequence[_FieldLike], release: frozenset[str], res: Resources
) -> dict[str, Hit]:
    """``seeds`` derived hit by hit, nothing kept (with releases, and for the tests)."""
    return _collect(fields, lambda surface, hit: _derived(surface, hit, res, release))


def _collect(
    fields: Sequence[_FieldLike], derive: Callable[[str, Hit], _Derived]
) -> dict[str, Hit]:
    """The seeds of every field's hits, surer hits first, each hit's keys from ``derive``."""
    out: dict[str, Hit] = {}
    for field in fields:
        text = field.folded.text
        for hit in sorted(field.hits, key=lambda h: (h.uncertain, h.detector == "catchall")):
            start, end = hit.core or (hit.start, hit.end)
            for key, overwrite in derive(text[start:end].strip(), hit):
                if overwrite:
                    out[key] = hit
                else:
                    out.setdefault(key, hit)
    return out


def _derived(surface: str, hit: Hit, res: Resources, release: frozenset[str]) -> _Derived:
    """The keys ``hit`` over ``surface`` adds to the seeds, in order (``_Derived``)."""
    keys: list[tuple[str, bool]] = []
    nick = nickname_seed(surface, hit)
    if nick is not None and not released(surface, release):
        keys.append((nick, False))  # '곰'이라고 불린 ... 곰이 (round 11)
    if len(surface) == 1 and hit.detector != "known":
        _alias_seeds(keys, surface, hit, res, release)
        _called_seed(keys, surface, hit, release)
    elif _affectionate_one(surface) and hit.detector != "known":
        _called_seed(keys, surface[0], hit, release)  # 쏨이라는 ... 쏨 아저씨는 (r25)
    if len(surface) < 2 or surface.isdigit() or released(surface, release):
        return tuple(keys)
    if hit.label == "DATE" or (len(surface) < 3 and surface.isascii()):
        return tuple(keys)
    ordinary = hit.rule.endswith("_ordinary") and not surface.isascii()
    if ordinary and not korean.name_shaped(surface):
        if hit.label == "PERSON":
            named = hit.rule.startswith(_NAMED_AS_NAME)
            keys.append((("" if named else "\t") + surface, False))
        return tuple(keys)  # an ordinary word a cue flagged (친구 번호) is no name elsewhere
    keys.append((surface, False))
    if hit.label in ("ORG", "PLACE") and not hit.uncertain:  # 华丰 ... 화풍이라 (r13)
        keys.extend((READING_KEY + r, True) for r in hanzi_reading_seeds(surface))
    if hit.rule == "hanzi_name_before_org":  # 阳光幼儿园 ... 양광이라는게 (round 27)
        keys.extend((READING_KEY + reading, False) for reading in hanzi_sign_seeds(surface))
    if hit.label != "PERSON" or hit.detector == "known":
        return tuple(keys)
    _alias_seeds(keys, surface, hit, res, release)
    if not dictionary_ko.nikl_noun(surface) or korean.name_shaped(surface):
        _given_seeds(keys, surface, release)  # 왕눈이, 배불뚝이: a noun has no given part (r31)
    _korean_seeds(keys, surface, hit, res, release)
    return tuple(keys)


def _given_seeds(keys: list[tuple[str, bool]], surface: str, release: frozenset[str]) -> None:
    """The given name of a full name (김옥순 -> 옥순), and one that is also a word, looked for
    only where a person is meant (이명화 ... 명화가 조장이었고)."""
    given = given_part(surface)
    if given and not released(given, release):
        keys.append((given, False))
    word = ordinary_given_part(surface)
    if word and word not in closed_words("ko") and not released(word, release):
        keys.append(("\t" + word, False))


def _affectionate_one(surface: str) -> bool:
    """A one-syllable name with the affectionate 이 or the copula's 이 left on it (쏨이라는:
    쏨 + 이라는, or 쏨이 + 라는): the syllable alone is that person again before a title or
    a person's ending (쏨 아저씨는: round 25)."""
    return len(surface) == 2 and surface[1] == "이" and korean.final_consonant(surface[0])


def _called_seed(
    keys: list[tuple[str, bool]], surface: str, hit: Hit, release: frozenset[str]
) -> None:
    """Round 19: a one-syllable given name a rule found (봄 of 봄이 엄마가, 해 of 별이랑 해는
    자매였는데) is that person again where a person's ending follows it (봄이 소식을, 해한테서:
    ``person_again_ko.person_after``); the bare syllable is no seed (봄에 is spring).  Round
    26: so is one found with its affectionate 이 (별이는 ... 별이가 문을 두드리는)."""
    if hit.label != "PERSON" or hit.detector == "catchall":
        return
    if hit.core is not None and not hit.rule.startswith("affectionate_i"):
        return
    if "surname" in hit.rule or not "가" <= surface <= "힣":
        return  # a surname under its title (장 사장) is no given name
    if not released(surface, release):
        keys.append(("\t" + surface, False))


def _korean_seeds(
    keys: list[tuple[str, bool]], surface: str, hit: Hit, res: Resources, release: frozenset[str]
) -> None:
    """Round 6: a Hanzi name's Korean readings (刘德福 -> 류덕복) and a full Korean name's
    lone surname (허명철 -> 허가, only before a particle: ``propagate_ko``); round 14b: the
    full name with a space after its surname (박 준호)."""
    for reading in hanzi_reading_seeds(surface):
        if reading in release:
            continue
        # round 11: a given name alone (平安) read as a word (평안) needs a particle after it
        alone = surface[0] not in res.sur_zh_hanzi and reading in res.lex_ko
        keys.append((READING_KEY + reading if alone else reading, False))
    key = surname_seed(surface, hit, res)
    if key is not None:
        keys.append((key, False))
    if _full_korean_name(surface, res):
        keys.append((surface[0] + " " + surface[1:], False))  # round 14b: 박준호 ... 박 준호
    spaced = spaced_seed(surface, hit)
    if spaced is not None and not released(surface, release):
        keys.append((spaced, False))  # round 26: 향숙이는 ... 향 숙이랑


def _full_korean_name(surface: str, res: Resources) -> bool:
    """A surname and a two-syllable given name, written solid: the same person when a
    speaker spells it out with a space after the surname."""
    hangul_only = all("가" <= c <= "힣" for c in surface)
    return len(surface) == 3 and hangul_only and surface[0] in res.sur_ko_hangul


def _alias_seeds(
    keys: list[tuple[str, bool]], surface: str, hit: Hit, res: Resources, release: frozenset[str]
) -> None:
    """Round 11: the other readings of a Hanzi name and a surname as a title
    (``aliases_ko``)."""
    found = list(reading_seeds(surface, hit, res))
    title = hangul_surname_seed(surface, hit, res)
    if title is not None:
        found.append(title)
    keys.extend((key, False) for key in found if key[1:] not in release)
