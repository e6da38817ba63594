"""Round 12 of issue 11, lane EN: English, mixed and Chinese passages.  Every sentence here
is invented for these tests (no blind passage's text or names), with the sentences where
each rule must not fire."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, tuple[str, bool]]:
    """Each span's text -> (label, uncertain)."""
    return {text[s.start : s.end]: (s.label, s.uncertain) for s in engine.redact(text).spans}


def _labels(engine: Redactor, text: str) -> dict[str, str]:
    return {k: v[0] for k, v in _spans(engine, text).items()}


# --- 1. names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Passport on file: KIM, MI-RAE (formerly Kim Mi Re), issued 2019.", "KIM, MI-RAE"),
        ("Holder: CHOI, EUN HA; nationality ROK.", "CHOI, EUN HA"),
    ],
)
def test_a_passport_name_surname_comma_given_is_one_person(
    engine: Redactor, text: str, name: str
) -> None:
    assert _spans(engine, text).get(name) == ("PERSON", False)


@pytest.mark.parametrize(
    "text", ["NOTE, SEE PAGE 2 FOR THE MAP.", "The stamp read DPRK, ID CHECKED at the post."]
)
def test_capitals_with_a_comma_are_no_passport_name_without_a_korean_surname(
    engine: Redactor, text: str
) -> None:
    assert not [v for v in _spans(engine, text).values() if v[0] == "PERSON" and not v[1]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deaconess Park teaches them songs on Fridays.", "Park"),
        ("Evangelist Moon drove us to the border town.", "Moon"),
        ("Missionary Cho kept the list of names.", "Cho"),
    ],
)
def test_a_church_title_before_a_surname_makes_it_a_person(
    engine: Redactor, text: str, name: str
) -> None:
    assert _spans(engine, text).get(name) == ("PERSON", False)
    assert not [k for k in _spans(engine, text) if k.split()[0] in {"Deaconess", "Evangelist"}]


def test_a_name_given_by_they_call_is_a_person(engine: Redactor) -> None:
    text = "At the market a woman they call Big Sister took my papers."
    assert _labels(engine, text).get("Big Sister") == "PERSON"


def test_they_call_without_a_noun_before_it_is_left_to_other_rules(engine: Redactor) -> None:
    text = "In winter they call Harbin the ice city."
    assert _labels(engine, text).get("Harbin") != "PERSON"


def test_a_quoted_word_before_was_what_they_called_me_is_a_person(engine: Redactor) -> None:
    text = '"Happy" was what the men at the farm called me, never my name.'
    assert _labels(engine, text).get("Happy") == "PERSON"


def test_a_quoted_word_before_was_what_without_calling_stays(engine: Redactor) -> None:
    text = '"Enough" was what she said when the broker came back.'
    assert "Enough" not in _spans(engine, text)


def test_an_english_word_name_born_somewhere_is_a_person_when_named_again(
    engine: Redactor,
) -> None:
    text = "Her name is April. April was born in Musan and crossed in 2003."
    spans = [s for s in engine.redact(text).spans if text[s.start : s.end] == "April"]
    assert len(spans) == 2
    assert all(s.label == "PERSON" for s in spans)


def test_an_english_word_before_was_born_once_stays(engine: Redactor) -> None:
    assert "Hope" not in _spans(engine, "Hope was born in the camps, not in the churches.")


# --- 2. places and addresses --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("She stayed in Baishan District for a year.", "Baishan District"),
        ("He sold her in Dongsheng Town for 6,000 yuan.", "Dongsheng Town"),
        ("Her home was near Sanhe Village, by the river.", "Sanhe Village"),
    ],
)
def test_a_named_district_town_or_village_is_one_place(
    engine: Redactor, text: str, place: str
) -> None:
    assert _spans(engine, text).get(place) == ("PLACE", False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We walked through the Old Town after dark.", "Old Town"),
        ("The Lake District is far from here.", "Lake District"),
    ],
)
def test_an_english_word_before_town_or_district_is_no_named_unit(
    engine: Redactor, text: str, word: str
) -> None:
    assert word not in _spans(engine, text)


def test_a_chinese_rural_address_is_one_address(engine: Redactor) -> None:
    text = "She lives at Group 2, Dongfeng Village, Antu County, with his mother."
    assert _labels(engine, text).get("Group 2, Dongfeng Village, Antu County") == "ADDRESS"


def test_a_street_name_before_its_number_is_an_address(engine: Redactor) -> None:
    text = "The shop is at Renmin Road 14-2, by the bridge."
    assert _labels(engine, text).get("Renmin Road 14-2") == "ADDRESS"


def test_a_group_of_people_is_no_address(engine: Redactor) -> None:
    text = "Group 2, the women from the farm, left first."
    assert "ADDRESS" not in _labels(engine, text).values()


def test_a_lower_case_apartment_address_takes_its_romanised_name(engine: Redactor) -> None:
    text = "she lives jangmi apt 203-dong 1101-ho now, with her son."
    assert _labels(engine, text).get("jangmi apt 203-dong 1101-ho") == "ADDRESS"


def test_an_english_word_before_apt_stays_outside_the_address(engine: Redactor) -> None:
    text = "she rents a small apt 203-dong 1101-ho now."
    labels = _labels(engine, text)
    assert "ADDRESS" in labels.values()
    assert not [k for k, v in labels.items() if v == "ADDRESS" and "small" in k]


# --- 3. organisations and file numbers ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The money came from the Seoul-based Hope Road Network last year.", "Hope Road Network"),
        ("She works for the Bright Dawn Alliance now.", "Bright Dawn Alliance"),
    ],
)
def test_a_name_ending_in_network_or_alliance_is_one_org(
    engine: Redactor, text: str, org: str
) -> None:
    assert _labels(engine, text).get(org) == "ORG"


def test_the_article_stays_outside_an_org_before_mission(engine: Redactor) -> None:
    text = "The Mission sent a car."
    assert "The Mission" not in _spans(engine, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Her case, file AB-09-1123, was closed in May.", "AB-09-1123"),
        ("See case no. 2003-118 for the first interview.", "2003-118"),
    ],
)
def test_a_file_number_is_an_id_number(engine: Redactor, text: str, number: str) -> None:
    assert _labels(engine, text).get(number) == "ID_NUMBER"


def test_a_file_of_years_is_no_id_number(engine: Redactor) -> None:
    text = "In the case of 2003 the file was lost."
    assert "ID_NUMBER" not in _labels(engine, text).values()


# --- 4. Chinese ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("被告人赵长海，男，1968年出生，农民。", "赵长海"),
        ("被害人金顺玉，女，朝鲜籍。", "金顺玉"),
        ("上诉人刘长春（原审被告人），男。", "刘长春"),
    ],
)
def test_a_name_after_a_legal_role_is_a_person(engine: Redactor, text: str, name: str) -> None:
    assert _spans(engine, text).get(name) == ("PERSON", False)


def test_a_legal_role_before_a_word_gives_no_legal_party(engine: Redactor) -> None:
    text = "被告人于是，离开了村子。"
    assert not [s for s in engine.redact(text).spans if s.rule == "zh_legal_party"]


def test_chat_labels_with_a_full_width_colon_are_online_ids(engine: Redactor) -> None:
    text = "【延吉姐妹群】小白兔：明天谁去医院？ 山里的风：我去。 小白兔：好的。"
    ids = [text[s.start : s.end] for s in engine.redact(text).spans if s.label == "ONLINE_ID"]
    assert ids == ["小白兔", "山里的风", "小白兔"]


@pytest.mark.parametrize(
    "text",
    [
        "他说：你去吧。 她说：不去。 他说：好。",
        "记者：你好。 受访者：你好。 记者：请说。",
        "山里的风：我去。",  # one label only: no chat
    ],
)
def test_speech_verbs_roles_and_a_lone_label_are_no_chat_labels(
    engine: Redactor, text: str
) -> None:
    assert "ONLINE_ID" not in {s.label for s in engine.redact(text).spans}


def test_korean_and_english_colon_labels_are_left_to_the_speaker_rules(engine: Redactor) -> None:
    text = "Interviewer: Where? Mina: Yanji. Interviewer: When?"
    assert "ONLINE_ID" not in {s.label for s in engine.redact(text).spans}


def test_a_surname_before_an_office_title_is_a_person(engine: Redactor) -> None:
    text = "村主任南主任答复先不报案。"
    assert _labels(engine, text).get("南") == "PERSON"


@pytest.mark.parametrize("text", ["班主任说要开会。", "副主任也来了。", "村主任说先等等。"])
def test_an_office_prefix_is_no_surname(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule == "zh_surname_office"]


def test_a_given_name_ending_in_hua_or_ji_is_a_person(engine: Redactor) -> None:
    text = "我去，美花要的钱我带回来。"
    assert _spans(engine, text).get("美花") == ("PERSON", True)


@pytest.mark.parametrize("text", ["鲜花要浇水。", "这花是他买的。", "棉花也涨价了。"])
def test_a_flower_word_is_no_given_name(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule == "zh_flower_given"]


def test_a_city_after_an_apartment_number_joins_the_address(engine: Redactor) -> None:
    text = "Address Hanbit-ro 9, 303-dong 1102-ho, Sejong. Call her sister."
    spans = [text[s.start : s.end] for s in engine.redact(text).spans]
    assert any(span.endswith("1102-ho, Sejong") for span in spans)


def test_a_word_after_an_apartment_number_before_more_words_is_no_city(engine: Redactor) -> None:
    text = "Room 303-dong 1102-ho, Please ring twice."
    assert not [s for s in engine.redact(text).spans if s.rule == "city_after_address"]


def test_a_village_group_in_chinese_numerals_is_an_address(engine: Redactor) -> None:
    text = "家住和龙市西城镇新兴村二组。"
    assert _labels(engine, text).get("和龙市西城镇新兴村二组") == "ADDRESS"


@pytest.mark.parametrize("text", ["他们村二组的人都走了。", "两室一厅的房子很贵。"])
def test_a_group_without_a_named_village_or_a_flat_size_is_no_address(
    engine: Redactor, text: str
) -> None:
    assert "ADDRESS" not in _labels(engine, text).values()


def test_hotline_role_labels_are_no_speakers_names(engine: Redactor) -> None:
    text = "Operator: Where are you now? Caller: At the bus station. Operator: Stay there."
    assert "PERSON" not in _labels(engine, text).values()


def test_name_labels_beside_role_labels_are_still_speakers(engine: Redactor) -> None:
    text = "Counsellor: How are you? Mina: Better. Counsellor: Good. Mina: Thank you."
    assert _labels(engine, text).get("Mina") == "PERSON"


def test_a_role_label_in_capitals_is_no_name(engine: Redactor) -> None:
    text = (
        "[night log] CALLER: hello? I need help. OPERATOR: Where are you? "
        "CALLER: Near the bus station."
    )
    assert "PERSON" not in _labels(engine, text).values()
