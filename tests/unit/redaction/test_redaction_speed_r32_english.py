"""Round 32 speed: the English path's shortcuts, each compared with the plain computation.

``catchall._LatinScan.flagged`` asks whether a lone word's line is a heading only when the
word is ordinary (the line's scan reads all its words; both tests are pure): compared with
``flagged`` as it was, run by run, on the development passages and on made texts of
Title-case lines, headings and prose, strict and not.

``round13_zh.find_round13_zh`` gates a text without Hanzi on the capitalised Latin kinds
(" Hotel", " KTV"), the only kind such a text can match: compared with the function as it was
on the passages and on made texts of kinds, their anchors ("bar", "safe") and Hanzi names.

``names._cue_matches`` tries its pattern where one of the cue phrases' first four letters
starts (8 scans, not 18): compared with the pattern's ``finditer`` on the passages and on
made texts of the phrases, their prefixes in every case and the characters ``find`` cannot
read case-blind.

``word_names_en.find_word_names`` tries its pattern where a word-name the text holds starts
capitalised and whole (``str.find`` per name), not at every capital matched and folded:
compared with the function as it was on the passages and on made texts of names glued to
letters, in every case, after every opening the pattern reads.

``romanised_joined_en.find_joined_given_names`` tests a capitalised surname's own word (a
function word: In, We, So) before the words beside it, and ``_any_name`` reads only the
text's words that the English word list lacks: compared with the surname loop as it was and
with ``_any_name`` over every word, on the passages and on made texts.

``roles._lone_surname`` looks a word up in the two Latin surname sets, not in their union
made per call: compared with the union on every word of the passages and on made words.

``cues_titles_en._english_words`` cuts a token's "'s" by ``endswith``, not ``re.sub`` per token:
compared with the function as it was on the run after every capital of the passages and on
made runs of possessives.

``cues_en._titled`` tries its title pattern where a title word the text holds occurs
(``str.find``; each match opens with one), not at every position: compared with the function
tried at every position, on the passages and on made texts of stacked and single titles.

(``bench/redaction_outputs.py`` checks the whole engine's outputs.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from fieldkit.redaction import (
    catchall,
    cues_en,
    cues_titles_en,
    names,
    roles,
    romanised_joined_en,
    round13_zh,
    word_names_en,
)
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.articles_en import after_article
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.keep import keep_spans
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.phrases import words_of
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import forget, view
from speed_helpers import folded_passages, found_matches, made_texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return folded_passages()


# --- catchall: a lone word's heading test -----------------------------------------------------


def _flagged_as_it_was(scan: catchall._LatinScan, run: list[re.Match[str]]) -> list[re.Match[str]]:
    """``_LatinScan.flagged`` before round 32: the lone word's line read first."""
    tokens = [m for m in run if not scan.skip(m)]
    if not tokens:
        return []
    if scan.opening(tokens[0]):
        tokens = tokens[1:]
    if len(tokens) == 1 and after_article(scan.folded, tokens[0].start(), scan.res):
        return []
    if any(scan.personal(m) for m in tokens):
        return tokens
    if len(tokens) == 1:
        heading = scan.in_heading(tokens[0].start())
        return [] if heading and scan.ordinary(tokens[0].group()) else tokens
    return [m for m in tokens if not scan.ordinary(m.group())]


def _compare_flagged(text: str, res: Resources, strict: bool) -> int:
    """Both versions on every run of ``text``; the number of runs cut to a lone word."""
    keep = keep_spans(text, res)
    new = catchall._LatinScan(text, res, keep, strict)
    old = catchall._LatinScan(text, res, keep, strict)
    lone = 0
    for run in new._runs():
        got = new.flagged(run)
        assert got == _flagged_as_it_was(old, run), (text, [m.group() for m in run])
        lone += len(got) <= 1
    return lone


def test_flagged_on_the_passages(texts: list[str], res: Resources) -> None:
    lone = 0
    for text in texts:
        lone += _compare_flagged(text, res, False)
        lone += _compare_flagged(text, res, True)
    assert lone > 1000


_LINES = (
    "The Long Road Home", "Report On The Border", "Chapter ", "Water ", "Mission ", "River ",
    "Hope ", "Grace ", "Kim ", "Sarah ", "Jilin ", "the ", "and ", "was ", "said ", "Winter ",
    "House ", "Church ", "Morning ", "Market ", "\n", "\n", ". ", ".\n", "In ", "Park ", "a ",
    "old ", "North ", "Korea ", "Ok-sun ", "Bright Path ", "Village ", "Station ", "I ",
)  # fmt: skip


def test_flagged_on_made_texts(res: Resources) -> None:
    headings = 0
    for number, text in enumerate(made_texts(32, _LINES, count=2500, size=12)):
        folded = fold(text)
        _compare_flagged(folded, res, number % 2 == 0)
        headings += any(catchall._heading_line(line) for line in folded.split("\n"))
    assert headings > 100  # heading lines reached, where an ordinary lone word is dropped


# --- round13_zh: the gate of a text without Hanzi ---------------------------------------------


def _round13_zh_as_it_was(folded: str, res: Resources, has_hanzi: bool) -> Iterator[Hit]:
    """``find_round13_zh`` before round 32: the wide anchor gate for every text."""
    if has_hanzi and ("区" in folded or "县" in folded or "市" in folded):
        yield from round13_zh._neighbourhoods(folded, res)
    if view(folded).has_latin and round13_zh._HAS_KIND_ANCHOR(folded):
        yield from round13_zh._business_names(folded, res)


def _compare_round13_zh(folded: str, res: Resources) -> bool:
    forget()
    hanzi = view(folded).has_hanzi
    got = list(round13_zh.find_round13_zh(folded, res, hanzi))
    assert got == list(_round13_zh_as_it_was(folded, res, hanzi)), folded
    forget()
    return bool(got)


def test_round13_zh_on_the_passages(texts: list[str], res: Resources) -> None:
    found = sum(_compare_round13_zh(text, res) for text in texts)
    assert found > 0


_KINDS = (
    " KTV", "KTV", " Hotel", "hotel", " Restaurant", " Karaoke", " Sauna", " Bar", "bar", " Cafe",
    "safe", "otel", "Baitoushan", "Tumen", "Yanji", "长白山", "金达莱", "白头山", "我在", " ", ".",
    "Seoul", "the ", "Bright", "海淀区", "的", "x", "\n", "Yanji Hotel", "Tumen Bar", "Seoul Cafe",
)  # fmt: skip


def test_round13_zh_on_made_texts(res: Resources) -> None:
    found = {True: 0, False: 0}
    for text in made_texts(3213, _KINDS, count=3000, size=6):
        folded = fold(text)
        if _compare_round13_zh(folded, res):
            found[view(folded).has_hanzi] += 1
            forget()
    assert found[True] > 50 and found[False] > 50  # hits with and without Hanzi


# --- names: the cue pattern's candidate starts ------------------------------------------------


def _compare_cues(text: str) -> int:
    fast = [(m.span(), m.groups()) for m in names._cue_matches(text)]
    plain = found_matches(names._regexes()["cue"], text)
    assert fast == plain, text
    return len(plain)


def test_cue_anchors_open_every_phrase() -> None:
    anchors = names._cue_anchors()
    assert len(anchors) < len(names._cue_phrases())
    assert all(any(p.startswith(a) for a in anchors) for p in names._cue_phrases())


def test_cue_matches_on_the_passages(texts: list[str]) -> None:
    assert sum(_compare_cues(text) for text in texts) > 50


def _cue_pieces() -> tuple[str, ...]:
    phrases = names._cue_phrases()
    cased = [v for p in phrases for v in (p, p.upper(), p.title(), p[:4], p[:3] + " ")]
    return (*cased, "Ana ", "Kim ", "Sun-hee", '"', "'", " ", ". ", "\n", "recall", "know ",
            "x", "\u017f", "\u212a", "\u0130", "-", "ß")  # fmt: skip


def test_cue_matches_on_made_texts() -> None:
    found = sum(_compare_cues(text) for text in made_texts(3232, _cue_pieces(), 3000, 8))
    assert found > 100


# --- word_names_en: the capitalised names' starts ---------------------------------------------

_CAPITAL = re.compile(r"(?<![A-Za-z'])[A-Z][a-z]+")


def _word_names_as_they_were(folded: str, res: Resources, words: frozenset[str]) -> list[Hit]:
    """``find_word_names`` before round 32: every capital matched and folded."""
    names = word_names_en._word_names(res.lex_en)
    if not words & names:
        return []
    starts = (m.start() for m in _CAPITAL.finditer(folded) if m.group().casefold() in names)
    return [
        person_by_cue(*m.span(1), "word_name_subject", True)
        for m in finditer_from(word_names_en._SUBJECT(), folded, starts)
    ]


def _compare_word_names(text: str, res: Resources) -> int:
    words = words_of(text)
    got = list(word_names_en.find_word_names(text, res, words))
    assert got == _word_names_as_they_were(text, res, words), text
    return len(got)


def test_word_names_on_the_passages(texts: list[str], res: Resources) -> None:
    assert sum(_compare_word_names(text, res) for text in texts) > 0


_WORD_NAME_PIECES = (
    "Hope", "Hopeful", "HOPE", "hope", "Will", "Willa", "will", "Young", "YoungX", "Al", "Alan",
    "Sun", "Sunny", "Mark", "Marks", "Soon", "Hope2", " told ", " found ", " paid me", " also ",
    " ", ". ", ".\n", "\n", "and ", '"', "“", "'", "x", "O'", "-", "I ",
)  # fmt: skip


def test_word_names_on_made_texts(res: Resources) -> None:
    found = sum(
        _compare_word_names(fold(text), res)
        for text in made_texts(3233, _WORD_NAME_PIECES, 4000, 8)
    )
    assert found > 100


# --- romanised_joined_en: the surname's own test first, the word list's words taken out -------


def _surname_hits_as_they_were(folded: str, res: Resources) -> list[Hit]:
    """The surname loop of ``find_joined_given_names`` before round 32."""
    rj = romanised_joined_en
    out = []
    for surname in rj._surname_pattern(res.sur_ko_latin).finditer(folded):
        start, end = surname.span()
        if start and folded[start - 1].isalpha():
            continue
        before = after = None
        if folded.endswith((" ", " \n"), 0, start):
            before = rj._WORD_BEFORE().search(folded, max(0, start - 11), start)
        if folded[end : end + 1] == " ":
            after = rj._WORD_AFTER().match(folded, end)
        if before is not None and rj._name(before.group(1), res):
            start = before.start(1)
        elif after is not None and rj._name(after.group(1), res):
            end = after.end(1)
        else:
            continue
        if rj._surname(surname.group(), res):
            out.append(
                Hit.at((start, end), label="PERSON", detector="cue", rule="joined_given_surname")
            )
    return out


def _compare_joined(text: str, res: Resources) -> int:
    rj = romanised_joined_en
    got = [h for h in rj.find_joined_given_names(text, res) if h.rule == "joined_given_surname"]
    assert got == _surname_hits_as_they_were(text, res), text
    words = words_of(text)
    every = any(4 <= len(w) <= 10 and w.isalpha() and rj._name(w, res) for w in words)
    assert rj._any_name(words, res) is every, text
    return len(got)


_JOINED_PIECES = (
    "In ", "We ", "So ", "No ", "On ", "Han ", "Kim ", "Park ", "Lee", "Sunhee ", "Hyesun",
    "Minjeong ", "sunhee ", "eunji", "market ", "the ", " ", ". ", " \n", "x", "Ok ", "To ",
)  # fmt: skip


def test_joined_names_on_the_passages(texts: list[str], res: Resources) -> None:
    assert sum(_compare_joined(text, res) for text in texts) > 0


def test_joined_names_on_made_texts(res: Resources) -> None:
    texts = made_texts(3234, _JOINED_PIECES, 3000, 6)
    assert sum(_compare_joined(fold(text), res) for text in texts) > 300


# --- roles: a lone surname without the union of the surname sets ----------------------------


def _lone_surname_as_it_was(text: str, res: Resources) -> bool:
    if len(text) == 1 and "가" <= text <= "힣":
        return True
    return text in res.sur_zh_hanzi or text.casefold() in res.sur_ko_latin | res.sur_zh_latin


def test_lone_surname_on_words(texts: list[str], res: Resources) -> None:
    words = {w for text in texts for w in re.findall(r"\S{1,12}", text)}
    surnames = [*res.sur_ko_latin, *res.sur_zh_latin, *res.sur_zh_hanzi]
    words.update(v for s in surnames for v in (s, s.upper(), s.capitalize(), s + "x", s[:-1]))
    words.update(("", "김", "가", "김가", "ſ", "İ", "\u212aim"))
    found = 0
    for word in words:
        expected = _lone_surname_as_it_was(word, res)
        assert roles._lone_surname(word, res) is expected, word
        found += expected
    assert found > 500


# --- cues_titles_en: a run's words without re.sub per token ---------------------------------


def _english_words_as_they_were(text: str, res: Resources, epithets: bool) -> list[re.Match[str]]:
    """``_english_words`` before round 32 (``re.sub`` of "'s" per token)."""
    cue = cues_titles_en
    closed = cue.closed_words("en")
    kept: list[re.Match[str]] = []
    for token in re.finditer(r"[A-Za-z][A-Za-z'\-]*", text):
        word = re.sub(r"'s$", "", token.group())
        low = word.casefold()
        if low in cue._EPITHETS_EN and word[0].isupper() and not kept and epithets:
            kept.append(token)
            continue
        if low in cue._NOT_NAMES_EN or low in closed:
            if kept and kept[-1].group().casefold() in cue._EPITHETS_EN and len(kept) == 1:
                kept.clear()
                continue
            if kept:
                break
            continue
        if (
            word in res.keep_latin
            and not cue._month_name(word, res)
            and not (kept and cue._given_after_surname(text, token, kept[-1].group(), res))
        ):
            break
        kept.append(token)
    return kept


def _compare_english_words(text: str, res: Resources) -> int:
    found = 0
    for epithets in (False, True):
        got = [m.span() for m in cues_titles_en._english_words(text, res, epithets)]
        assert got == [m.span() for m in _english_words_as_they_were(text, res, epithets)], text
        found += len(got)
    return found


def test_english_words_on_the_passages(texts: list[str], res: Resources) -> None:
    runs = [t[m.start() : m.start() + 40] for t in texts for m in re.finditer("[A-Z]", t)]
    assert sum(_compare_english_words(run, res) for run in runs[::3]) > 1000


_RUN_PIECES = (
    "Kim's ", "Pastor's ", "Jun's", "'s ", "s' ", "June ", "Zhang ", "Little ", "Sister ", "the ",
    "Park", "Hong's's ", "Seoul's ", "-", " ", "May", " 3", "he ", "Ana", "\n",
)  # fmt: skip


def test_english_words_on_made_runs(res: Resources) -> None:
    runs = made_texts(3235, _RUN_PIECES, 3000, 6)
    assert sum(_compare_english_words(run, res) for run in runs) > 3000


# --- cues_en: the lower-case titles from where their words occur ------------------------------


def _titled_everywhere(text: str, res: Resources, monkeypatch: pytest.MonkeyPatch) -> list[Hit]:
    """``cues_en._titled`` with every position a candidate: its pattern's ``finditer``."""
    with monkeypatch.context() as patch:
        patch.setattr(cues_en, "positions", lambda folded, _words: list(range(len(folded))))
        return list(cues_en._titled(text, res, words_of(text)))


def _compare_titled(text: str, res: Resources, monkeypatch: pytest.MonkeyPatch) -> int:
    got = list(cues_en._titled(text, res, words_of(text)))
    assert got == _titled_everywhere(text, res, monkeypatch), text
    return len(got)


def test_titled_on_the_passages(
    texts: list[str], res: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert sum(_compare_titled(text, res, monkeypatch) for text in texts) > 5


_TITLE_PIECES = (
    "my husband ", "husband", "broker ", "uncle ", "kim ", "lao ", "zhao ", "xiao ", "li ",
    "old ", "wang", "ms. ", "ms ", "Ms ", "sister ", "sisterhood ", "ran a ", "back for ",
    "the ", " ", ". ", "\n", "x", "aunt", "auntie ", "liu", "-", "'",
)  # fmt: skip


def test_titled_on_made_texts(res: Resources, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = made_texts(3236, _TITLE_PIECES, 2000, 8)
    assert sum(_compare_titled(fold(t), res, monkeypatch) for t in texts) > 500
