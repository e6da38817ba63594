"""Round 30 (lead): general rules prompted by silent misses beside a strong cue on the
development sets.  Every sentence here is invented for the test, Korean first."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


@pytest.fixture(scope="module")
def engine() -> Redactor:
    return Redactor.default()


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("제 웨이신은 wxid_moran2231로 바꿨어요.", "wxid_moran2231"),
        ("아이디는 bom_nal77이에요.", "bom_nal77"),
        ("언니 계정 sun_hee_05를 알려줬어요.", "sun_hee_05"),
        ("他的微信是wxid_k8d7s2号", "wxid_k8d7s2"),
        ("Add me, wxid_abc12345, tonight.", "wxid_abc12345"),
    ],
)
def test_an_underscored_handle_ends_where_another_script_begins(
    engine: Redactor, text: str, handle: str
) -> None:
    """A Korean particle (or a Chinese character) glued to a Latin handle ends the handle: the
    handle is redacted whole and the particle stays outside."""
    result = engine.redact(text)
    assert handle not in result.text
    assert [s for s in result.spans if s.label == "ONLINE_ID"]
    after = text[text.index(handle) + len(handle) :]
    assert result.text.endswith(after)


@pytest.mark.parametrize(
    "text",
    [
        "파일 run_all.sh를 열었어요.",
        "경로는 C:/tmp/x_y가 아니에요.",
        "이메일 kim_ok@mail.com으로 보냈어요.",
    ],
)
def test_files_paths_and_addresses_are_not_handles(engine: Redactor, text: str) -> None:
    """A file name, a path or an e-mail address around an underscore is left to their own
    rules: no ONLINE_ID span from the handle rule."""
    spans = engine.redact(text).spans
    assert not [s for s in spans if s.rule == "underscored_handle"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("연변조선족자치주에서 십 년 살았어요.", "연변"),
        ("연변주에서 왔다고 했어요.", "연변"),
        ("我在延边朝鲜族自治州住了十年。", "延边"),
        ("延边朝鲜族自治州公安局的人来了。", "延边"),
        ("We lived ten years in Yanbian Korean Autonomous Prefecture.", "Yanbian"),
    ],
)
def test_an_autonomous_prefecture_named_in_full_is_a_place(
    engine: Redactor, text: str, name: str
) -> None:
    """Below province level, so a place (the annotation guidelines; 연변 alone always was):
    the full official name was on the keep list since the first engine, which kept the
    prefecture's own name inside it.  The gazetteer now carries the full names and their
    Korean readings (연변조선족자치주, 연변주; bench/redaction_build_gazetteer.py)."""
    result = engine.redact(text)
    assert name not in result.text
    assert [s for s in result.spans if s.label == "PLACE"]


def test_an_autonomous_prefecture_without_its_name_is_generic(engine: Redactor) -> None:
    """Korean Autonomous Prefecture with no place before it says only "where Korean-Chinese
    live": kept, like the Northeast."""
    assert engine.redact("She lives in the Korean Autonomous Prefecture now.").spans == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("broker uncle kim says wait in hunchun", "kim"),
        ("my husband uncle park drove us", "park"),
        ("auntie sister li called at night", "li"),
        ("my friend mr choi paid the broker", "choi"),
    ],
)
def test_a_name_after_stacked_titles_in_lower_case_is_a_person(
    engine: Redactor, text: str, name: str
) -> None:
    """A chat typed in lower case stacks a role and a title before a name (broker uncle kim):
    the title after the role is tried as a title too, as a Chinese title already was (my
    husband lao zhao)."""
    result = engine.redact(text)
    assert f" {name} " not in f" {result.text} "
    assert [s for s in result.spans if s.label == "PERSON"]


@pytest.mark.parametrize("text", ["the broker uncle said no", "my husband uncle came late"])
def test_stacked_titles_with_no_name_after_them_stay(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


@pytest.mark.parametrize(
    "text", ["연변조선족자치주에서 십 년 살았어요.", "장백조선족자치현에서 강을 건넜어요."]
)
def test_a_long_hangul_place_name_is_found_whole_and_certain(engine: Redactor, text: str) -> None:
    """Hangul spellings of seven syllables and more (the full names of autonomous prefectures
    and counties) are tried from the gazetteer too: one certain place, with its province."""
    result = engine.redact(text)
    (span,) = result.spans
    assert (span.label, span.start, span.uncertain) == ("PLACE", 0, False)
    assert result.text.startswith("[장소-1, 길림성]에서")


def test_title_matches_are_the_plain_overlapping_search() -> None:
    """``cues_en._title_matches`` runs ``finditer`` until a title follows a title, then the
    overlapping search: the same matches as the plain loop, on texts made of titles and
    words in every order."""
    import itertools

    from fieldkit.redaction import cues_en

    pieces = ["broker", "uncle", "kim", "mr", "lao", "zhao", "my", "husband", "came", "li"]
    titles = frozenset({"broker", "uncle", "mr", "lao", "husband"})
    rx = cues_en._titled_rx(titles)

    def plain(text: str) -> list[tuple[int, int]]:
        out, at = [], 0
        while (match := rx.search(text, at)) is not None:
            out.append(match.span())
            at = match.start(2) if match.group(2) in titles else match.end()
        return out

    for words in itertools.product(pieces, repeat=4):
        text = " ".join(words)
        assert [m.span() for m in cues_en._title_matches(rx, text, titles)] == plain(text)
