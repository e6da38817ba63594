"""Issue 11 round 12, English and long-document speed: each shortcut finds exactly what the
slower way found.

No rule changed in that round.  Each test compares a shortcut with the plain computation it
replaced (written out here as it was) on the development corpora, the blind sets (development
material) and invented strings glued from the pieces the shortcut relies on: cue words in
every case, titles, capitals, underscores, hyphens, the letters ``re`` matches to ASCII in
any case (ı ſ K İ), Hangul and Hanzi.  ``bench/redaction_outputs.py`` checks the engine."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any, cast

import pytest

from fieldkit.crypto import keyed_digest, new_secret
from fieldkit.redaction import catchall, engine, round11_en
from fieldkit.redaction.entities import Entity
from fieldkit.redaction.keep import keep_spans
from fieldkit.redaction.normalize import fold, fold_key
from fieldkit.redaction.phrases import _WORD_AT, PhraseIndex, _present_regex, words_of
from fieldkit.redaction.resources import Resources
from speed_helpers import made_texts

_PIECES = (
    " ",
    "  ",
    "-",
    "_",
    ".",
    ",",
    ":",
    "\n",
    '"',
    "“",
    "”",
    "3",
    "25",
    "a",
    "I",
    "the",
    "The",
    "north",
    "North",
    "NORTH",
    "Korean",
    "south",
    "Province",
    "Mr",
    "Mrs.",
    "Ms",
    "Miss",
    "Dr.",
    "Aunt",
    "Auntie",
    "Sister",
    "Pastor",
    "K",
    "P",
    "J.",
    "KIM",
    "LEE",
    "SUN",
    "HWA",
    "OK",
    "spelled",
    "Spelt",
    "SPELLING",
    "written",
    "romanized",
    "Romanised",
    "passport",
    "Name",
    "name:",
    "is",
    "as",
    "stage",
    "Stage",
    "names",
    "nickname",
    "NICKNAMES",
    "alias",
    "work",
    "KoKo",
    "Grace",
    "Lee",
    "bora",
    "77",
    "x",
    "y",
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "nıckname",
    "ſpelled",
    "김",
    "철수",
    "长春",
    "王",
)


def _made(seed: int, count: int = 4000, size: int = 12) -> list[str]:
    return made_texts(seed, _PIECES, count, size)


_TITLES = ("Mrs", "Mr", "Ms", "Miss", "Mx", "Dr", "Madam", "Auntie", "Aunt", "Sister", "Pastor")
_CUES = ("spelled", "Spelt", "PASSPORT", "name is", "Romanized as", "written:", "Name =")


def _cued() -> list[str]:
    """Every title before an initial, every spelling cue before a name in capitals, every
    stage-name cue before a quoted name, and handles in and out of words."""
    out = [
        f"{t}{dot} K{end}"
        for t in _TITLES
        for dot in ("", ".")
        for end in (". x", ",", " said", "")
    ]
    out += [f"{c} {name}" for c in _CUES for name in ("KIM SUN HWA", "LEE-OK", '"CHOI MI"')]
    out += [f"her {c} was “KoKo”" for c in ("stage name", "NICKNAME", "alias", "work names")]
    out += [
        f"{a}{sp}{w}"
        for a in ("IOMX", "UNHCR", "ABCDEFG", "X-ABC", "NGO")
        for sp in (" ", "\n ")
        for w in ("staff", "officers", "caseworker", "personnel", "staffing")
    ]
    out += [
        f"{b}{h}{a}"
        for b in ("to ", "in ", "x", "")
        for h in ("长春", "延吉市", "王", "长春长春长春")
        for a in ("", " now", "에", "王")
    ]
    out += ["bora_77 x", "ab_c_d", "x.y_z", "é_a", "_a_b", "a__", "김_a", "Kim_Lee said"]
    return [*out, " ".join(out)]


def _samples(texts: list[str]) -> list[str]:
    made = [*_made(12), *_cued()]
    return [*texts, "\n\n".join(texts), *made, *(fold(t) for t in made)]


# --- the phrase index: one regex per first word -------------------------------------------


def _find_before(index: PhraseIndex[Any], folded: str, words: frozenset[str]) -> Iterator[Any]:
    """``PhraseIndex.find`` as it was before round 12 (one regex call per phrase)."""
    present = words & index._by_first.keys()
    if not present:
        return
    last_end = 0
    words_at = _WORD_AT.finditer(folded)
    if len(folded.lower()) == len(folded):
        words_at = _present_regex(frozenset(present)).finditer(folded.lower())
    for word in words_at:
        start = word.start()
        if start and folded[start - 1].isascii() and folded[start - 1].isalnum():
            continue
        candidates = index._by_first.get(word.group().lower()) if start >= last_end else None
        if not candidates:
            continue
        for phrase in candidates:
            match = index._phrase(phrase).match(folded, start)
            if match is None:
                continue
            key = fold_key(match.group())
            if key in index._caps and not match.group()[0].isupper():
                continue
            if key in index._upper and not match.group().isupper():
                continue
            value = index._values.get(key)
            if value is not None:
                last_end = match.end()
                yield start, match.end(), value
                break


def test_phrase_find_is_unchanged(texts: list[str], res: Resources) -> None:
    indexes = [res.keep_latin, res.gaz_latin]
    for text in _samples(texts):
        words = words_of(text)
        for index in indexes:
            assert list(index.find(text, words)) == list(_find_before(index, text, words)), text


def test_phrase_find_falls_back_when_case_rules_refuse() -> None:
    index = PhraseIndex(
        {"North Star": 1, "North": 2, "NS": 3, "north sea": 4},
        caps=frozenset({"North Star"}),
        upper=frozenset({"NS"}),
    )
    for text in ("the north star and North Star", "ns NS Ns", "north sea, North-Sea", "Northern"):
        words = words_of(text)
        assert list(index.find(text, words)) == list(_find_before(index, text, words))
    assert [v for _s, _e, v in index.find("the north star", words_of("the north star"))] == [2]


def test_keep_spans_still_found(texts: list[str], res: Resources) -> None:
    folded = fold("We left in June 2003 with June, north of the river.")
    spans = keep_spans(folded, res)
    assert any(
        folded[s:e] == "June" and s < 12 for s, e in zip(spans.starts, spans.ends, strict=True)
    )


# --- the catch-all's runs of capitalised words --------------------------------------------


def _runs_before(folded: str) -> list[list[re.Match[str]]]:
    runs: list[list[re.Match[str]]] = []
    for match in catchall._CAP_TOKEN().finditer(folded):
        if catchall._interview_label(folded, match):
            continue  # round 25: a transcript's Q. and A. labels are no tokens of a name
        gap = folded[runs[-1][-1].end() : match.start()] if runs else "x"
        if runs and gap in (" ", "-"):
            runs[-1].append(match)
        elif not "가" <= folded[match.end() : match.end() + 1] <= "힣" or (
            catchall._named_with_particle(folded, match)
        ):  # round 16: Kim은 joins a run; Sarah가 opens one, KTV에서 does not
            runs.append([match])
    return runs


def test_catchall_runs_are_unchanged(texts: list[str], res: Resources) -> None:
    for text in _samples(texts):
        scan = catchall._LatinScan(text, res, keep_spans(text, res), False)
        new = [[m.span() for m in run] for run in scan._runs()]
        assert new == [[m.span() for m in run] for run in _runs_before(text)], text


# --- round 11's English cues read from their anchors ---------------------------------------


def _spans(found: Iterator[Any]) -> list[tuple[int, int, str]]:
    return [(h.start, h.end, h.rule) for h in found]


def _before(rule: Any) -> Any:
    """A round-11 rule run with its pattern tried at every character, as before round 12."""

    def run(folded: str, *args: Any) -> Any:
        saved = vars(round11_en)["finditer_from"]
        setattr(round11_en, "finditer_from", lambda rx, text, _starts: rx.finditer(text))  # noqa: B010
        try:
            return _spans(rule(folded, *args))
        finally:
            setattr(round11_en, "finditer_from", saved)  # noqa: B010

    return run


@pytest.mark.parametrize(
    "rule,needs_res",
    [
        (round11_en._spelled_caps, True),
        (round11_en._title_initial, False),
        (round11_en._handles, True),
        (round11_en._stage_names, True),
        (round11_en._agencies, False),
        (round11_en._hanzi_places, True),
    ],
)
def test_round11_en_anchored_rules_are_unchanged(
    texts: list[str], res: Resources, rule: Any, needs_res: bool
) -> None:
    args = (res,) if needs_res else ()
    slow = _before(rule)
    for text in _samples(texts):
        assert _spans(rule(text, *args)) == slow(text, *args), text


def test_cue_matches_reads_odd_letters_the_slow_way() -> None:
    cue = round11_en._STAGE_CUE()
    for text in ("her nıckname was", "her \u017ftage name", "KOKO nickname", "Stage  Names"):
        assert [m.span() for m in round11_en._cue_matches(cue, text, ("stage", "nickname"))] == [
            m.span() for m in cue.finditer(text)
        ]
    assert [m.group() for m in round11_en._cue_matches(cue, "her nıckname", ("nickname",))] == [
        "nıckname"
    ]


def test_odd_case_letters_are_all_listed() -> None:
    """Every non-ASCII letter that ``re`` matches to an ASCII letter in any case, or whose
    lower case is ASCII, is one the shortcut reads the slow way."""
    ascii_any_case = re.compile("(?i)[a-z]")
    odd = {
        chr(i)
        for i in range(128, 0x30000)
        if not 0xD800 <= i <= 0xDFFF
        and (ascii_any_case.match(chr(i)) or any(c.isascii() for c in chr(i).lower()))
    }
    assert odd <= set(round11_en._ODD_CASES)


# --- the entity digests, computed once per entity within one call ---------------------------


def test_numbering_digests_are_the_keyed_digests() -> None:
    secret = new_secret()
    numbering = engine._Numbering(secret, cast(Any, None))
    pick = random.Random(14)
    keys = [f"{pick.choice(('known', 'name', 'place'))}:{pick.randrange(40)}" for _ in range(600)]
    numbers: dict[tuple[str, str], int] = {}
    counts: dict[str, int] = {}
    for key in keys:
        entity = Entity(label=key.split(":")[0].upper(), key=key, detail="")
        digest = keyed_digest(secret, key.encode("utf-8")).hex()[:16]
        slot = (entity.label, digest)
        if slot not in numbers:
            counts[entity.label] = counts.get(entity.label, 0) + 1
            numbers[slot] = counts[entity.label]
        assert numbering.assign(entity) == (digest, numbers[slot])
    assert set(numbering.digests) == set(keys)  # one call's keys, nothing else kept
