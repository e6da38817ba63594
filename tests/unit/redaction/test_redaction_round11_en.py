"""Round 11 of issue 11, lane EN: English, mixed and Chinese passages.  Every sentence here
is invented for these tests (no blind passage's text or names), with the sentences where
each rule must not fire."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, tuple[str, bool]]:
    """Each span's text -> (label, uncertain)."""
    return {text[s.start : s.end]: (s.label, s.uncertain) for s in engine.redact(text).spans}


# --- 1. names in capitals after a spelling cue ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On the exit visa it is spelled HAN SOON OK, age 40.", "HAN SOON OK"),
        ("Name: CHO OK HEE. Born in 1979.", "CHO OK HEE"),
        ("Her passport reads YOON MI SOON since 2015.", "YOON MI SOON"),
        ("It was written as SONG SO RA on the form.", "SONG SO RA"),
    ],
)
def test_a_name_in_capitals_after_a_spelling_cue_is_a_person(
    engine: Redactor, text: str, name: str
) -> None:
    assert _spans(engine, text).get(name) == ("PERSON", False)


@pytest.mark.parametrize(
    "text",
    [
        "Name: NGO STAFF ONLY. Please knock.",
        "The form was written in CAPITAL LETTERS by the clerk.",
        "Her passport said DPRK ID on the cover.",
    ],
)
def test_capitals_that_are_no_korean_name_stay_after_the_cue(engine: Redactor, text: str) -> None:
    assert not [v for v in _spans(engine, text).values() if v[0] == "PERSON" and not v[1]]


# --- 3. a title with an initial; quoted stage names -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She wants to be named only as Mrs. R in the report.", "Mrs. R"),
        ("Mr. T. drove the truck to the river.", "Mr. T"),
        ("Ms. W said nothing about the money.", "Ms. W"),
        ("The doctor, Dr. B, stitched the wound.", "Dr. B"),
    ],
)
def test_a_title_and_one_initial_is_a_person(engine: Redactor, text: str, name: str) -> None:
    """The initial's own full stop may join the span (the catch-all reads "T." as an
    initial); the title and the letter always do."""
    spans = _spans(engine, text)
    assert spans.get(name, spans.get(name + ".")) == ("PERSON", False)


def test_a_title_before_a_full_name_still_takes_the_name(engine: Redactor) -> None:
    assert _spans(engine, "We met Mrs. Han at the market.").get("Mrs. Han") == ("PERSON", False)


def test_a_quoted_stage_name_is_a_person(engine: Redactor) -> None:
    text = 'At the bar every girl had a stage name; hers was "JiJi" and nobody asked why.'
    assert _spans(engine, text).get("JiJi", ("", True))[0] == "PERSON"


def test_a_quoted_phrase_without_a_stage_name_cue_is_left_to_other_rules(
    engine: Redactor,
) -> None:
    text = 'The sign said "Closed" all week.'
    assert "Closed" not in _spans(engine, text)


# --- 4. agencies, business names with a digit -----------------------------------------------


def test_an_agency_in_capitals_before_its_staff_is_an_organisation(engine: Redactor) -> None:
    text = "At the border they were met by IOMK officers and taken to a shelter."
    assert _spans(engine, text).get("IOMK") == ("ORG", False)


@pytest.mark.parametrize(
    "text",
    [
        "The NGO staff gave us blankets.",
        "DPRK officials came to the village.",
        "The KTV staff locked the doors.",
    ],
)
def test_generic_acronyms_before_staff_are_no_organisation(engine: Redactor, text: str) -> None:
    assert not [v for v in _spans(engine, text).values() if v[0] == "ORG"]


def test_a_business_name_with_a_digit_before_its_kind_is_an_organisation(
    engine: Redactor,
) -> None:
    text = "She stacks shelves at a Mart24 convenience store near the station."
    assert _spans(engine, text).get("Mart24") == ("ORG", False)


@pytest.mark.parametrize(
    "text",
    ["They met on the 2nd floor of the hotel.", "It was a 1990s hotel with no lift."],
)
def test_an_ordinal_or_a_decade_before_a_kind_is_no_name(engine: Redactor, text: str) -> None:
    assert not [v for v in _spans(engine, text).values() if v[0] == "ORG"]


# --- 5. a Hanzi place alone in English text -------------------------------------------------


def test_a_hanzi_place_after_a_preposition_in_english_is_a_place(engine: Redactor) -> None:
    text = "The broker put her on a night bus to 长春 with two other girls."
    assert _spans(engine, text).get("长春") == ("PLACE", False)


def test_a_hanzi_word_that_is_no_place_stays_in_english(engine: Redactor) -> None:
    text = "She wrote 谢谢 on the card for the nurse."
    assert "谢谢" not in _spans(engine, text)


# --- 2. lower-case names and places once established ----------------------------------------


def test_a_lower_case_name_that_is_a_month_is_the_person_at_every_later_mention(
    engine: Redactor,
) -> None:
    text = (
        "the cook was a woman called june, about 50. in june 2003 she moved. "
        "after the raid june hid the girls, and june-imo paid the fine."
    )
    spans = engine.redact(text).spans
    found = [(s.start, text[s.start : s.end]) for s in spans if s.label == "PERSON"]
    assert [word for _, word in found] == ["june", "june", "june"]
    assert text.index("june 2003") not in [start for start, _ in found]


def test_a_month_without_a_naming_cue_stays_a_month(engine: Redactor) -> None:
    text = "we crossed in june when the water was low. june was hot."
    assert not [s for s in engine.redact(text).spans if s.label == "PERSON"]


def test_a_lower_case_romanised_korean_place_after_a_place_word_is_a_place(
    engine: Redactor,
) -> None:
    text = "they hid in a shed behind sindapri until dark."
    assert _spans(engine, text).get("sindapri") == ("PLACE", True)


@pytest.mark.parametrize(
    "text",
    [
        "we walked from home to there, behind the kitchen.",
        "she came back from work near midnight.",
    ],
)
def test_english_words_after_a_place_word_stay(engine: Redactor, text: str) -> None:
    assert not [v for v in _spans(engine, text).values() if v[0] == "PLACE"]


# --- 4. full names where only part was found; two-word organisations ------------------------


def test_a_month_word_after_a_surname_is_the_given_name(engine: Redactor) -> None:
    text = "Her cousin Wang Jun met us at the bus station."
    assert _spans(engine, text).get("Wang Jun") == ("PERSON", False)


def test_a_month_after_a_surname_before_a_day_stays_a_date(engine: Redactor) -> None:
    text = "Her husband Wang on 4 Jun locked the door."
    spans = _spans(engine, text)
    assert "Wang" in spans
    assert "Wang on 4 Jun" not in spans


def test_two_ordinary_capitalised_words_before_to_are_an_organisation(engine: Redactor) -> None:
    text = "Could you ask Open Lantern to send her file?"
    assert _spans(engine, text).get("Open Lantern", ("", False))[0] == "ORG"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("She asked Grace Lee to help with the forms.", "ORG"),
        ("He wants Korean Air to pay for the ticket.", "ORG"),
    ],
)
def test_a_person_or_a_kept_word_before_to_is_no_organisation(
    engine: Redactor, text: str, absent: str
) -> None:
    assert absent not in [label for label, _ in _spans(engine, text).values()]


# --- 5. Chinese text: display names before a timestamp, a name before the passive 被 -------


def test_display_names_before_a_timestamp_are_online_ids(engine: Redactor) -> None:
    text = "白云朵朵 09:12:05 你到了吗？\n海边77 09:13:40 还没有，车坏了\n白云朵朵 09:15:00 好的"
    spans = _spans(engine, text)
    assert spans.get("白云朵朵") == ("ONLINE_ID", False)
    assert spans.get("海边77") == ("ONLINE_ID", False)


def test_one_timestamped_line_or_one_sender_is_no_chat(engine: Redactor) -> None:
    text = "火车 10:30 出发，我们 12:45 到了。"
    assert "火车" not in _spans(engine, text)
    text = "The bus left at 10:30 and arrived at 12:45.\nWe waited until 13:00 there."
    assert not _spans(engine, text)


def test_a_chinese_given_name_before_the_passive_is_a_person(engine: Redactor) -> None:
    text = "别信他。去年秀梅就是被他骗到那边去的。"
    assert _spans(engine, text).get("秀梅") == ("PERSON", True)


@pytest.mark.parametrize("text", ["手机被偷了。", "后来房子被烧了。", "我们的钱都被拿走了。"])
def test_ordinary_words_before_the_passive_stay(engine: Redactor, text: str) -> None:
    assert not [v for v in _spans(engine, text).values() if v[0] == "PERSON"]


# --- 5 (mixed). a Hangul name in an English sentence; handles ------------------------------


def test_a_hangul_name_with_its_affectionate_i_opening_an_english_sentence(
    engine: Redactor,
) -> None:
    """The name of a place read in Hangul (연경, a district's reading) takes no affectionate
    이; with it, the word is a person."""
    text = "We shared a room for a year. 연경이 was the one who cooked."
    spans = _spans(engine, text)
    assert spans.get("연경", ("", False))[0] == "PERSON"
    assert "연경이" not in spans


def test_a_hangul_name_before_a_comma_and_a_quote_is_a_person(engine: Redactor) -> None:
    text = 'Her son in the village is 최민국, "like the old minister," she says.'
    assert _spans(engine, text).get("최민국", ("", False))[0] == "PERSON"


def test_a_hangul_greeting_after_a_sentence_stays(engine: Redactor) -> None:
    text = "She smiled. 감사합니다 was all she said."
    assert "감사합니다" not in _spans(engine, text)


# --- precision: the adjectives of the transit countries are kept ----------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A Lao boatman took us across at night.", "Lao"),
        ("We gave ourselves up to the Thai police.", "Thai"),
        ("Her NK husband never wrote.", "NK"),
        ("The Cambodian border was closed that week.", "Cambodian"),
    ],
)
def test_a_country_adjective_is_kept(engine: Redactor, text: str, word: str) -> None:
    assert word not in _spans(engine, text)


def test_a_place_that_starts_with_a_kept_adjective_is_still_a_place(engine: Redactor) -> None:
    text = "They crossed at Lao Cai in the rain."
    assert "Lao Cai" in _spans(engine, text)


def test_a_handle_joined_by_an_underscore_is_an_online_id(engine: Redactor) -> None:
    text = "Write to her on Line (sun_flower88 is the account) after dark."
    assert _spans(engine, text).get("sun_flower88") == ("ONLINE_ID", False)


def test_an_underscore_inside_an_address_or_a_file_name_is_left_to_them(
    engine: Redactor,
) -> None:
    spans = _spans(engine, "The report is at example.org/files/case_notes and in case_notes.pdf.")
    assert "case_notes" not in spans
