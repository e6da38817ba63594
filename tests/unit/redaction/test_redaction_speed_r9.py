"""Issue 11 round 9, Korean speed: each shortcut finds exactly what the slower way found.

No rule changed in that round.  Each test below compares a shortcut with the plain
computation it replaced (written out here as it was), on the development corpora, the
blind sets A-F (development material) and invented strings built from the pieces the
shortcut relies on: listed nouns and titles split and glued, particles, spaces, tabs,
digits, Hanzi and Latin letters.  ``bench/redaction_outputs.py`` checks the whole engine."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from fieldkit.redaction import (
    Redactor,
    data,
    gazetteer,
    korean,
    names,
    orgs,
    patterns,
    placeholders,
    titles_ko,
)
from fieldkit.redaction.anchored import finditer_from, hangul_word_starts
from fieldkit.redaction.cuewords import cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.model import KnownTerm
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import forget, view
from speed_helpers import made_texts


def _made(seed: int, pieces: tuple[str, ...], count: int = 3000, size: int = 10) -> list[str]:
    return made_texts(seed, pieces, count, size)


_GLUE = (" ", "  ", "\t", "\n", "\u3000", ",", ".", "이", "가", "는", "에서", "님", "씨", "3", "王")


def _korean_pieces(words: tuple[str, ...] | list[str], seed: int) -> tuple[str, ...]:
    """Listed words whole and cut in two, ordinary syllables and glue."""
    pick = random.Random(seed)
    chosen = pick.sample(sorted(set(words)), min(40, len(set(words))))
    halves = [w[: len(w) // 2] for w in chosen] + [w[len(w) // 2 :] for w in chosen]
    return (*chosen, *halves, "김", "순희", "가나다", "사", "장", "a", "Kim", *_GLUE)


def _groups(found: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    return [(m.span(), m.groups()) for m in found]


def test_text_view_flags_and_words_are_the_plain_searches(texts: list[str]) -> None:
    for text in [*texts, *_made(1, ("가", "王", "3", "a", " ", "\n", "é"), 500)]:
        seen = view(text)
        assert seen.has_hangul == bool(re.search(r"[가-힣]", text))
        assert seen.has_hanzi == bool(re.search(r"[\u4e00-\u9fff]", text))
        assert seen.has_digit == bool(re.search(r"\d", text))
        assert seen.hangul_runs == tuple(m.span() for m in re.finditer(r"[가-힣]+", text))
        assert view(text) is seen  # one view per text until the call ends
    forget()
    assert view("가") is not view("나")


def test_the_engine_keeps_no_text_view_after_a_call() -> None:
    from fieldkit.redaction import textview

    Redactor.default().redact("김순희 씨가 연길에서 왔습니다.")
    assert textview._slot is None
    Redactor.default().scan("김순희 씨가 연길에서 왔습니다.")
    assert textview._slot is None


def _plain_language(text: str, lang: str = "auto") -> str:
    if lang in ("en", "ko", "zh"):
        return lang
    if text.isascii():
        return "en"
    runs = {"ko": r"[가-힣]+", "zh": r"[\u4e00-\u9fff]+", "en": r"[A-Za-z]+"}
    weight = {"ko": 3, "zh": 3, "en": 1}
    scores = {k: weight[k] * sum(map(len, re.findall(rx, text))) for k, rx in runs.items()}
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    return best if scores[best] else "en"


def test_text_language_from_the_view_is_the_plain_count(texts: list[str]) -> None:
    made = _made(2, ("가", "나다", "王", "中国", "a", "Kim", " ", "3", "é", "\n"), 2000, 6)
    for text in [*texts, *made, "", "가a", "a가", "王가", "é"]:
        forget()
        assert placeholders.text_language(text) == _plain_language(text), text


def test_org_nouns_found_first_give_the_plain_scans_matches(texts: list[str]) -> None:
    rx = orgs._rx()
    rows: list[str] = []
    for kind, lang, words in data.rows("orgs.tsv"):
        if lang == "ko" and kind in ("business", "facility"):
            rows.extend(w for w in words.split("|") if w)
    for text in [*texts, *_made(3, _korean_pieces(rows, 3))]:
        starts = hangul_word_starts(text, rx.hangul_first, rx.hangul_pairs, 8)
        fast = _groups(finditer_from(rx.hangul, text, starts))
        assert fast == _groups(rx.hangul.finditer(text)), text


def _plain_titles(folded: str) -> list[tuple[tuple[int, int], str]]:
    out = []
    for title in titles_ko.title_pattern().finditer(folded):
        if title.start() and folded[title.start() - 1] in " \t":
            after = titles_ko.after_title().match(folded, title.end())
            if after is not None:
                out.append((title.span(), after.group(1)))
    return out


def test_korean_titles_tried_after_a_space_are_the_plain_scans(texts: list[str]) -> None:
    assert not [t for t in cue_words().get("title", "ko") if re.search(r"\s", t)]
    pieces = _korean_pieces(list(cue_words().get("title", "ko")), 5)
    for text in [*texts, *_made(5, pieces)]:
        forget()
        fast = [(m.span(), particle) for m, particle in titles_ko.titles(text)]
        assert fast == _plain_titles(text), text
        assert titles_ko.titles(text) is titles_ko.titles(text)  # once per text
    forget()


def _plain_gazetteer(folded: str, res: Resources) -> list[Hit]:
    found = []
    for match in re.finditer(r"[가-힣]+", folded):
        after_digit = match.start() and folded[match.start() - 1].isdigit()
        shortest = 3 if after_digit else 2  # round 13: ③하얼빈 (folded 3하얼빈), not 5호
        # round 30: up to the longest spelling (연변조선족자치주), no longer six syllables
        longest = max(map(len, (*res.gaz_hangul, *res.gaz_marked)))
        for size in range(min(len(match.group()), longest), shortest - 1, -1):
            hit = gazetteer._hangul(folded, match.start(), match.start() + size, res)
            if hit:
                found.append(hit)
                break
    for match in re.finditer(r"[\u4e00-\u9fff]+", folded):
        found.extend(gazetteer._hanzi_scan(folded, match.start(), match.end(), res))
    return found


def test_hangul_gazetteer_scan_from_the_spellings_openings_is_the_plain_scan(
    texts: list[str], res: Resources
) -> None:
    spellings = sorted(res.gaz_hangul)[::50] + sorted(w for w in res.gaz_marked if w[0] >= "가")
    pieces = (*_korean_pieces(spellings[:400], 6), "3", "에서", "시", "구", "역")
    for text in [*texts, *_made(6, pieces)]:
        forget()
        assert list(gazetteer.find_gazetteer_native(text, res)) == _plain_gazetteer(text, res)
    forget()


def _plain_split(token: str) -> tuple[str, str]:
    def strip(stem: str, allowed: frozenset[str] | None) -> tuple[str, str] | None:
        for size, particles in korean._BY_LENGTH:
            piece = stem[-size:]
            if len(stem) > size and piece in particles and (allowed is None or piece in allowed):
                if piece in korean._AFTER_CLOSED and korean.open_syllable(stem[-size - 1]):
                    continue  # round 23: 이가, 이랑 ... only after a closed syllable
                return stem[:-size], piece
        return None

    first = strip(token, None)
    if first is None:
        return token, ""
    stem, tail = first
    inner = strip(stem, korean._STACKS_UNDER)
    if inner is not None:
        stem, tail = inner[0], inner[1] + tail
    return stem, tail


def test_particles_found_by_their_last_character_are_the_plain_split(texts: list[str]) -> None:
    words = {w for text in texts for w in re.findall(r"[가-힣]+", text)}
    pieces = (*korean.PARTICLES, "김", "순희", "연길", "친구", "가", "이", "a", "")
    made = {"".join(random.Random(seed).choices(pieces, k=3)) for seed in range(3000)}
    for word in sorted(words | made | {"", "이", "에서", "에서는"}):
        assert korean.split_particle(word) == _plain_split(word), word


def test_pattern_rules_by_trigger_keep_the_rules_order() -> None:
    families = {"at", "url", "domain", "online", "online_before", "month", "digit", "digits5"}
    pick = random.Random(8)
    for _ in range(200):
        triggers = frozenset(f for f in families if pick.random() < 0.4)
        plain = [
            (rule, patterns._NEEDS.get(rule.name, "digits5"))
            for rule in patterns.RULES
            if patterns._NEEDS.get(rule.name, "digits5") in triggers
        ]
        assert list(patterns._rules_for(triggers)) == plain
    assert patterns._rules_for(frozenset()) == ()


def test_messaging_words_found_in_one_search_are_the_plain_test(texts: list[str]) -> None:
    pieces = (*patterns._ONLINE_NATIVE, "위", "챗", "카", "라", "인", "微", " ", "a")
    for text in [*texts, *_made(9, pieces, 2000, 3)]:
        plain = any(word in text for word in patterns._ONLINE_NATIVE)
        assert (patterns._ONLINE_NATIVE_RX.search(text) is not None) == plain, text


def test_english_name_rules_find_nothing_in_a_text_without_latin_letters(
    texts: list[str], res: Resources
) -> None:
    """What the skips rely on: without a capital the cue-word pattern has no match, and
    without a Latin letter no surname shape does."""
    rx = names._regexes()
    no_latin = [re.sub(r"[A-Za-z]", "", t) for t in texts]
    odd = ["ſun-hee", "K kim", "İ", "ı ok-sun", "called ſun", "named ǅ"]
    for text in [*no_latin, *odd]:
        if not re.search(r"[A-Z]", text):
            assert not list(rx["cue"].finditer(text)), text
        if not re.search(r"[A-Za-z]", text):
            for rule in ("cap_word", "lower_pair", "lower_korean_name", "hyphen_given"):
                assert not list(rx[rule].finditer(text)), (rule, text)


def _flat(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def test_uncased_word_lists_as_tries_match_as_the_flat_alternation(texts: list[str]) -> None:
    """``longest_first``: the Korean rules' word lists became tries; with what follows them
    in a pattern (a particle, a space and a name), the matches are the flat alternation's."""
    c = cue_words()
    lists = [
        list(c.get("role", "ko")),
        list(c.get("title", "ko")),
        list(c.get("office", "ko")),
        list(korean.PARTICLES),
        ["가", "가나", "가나다", "나", "나다", "", "다라"],
    ]
    for index, words in enumerate(lists):
        trie = longest_first(words)
        assert trie != _flat(words) or len(set(words)) < 2
        pieces = _korean_pieces([w for w in words if w], 10 + index)
        made = _made(10 + index, pieces, 1500, 6)
        for shape in (
            r"(?:{})",
            r"(?:{})(이|가)?\s?([가-힣]{{1,3}})",
            r"([가-힣]{{0,2}}?)(?:{})(?![가-힣])",
        ):
            fast = re.compile(shape.format(trie))
            plain = re.compile(shape.format(_flat(words)))
            for text in [*texts[::7], *made]:
                assert _groups(fast.finditer(text)) == _groups(plain.finditer(text)), (shape, text)
    assert longest_first(["Kim", "kim", "KIM"]) == _flat(["Kim", "kim", "KIM"])  # cased: flat


def _engine_calls(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[list[list[object]], list[Hit]]:
    """The mentions ``link`` and the hits ``combine`` receive while the corpora run."""
    from fieldkit.redaction import engine, entities, merge

    linked: list[list[object]] = []
    merged: list[Hit] = []
    link, combine = entities.link, merge.combine

    def spy_link(mentions: list[entities.Mention], terms: list[KnownTerm]) -> object:
        linked.append([*mentions])
        return link(mentions, terms)

    def spy_combine(cluster: list[Hit]) -> Hit:
        merged.extend(cluster)
        return combine(cluster)

    monkeypatch.setattr(engine, "link", spy_link)
    monkeypatch.setattr(merge, "combine", spy_combine)
    for text in texts[::3]:
        Redactor.default().redact(text)
    monkeypatch.undo()
    return linked, merged


def test_one_mention_links_as_the_full_linker_links_it(
    texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.redaction import entities

    linked, _hits = _engine_calls(texts, monkeypatch)
    singles = [m for mentions in linked for m in mentions]
    assert len(singles) > 300
    for mention in singles:
        linker = entities._Linker([mention], [])  # type: ignore[list-item]
        linker.exact()
        linker.places(linker.parts(linker.full_names()))
        assert entities.link([mention], []) == linker.entities()  # type: ignore[list-item]


def test_one_hit_merges_into_itself(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldkit.redaction import merge

    _linked, hits = _engine_calls(texts, monkeypatch)
    assert len(hits) > 300
    for hit in hits:
        assert merge.merged([hit]) == hit
        assert merge.combine([hit]) is hit


def test_latin_catchall_finds_nothing_in_a_text_without_a_capital(
    texts: list[str], res: Resources
) -> None:
    from fieldkit.redaction import catchall
    from fieldkit.redaction.keep import KeepSpans

    lowered = [re.sub(r"[A-Z]", "", t) for t in texts] + ["ſun-hee kim", "İstanbul", "ǅemal"]
    for text in lowered:
        assert not list(catchall._LatinScan(text, res, KeepSpans(()), False).hits()), text


def test_korean_catchall_over_the_views_words_is_the_plain_scan(
    texts: list[str], res: Resources
) -> None:
    from fieldkit.redaction import catchall_ko
    from fieldkit.redaction.keep import keep_spans

    def plain(folded: str) -> list[Hit]:
        keep, found = keep_spans(folded, res), []
        for match in re.finditer(r"[가-힣]+", folded):
            if match.start() and folded[match.start() - 1].isdigit():
                continue
            context = catchall_ko._context(folded, match.start(), match.end())
            hit = catchall_ko._korean_hit(match.group(), 0, res, context=context)
            if hit is not None and not keep.contains(match.start(), match.start() + hit.end):
                found.append(
                    hit._replace(start=match.start() + hit.start, end=match.start() + hit.end)
                )
        return found

    for text in [*texts, "3호실 김철수는 1992년생", "가나다 라마"]:
        forget()
        keep = keep_spans(text, res)
        assert list(catchall_ko.korean_catchall(text, res, keep)) == plain(text), text
    forget()


@pytest.mark.parametrize(
    ("name", "before"),
    [
        ("_WORKERS_DISTRICT", r"(?<=[가-힣]) (?:노동자구|로동자구|구역)"),
        ("_GLUED_TOWN", r"(?<=[가-힣])[시군](?=[가-힣]{1,4}(?:동|읍|면|리|구))"),
    ],
)
def test_place_patterns_with_their_look_behind_moved_match_as_before(
    texts: list[str], name: str, before: str
) -> None:
    from fieldkit.redaction import places_ko

    fast, plain = getattr(places_ko, name), re.compile(before)
    pieces = ("시", "군", "동", "리", "구역", "노동자구", "혜산", " ", "a", "3", "읍", "\n")
    for text in [*texts, *_made(12, pieces, 2000, 8)]:
        assert _groups(fast.finditer(text)) == _groups(plain.finditer(text)), text


def _plain_mandarin_name(start: int, stem: str, res: Resources) -> Hit | None:
    """``family_names_ko._mandarin_name`` with its tests in their order before round 9 (and
    round 19's town-and-suffix test, which both orders share)."""
    from fieldkit.redaction import dictionary_ko
    from fieldkit.redaction import family_names_ko as fam
    from fieldkit.redaction.cuewords import closed_words
    from fieldkit.redaction.mandarin_ko import mandarin_surnames, segments
    from fieldkit.redaction.mandarin_words_ko import chinese_word

    given = korean.given_syllables()
    if len(stem) >= 2:
        for size in (2, 1):
            surname, rest = stem[:size], stem[size:]
            if surname not in mandarin_surnames() or not 1 <= len(rest) <= 4:
                continue
            if not segments(rest, 2) or all(s in given for s in rest):
                continue
            if (
                fam._COUNTED().match(stem)
                or not stem.strip(fam._NUMERALS)
                or (stem[-1] == "지" and fam._final_n(stem[-2]))
            ):
                return None
            if korean.counted_or_bound(stem, res) or korean.bound_compound(stem, res):
                return None
            if rest.startswith(fam._GLUED_TITLES):
                return None
            if stem in res.lex_ko or korean.ordinary(stem, res) or korean.verb_like(stem, res):
                return None
            if stem in res.gaz_hangul or stem in res.keep_native or stem in closed_words("ko"):
                return None
            if stem[-1] in fam._ADMIN_SUFFIXES and stem[:-1] in res.gaz_hangul:
                return None  # round 19's test, beside the others
            if stem.startswith(("이라", "이래", "이란")) or chinese_word(stem, res):
                return None  # round 24's tests (a copula, a Chinese word), beside the others
            if stem[-1] == "라" and dictionary_ko.noun(stem[:-1]):
                return None  # round 39's test (a noun and the copula's 라), beside the others
            return fam._hit(start, start + len(stem), "mandarin_name", True)
    return None


def test_mandarin_name_tests_in_a_cheaper_order_give_the_same_verdicts(
    texts: list[str], res: Resources
) -> None:
    from fieldkit.redaction import family_names_ko as fam
    from fieldkit.redaction.mandarin_ko import mandarin_surnames

    given = korean.given_syllables()
    words = {w for t in texts for w in re.findall(r"[가-힣]{2,6}", t)}
    firsts = sorted(mandarin_surnames())
    tails = ("더하이", "메이", "사장", "천원", "번", "지", "진짠지", "이", "만", "보루", "가")
    pick = random.Random(14)
    made = {pick.choice(firsts) + "".join(pick.choices(tails, k=2)) for _ in range(3000)}
    for stem in sorted(words | made):
        assert fam._mandarin_name(0, stem, res, given) == _plain_mandarin_name(0, stem, res), stem


def test_folding_skips_translate_only_where_it_would_change_nothing(texts: list[str]) -> None:
    from fieldkit.redaction import normalize

    table = normalize._table()
    folds = "".join(chr(code) for code in sorted(table))[::7]
    pieces = ("가", "나다", "王", " ", "a", "\t", "é", "—", "’", "\u3000", *folds)
    for text in [*texts, *_made(15, pieces, 3000, 6)]:
        assert normalize._foldable(text) == any(ord(c) in table for c in text), text
        if normalize._fast(text) and not text.isascii():
            assert normalize.Folded(text).text == text.translate(table), text
