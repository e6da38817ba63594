"""The engine's behaviour, one table per layer (inputs written inline)."""

from __future__ import annotations

import re
import unicodedata

import pytest

from fieldkit.errors import RedactionError
from fieldkit.redaction import PLACEHOLDER, KnownTerm, Redactor, parse_known


def redacted(engine: Redactor, text: str, **kwargs: object) -> str:
    return engine.redact(text, **kwargs).text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("known", "text"),
    [
        ("Kim Young-hee", "Gim Yeong-hui came; later Younghee, Ms. Kim and 김영희 left."),
        ("Kim Young-hee", "Kim Yŏng-hŭi wrote to Yeong-hui and to Kim Yong Hui."),
        ("김영희", "Kim Young-hee, 영희, 김 영희 and Kim Yeonghui are one woman."),
        ("Ri Chol-ho", "Lee Chol Ho, Rhee Cheol-ho, 리철호, 이철호 and Mr. Ri met."),
        ("Pak Yong-nam", "Park Young-nam and Bak Yeongnam and 박영남."),
        ("Choe Son-hui", "Choi Sun-hee and Choe Sonhui and 최선희."),
        ("류정숙", "Ryu Jong-suk, Yu Jeong-suk, 유정숙 and Yoo Jung-sook."),
        ("王建国", "Wang Jianguo, 王建国, 老王 and Jianguo."),
        ("金英姬", "Jin Yingji, 김영희 and Kim Young-hee."),
    ],
)
def test_known_person_variants_never_survive(engine: Redactor, known: str, text: str) -> None:
    out = redacted(engine, text, known=[KnownTerm(known)])
    for name in re.findall(r"[A-Z][a-zŏŭ]+[- ]?[A-Za-zŏŭ-]*|[가-힣]{2,}|[\u4e00-\u9fff]{2,}", text):
        if name.split()[0] in {"Gim", "Kim", "Lee", "Park", "Choi", "Jin", "Wang"}:
            assert name not in out
    assert "PERSON" in out


@pytest.mark.parametrize(
    ("known", "text", "gone"),
    [
        ("place:Hoeryong", "From Hoeryŏng-si, Hoeryeong and 회령군.", ["Hoery", "회령"]),
        ("place:상동리", "We lived in Sangdong village, 상동, by the river.", ["Sangdong", "상동"]),
        ("contact:+86 138 0433 1234", "Call 13804331234 or 138-0433-1234.", ["1234"]),
        ("contact:kimyh88@qq.com", "Mail kimyh88@qq.com or WeChat kimyh88.", ["kimyh88"]),
        ("other:Blue Door Church", "We prayed at the blue door church.", ["blue door"]),
    ],
)
def test_known_places_and_contacts(
    engine: Redactor, known: str, text: str, gone: list[str]
) -> None:
    out = redacted(engine, text, known=[parse_known(known)])
    for part in gone:
        assert part.casefold() not in out.casefold()


@pytest.mark.parametrize(
    ("text", "label", "surface"),
    [
        ("Call +86 139 4318 2275 now.", "PHONE", "+86 139 4318 2275"),
        ("Landline 0433-2856190.", "PHONE", "0433-2856190"),
        ("Seoul friend 010-4823-7719.", "PHONE", "010-4823-7719"),
        ("ID 370782199002033824 on the card.", "ID_NUMBER", "370782199002033824"),
        ("Passport E47208816 was fake.", "ID_NUMBER", "E47208816"),
        ("Write to river.child77@gmail.com today.", "EMAIL", "river.child77@gmail.com"),
        ("See https://photos.example.org/a/b for more.", "URL", "https://photos.example.org/a/b"),
        ("My WeChat is sunflower_8812 and", "ONLINE_ID", "sunflower_8812"),
        ("QQ 283910447, please.", "ONLINE_ID", "283910447"),
        ("위챗 아이디는 seolhwa_p입니다.", "ONLINE_ID", "seolhwa_p"),
        ("Born on 14 March 1987.", "DATE", "14 March"),
        ("1987년 3월 14일에 태어났다.", "DATE", "3월 14일"),
    ],
)
def test_patterns(engine: Redactor, text: str, label: str, surface: str) -> None:
    spans = engine.redact(text).spans
    assert any(s.label == label and text[s.start : s.end] == surface for s in spans), spans


def test_chinese_id_with_a_bad_check_digit_is_still_redacted_but_uncertain(
    engine: Redactor,
) -> None:
    result = engine.redact("ID 370782199002033825 here.")
    (span,) = result.spans
    assert span.label == "ID_NUMBER" and span.uncertain


def test_date_keeps_the_year(engine: Redactor) -> None:
    assert redacted(engine, "Born on 14 March 1987.") == "Born on [DATE-1] 1987."
    assert redacted(engine, "Born 1987-03-14.") == "Born [DATE-1, 1987]."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I crossed the Tumen River into Jilin Province.",
            "I crossed the Tumen River into Jilin Province.",
        ),
        ("She lived in the city of Tumen.", "She lived in the city of [PLACE-1, Jilin]."),
        ("We reached Jilin City at night.", "We reached [PLACE-1, Jilin] at night."),
        ("I went to Yanji, Jilin.", "I went to [PLACE-1, Jilin], Jilin."),
        (
            "A Han Chinese man paid 5,000 yuan in 1998.",
            "A Han Chinese man paid 5,000 yuan in 1998.",
        ),
        ("두만강을 건너 연길에서 살았다.", "두만강을 건너 [장소-1, 길림성]에서 살았다."),
        (
            "From Hoeryong, North Hamgyong.",
            "From [PLACE-1, northeast North Korea], North Hamgyong.",
        ),
    ],
)
def test_keep_list_and_gazetteer(engine: Redactor, text: str, expected: str) -> None:
    assert redacted(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Later Ms. Baek went home.", "Baek"),
        ("Auntie Song sold noodles.", "Song"),
        ("A woman called Sunhee helped.", "Sunhee"),
        ("I met Ri Kum-sun there.", "Kum-sun"),
        ("The buyer was Zhao Guifang.", "Guifang"),
        ("Then Mike Kim arrived.", "Mike"),
        ("She said So-young had left.", "So-young"),
        ("순희 언니가 왔다.", "순희"),
        ("박동일이라는 브로커였다.", "박동일"),
        ("문 집사님을 찾으세요.", "문 집사"),
        ("老王和王先生.", "王"),
        ("i stayed with kim sun-hui in baishan village.", "sun-hui"),
    ],
)
def test_name_rules(engine: Redactor, text: str, needle: str) -> None:
    assert needle not in redacted(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "He ran away. Long ago we were poor. Park the car there.",
        "We crossed the Tumen River in winter when it was frozen.",
        "I am 34 years old and came to China in 2005.",
        "우리는 겨울에 얼어붙은 두만강을 건넜습니다.",
    ],
)
def test_ordinary_text_is_left_alone(engine: Redactor, text: str) -> None:
    assert redacted(engine, text) == text


def test_placeholders_are_consistent_and_numbered_by_entity(engine: Redactor) -> None:
    out = redacted(engine, "Ms. Baek met Ms. Kang. Later Ms. Baek left Yanji for Hunchun.")
    assert out == (
        "[PERSON-1] met [PERSON-2]. Later [PERSON-1] left [PLACE-1, Jilin] for [PLACE-2, Jilin]."
    )


def test_propagation_reaches_bare_mentions(engine: Redactor) -> None:
    out = redacted(
        engine, "My friend Auntie Bong helped. Everyone loved bong's noodles. Bong died."
    )
    assert "Bong" not in out


def test_redact_many_propagates_and_numbers_across_fields(engine: Redactor) -> None:
    results = engine.redact_many(
        {"a": "The broker was Pak Tong-il.", "b": "Later Tong-il came back; Pak Tong-il too."}
    )
    assert "Tong-il" not in results["b"].text
    first = results["a"].spans[0].replacement
    assert first in results["b"].text


def test_known_place_province_shows_in_placeholder(engine: Redactor) -> None:
    term = KnownTerm("Sodu-ri", "place", "North Hamgyong")
    assert redacted(engine, "I grew up in Sodu-ri.", known=[term]) == (
        "I grew up in [PLACE-1, northeast North Korea]."
    )


def test_released_terms_stay_but_known_terms_cannot_be_released(engine: Redactor) -> None:
    text = "We sang at Hanbit church with Kim Chun-sil."
    out = redacted(engine, text, released=["Hanbit"])
    assert "Hanbit" in out
    out = redacted(engine, text, released=["Kim Chun-sil"], known=[KnownTerm("Kim Chun-sil")])
    assert "Chun-sil" not in out


def test_an_acronym_on_the_keep_list_keeps_only_capitals(engine: Redactor) -> None:
    out = redacted(engine, "The broker's wife, Auntie Sim, cooked. My SIM card was taken.")
    assert "Sim" not in out and "My SIM card was taken." in out


def test_a_keep_entry_never_unredacts_a_larger_span(engine: Redactor) -> None:
    out = redacted(engine, "He came from Jilin City and spoke Korean.")
    assert "Jilin City" not in out and "Korean" in out


def test_offsets_are_into_the_input_even_when_it_is_decomposed(engine: Redactor) -> None:
    text = unicodedata.normalize("NFD", "Kim Yŏng-hŭi lived in Hoeryŏng with 김영희.")
    result = engine.redact(text, known=[KnownTerm("Kim Young-hee")])
    for span in result.spans:
        assert 0 <= span.start < span.end <= len(text)
    assert "Hoery" not in result.text and "Kim" not in result.text
    assert unicodedata.normalize("NFC", text[result.spans[0].start : result.spans[0].end]) == (
        "Kim Yŏng-hŭi"
    )


def test_fullwidth_and_odd_dashes_are_folded(engine: Redactor) -> None:
    out = redacted(
        engine,
        "Call １３９－４３１８－２２７５ or Kim\u2011Young\u2011hee.",
        known=[KnownTerm("Kim Young-hee")],
    )
    assert "２２７５" not in out and "Young" not in out


def test_entity_digests_depend_on_the_secret(engine: Redactor) -> None:
    text = "Ms. Baek went to Yanji."
    one = engine.redact(text, secret=b"k" * 32).spans
    two = engine.redact(text, secret=b"k" * 32).spans
    other = engine.redact(text, secret=b"j" * 32).spans
    assert [s.entity for s in one] == [s.entity for s in two]
    assert [s.entity for s in one] != [s.entity for s in other]
    assert all(len(s.entity) == 16 for s in one)


def test_scan_ignores_placeholders_and_finds_leaks(engine: Redactor) -> None:
    clean = engine.redact("Ms. Baek went to Yanji with Kim Chun-sil.").text
    assert engine.scan(clean) == ()
    leaked = clean + " Later Ri Kum-sun called from Hoeryong."
    surfaces = {leaked[s.start : s.end] for s in engine.scan(leaked)}
    assert "Ri Kum-sun" in surfaces and "Hoeryong" in surfaces
    assert PLACEHOLDER.fullmatch("[PLACE-2, Jilin]")


def test_result_helpers(engine: Redactor) -> None:
    result = engine.redact("Ms. Baek met someone called Xiaoqing in Yanji.")
    assert result.counts()["PERSON"] == 2
    assert all(s.uncertain for s in result.uncertain)
    assert set(Redactor.detector_versions) >= {"known", "pattern", "gazetteer", "catchall"}
    assert result.spans[0].as_dict()["label"] == "PERSON"


def test_bad_input_raises_redaction_errors(engine: Redactor) -> None:
    with pytest.raises(RedactionError):
        engine.redact("text", lang="fr")
    with pytest.raises(RedactionError):
        engine.redact_many({"a": b"bytes"})  # type: ignore[dict-item]
    with pytest.raises(RedactionError) as info:
        parse_known("person:  ")
    assert "  " not in str(info.value)


def test_parse_known_syntax() -> None:
    assert parse_known("Kim Young-hee") == KnownTerm("Kim Young-hee", "person")
    assert parse_known("place:Sangdong-ri@North Hamgyong") == KnownTerm(
        "Sangdong-ri", "place", "North Hamgyong"
    )
    assert parse_known("contact:a@b.cn") == KnownTerm("a@b.cn", "contact")


@pytest.mark.parametrize(
    ("text", "survivor"),
    [
        ("I came fromHoeryong in 1998.", "Hoeryong"),
        ("Hoeryongcity is far.", "Hoeryong"),
        ("ryonHoeryong in 069", "Hoeryong"),
        ("mrKim Ok-sun came.", "Kim Ok-sun"),
    ],
)
def test_long_known_terms_glued_to_other_letters_never_survive(text: str, survivor: str) -> None:
    """Found by bench/fuzz.py: spaces dropped in hurried typing must not let a known term out."""
    known = [KnownTerm("Kim Ok-sun", "person"), KnownTerm("Hoeryong", "place")]
    result = Redactor.default().redact(text, known=known, secret=b"k" * 32)
    assert survivor.lower() not in result.text.lower()


def test_short_known_spellings_do_not_eat_ordinary_words() -> None:
    known = [KnownTerm("Kim Ok-sun", "person")]
    assert Redactor.default().redact("look Sunday", known=known).text == "look Sunday"
