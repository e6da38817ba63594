"""Round 14 (third wave), lane ORGANISATIONS: business kinds and plant industries, training
schools named before what they teach, Latin names with their acronyms, NGO name endings,
names spelled by an address's domain.

Every sentence is invented (other names, other places than the blind sets'); each class has
its expected output and a precision case where the rule must not fire.
"""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _redacted(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


# --- business kinds and plant industries (data/orgs.tsv, org_nouns.COMPANY_SUFFIX) -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "그때 한별플라스틱 다닐 때 반장님이 잘해 줬어요.",
            "그때 [기관-1] 다닐 때 반장님이 잘해 줬어요.",
        ),
        ("오빠는 동광정밀에서 일했어요.", "오빠는 [기관-1]에서 일했어요."),
        ("동생이 청하정밀 다닌 지 3년이에요.", "동생이 [기관-1] 다닌 지 3년이에요."),
        ("은하케이티비에서 일했어요.", "[기관-1]케이티비에서 일했어요."),
        ("해란서점 뒤에 골목이 있어요.", "[기관-1]서점 뒤에 골목이 있어요."),
        (
            "그거 금성사진관 주인이 만들어 준 거예요.",
            "그거 [기관-1]사진관 주인이 만들어 준 거예요.",
        ),
        ("단체는 새빛네트워크이다.", "단체는 [기관-1]이다."),
    ],
)
def test_a_name_glued_to_a_business_kind_or_industry(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _redacted(engine, text) == expected


def test_a_kind_alone_is_kept(engine: Redactor) -> None:
    for text in (
        "서점에 가서 책을 샀어요.",
        "사진관에서 사진 찍었어요.",
        "플라스틱 공장에 다녔어요.",
    ):
        assert _redacted(engine, text) == text


# --- training schools (orgs_taught_ko) --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("해오름요양보호사교육원 다녔어요.", "[기관-1]요양보호사교육원 다녔어요."),
        ("수원요양보호사교육원에서 자격증 땄어요.", "[장소-1]요양보호사교육원에서 자격증 땄어요."),
        ("한솔 미용학원에서 배웠어요.", "[기관-1] 미용학원에서 배웠어요."),
    ],
)
def test_a_training_school_named_before_what_it_teaches(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _redacted(engine, text) == expected


def test_what_a_school_teaches_alone_is_a_kind(engine: Redactor) -> None:
    for text in ("요양보호사교육원 다녔어요.", "그 미용학원에서 배웠어요."):
        assert _redacted(engine, text) == text


# --- Latin names: acronyms, NGO endings, domains (orgs_acronyms) -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "단체는 Open Doors Asia(ODA)와 연결됐다. ODA 측 담당자.",
            "단체는 [기관-1]([기관-2])와 연결됐다. [기관-2] 측 담당자.",
        ),
        (
            "Referred by Hope Bridge Korea (HBK). Contact: x",
            "Referred by [ORG-1] ([ORG-2]). Contact: x",
        ),
        (
            "She was referred by Freedom for Northern Women (FNW).",
            "She was referred by [ORG-1] ([ORG-2]).",
        ),
        ("송금은 Green Tree Korea 통해서 보냈어요.", "송금은 [기관-1] 통해서 보냈어요."),
        ("Open Gate Ministries paid the rent.", "[ORG-1] paid the rent."),
        (
            "Ask the case worker at Silver Birch: m.han@silverbirch.org.",
            "Ask the case worker at [ORG-1]: [EMAIL-1].",
        ),
    ],
)
def test_a_latin_group_name_by_english_convention(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _redacted(engine, text) == expected


def test_states_and_initials_of_people_are_no_group(engine: Redactor) -> None:
    for text in (
        "He moved to North Korea (NK) later.",
        "The Republic of Korea issued a passport.",
        "In Korea I had to learn everything again.",
    ):
        assert _redacted(engine, text) == text
    assert "ORG" not in _redacted(engine, "I met John Smith (JS) at the church.")


def test_a_material_compound_is_no_company(engine: Redactor) -> None:
    for text in ("일회용플라스틱을 줄여요.", "재생플라스틱이에요.", "아버지는 농업기계를 고쳤다."):
        assert _redacted(engine, text) == text


# --- legal forms and senders (orgs_legal_forms_ko) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("담당은 법무법인 한결 소속이에요.", "담당은 법무법인 [기관-1] 소속이에요."),
        ("2014.03~2015.08 (주)한빛정밀 생산직.", "2014.03~2015.08 [기관-1] 생산직."),
        ("주식회사 다온에서 일했어요.", "주식회사 [기관-1]에서 일했어요."),
        ("사단법인 푸른나무와 연계했다.", "사단법인 [기관-1]와 연계했다."),
        ("새벽빛에서 보낸 목사님이 데리러 왔어요.", "[기관-1]에서 보낸 목사님이 데리러 왔어요."),
    ],
)
def test_a_name_after_its_legal_form_or_sending_a_helper(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _redacted(engine, text) == expected


def test_a_kind_or_a_pointing_word_sending_a_helper_is_kept(engine: Redactor) -> None:
    for text in (
        "회사에서 보낸 사람이 왔어요.",
        "교회에서 보낸 목사님이 왔어요.",
        "거기에서 보낸 사람이에요.",
    ):
        assert _redacted(engine, text) == text
