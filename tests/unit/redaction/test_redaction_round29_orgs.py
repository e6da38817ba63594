"""Round 29 of issue 11, organisations in Korean first: what sets BM and BQ (sealed until
this round) and the older development sets showed the organisation rules missing or
cutting against the morphology.  Every sentence here is invented for these tests (no blind
passage's text)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in engine.redact(text).spans]


def _covered(engine: Redactor, text: str, name: str) -> bool:
    at = text.index(name)
    spans = engine.redact(text).spans
    return all(any(s.start <= i < s.end for s in spans) for i in range(at, at + len(name)))


# -- a name's affectionate 이 and its particle are no part of a business's name ----------


@pytest.mark.parametrize(
    ("text", "name", "particle"),
    [
        ("꽃분이는 공장에서 밤일을 했어요.", "꽃분이", "는"),
        ("영철이가 식당에 다녔어요.", "영철이", "가"),
        ("금순이도 교회에 나갔지요.", "금순이", "도"),
    ],
)
def test_a_particle_after_the_affectionate_i_stays_outside_the_span(
    rules: Redactor, text: str, name: str, particle: str
) -> None:
    spans = _spans(rules, text)
    assert (name, "PERSON") in spans
    assert not any(particle in t and name in t for t, _ in spans)


# -- a closed word that modifies no noun, glued to an industry word at a workplace ------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("요즘은 평택 대신정밀에서 일해요.", "대신정밀"),
        ("남편은 대신전자에 다녀요.", "대신전자"),
        ("언니는 같이무역 다닌다고 했어요.", "같이무역"),
    ],
)
def test_a_closed_word_glued_to_an_industry_word_at_work_is_a_firm(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "ORG") in _spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "우리전자에서 일해요.",  # "our": a determiner before a noun
        "엄마전자에서 일해요.",  # a kinship noun
        "대신정밀 기계가 좋아요.",  # no workplace around it
        "그 대신 전자 제품을 샀어요.",  # spaced: the adverb and the noun
    ],
)
def test_a_determiner_a_kinship_word_or_no_workplace_gives_no_firm(
    rules: Redactor, text: str
) -> None:
    assert not any(r.rule == "industry_company" for r in rules.redact(text).spans)


# -- a Latin name before (이)라는, a modifier and the kind --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Open Gate라는 미국 단체에서 비행기표를 사 줬어요.", "Open Gate"),
        ("River Light라는 한국 선교단체가 우리를 숨겨 줬어요.", "River Light"),
        ("Blue Lamp라는 작은 교회에 다녔어요.", "Blue Lamp"),
        ("Morning Star라는 유명한 식당에서 일했어요.", "Morning Star"),
    ],
)
def test_a_latin_name_before_a_modifier_and_its_kind_is_the_name(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "ORG") in _spans(rules, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Susan이라는 사람 교회에서 만났어요.", "Susan"),  # 사람: the name is a person's
        ("Jenny라는 언니가 식당에서 일했어요.", "Jenny"),
    ],
)
def test_a_person_noun_after_the_naming_cue_makes_no_organisation(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "ORG") not in _spans(rules, text)


# -- a venue after <town>에 있는, before the copula with any ending ----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("일하던 데가 연길 서시장에 있는 청류각이었는데요, 사장이 독했어요.", "청류각"),
        ("처음 간 곳이 단동에 있는 해당화관이었고 두 달 있었어요.", "해당화관"),
        ("그 집이 도문에 있는 은방울이었지요.", "은방울"),
    ],
)
def test_a_venue_in_a_town_before_a_copula_with_its_ending_is_named(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "ORG") in _spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "연길에 있는 친구였는데요, 연락이 끊겼어요.",  # a person noun
        "연길에 있는 회사였는데요, 망했어요.",  # a kind noun: the business rules' own
        "연길에 있는 동생이었고 지금은 서울 살아요.",
    ],
)
def test_a_person_or_a_kind_after_a_town_and_its_copula_is_no_venue(
    rules: Redactor, text: str
) -> None:
    assert not any(s.rule == "venue_in_town" for s in rules.redact(text).spans)


# -- X여대: a women's university by its short form ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("다음 주에 덕화여대 상담실 예약이 있어요.", "덕화여대"),
        ("조카가 명신여대생이에요.", "명신여대"),
        ("한솔여대에서 장학금을 받았어요.", "한솔여대"),
    ],
)
def test_a_name_glued_before_yeodae_is_a_university(rules: Redactor, text: str, name: str) -> None:
    assert _covered(rules, text, name)


@pytest.mark.parametrize(
    "text",
    [
        "그 여대에서 일했어요.",  # a determiner, spaced
        "여대 다니는 조카가 있어요.",  # the kind alone
    ],
)
def test_a_women_s_university_as_a_kind_is_no_name(rules: Redactor, text: str) -> None:
    assert not rules.redact(text).spans


# -- a group's capitals glued before a firm's name are part of it ----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("남편은 DH한빛물류 창고에서 일해요.", "DH한빛물류"),
        ("언니는 KT&G한솔무역에 다녀요.", "KT&G한솔무역"),
    ],
)
def test_capitals_glued_before_a_firm_are_inside_its_span(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "ORG") in _spans(rules, text)


def test_capitals_ending_a_lower_case_word_stay_outside(rules: Redactor) -> None:
    spans = _spans(rules, "아이디가 myDH한빛물류 창고예요.")
    assert not any(t.startswith(("myDH", "DH")) for t, _ in spans)


# -- the workplace named in one clause, 이름 opening the next ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("요즘 홍대 헤어샵에서 알바해요, 이름이 Blue Comb. 손님이 많아요.", "Blue Comb"),
        ("동네 꽃집에서 일했는데 이름이 Green Door였어요.", "Green Door"),
        ("작은 공장에 다녔어요. 이름이 솔밭이었어요.", "솔밭"),
    ],
)
def test_a_name_after_a_clause_naming_the_workplace_is_its_name(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "ORG") in _spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "식당에서 일했는데 이름이 뭐였더라.",  # the question, no name yet
        "회사에 다녀요, 이름은 몰라요.",  # a verb, no name
        "공장에 다녔는데 이름이 같았어요.",  # 같았어요: a verb
    ],
)
def test_no_name_after_the_workplace_clause_gives_nothing(rules: Redactor, text: str) -> None:
    assert not rules.redact(text).spans


# -- the naming cue after a workplace gives the organisation's label -------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("식당 이름이 솔바람이에요.", "솔바람"),
        ("작은 공장에 다녔어요. 이름이 솔밭이었어요.", "솔밭"),
    ],
)
def test_a_name_after_a_workplace_s_name_word_is_an_organisation(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "ORG") in _spans(rules, text)


def test_a_child_s_name_stays_a_person(rules: Redactor) -> None:
    assert ("솔바람", "PERSON") in _spans(rules, "딸 이름이 솔바람이에요.")


# -- a verbal noun and its negation after 이름은 are no name -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "가게 이름은 기억 안 나요.",
        "그 아저씨 이름은 생각 안나요.",
        "교회 이름은 확인 못 했어요.",
    ],
)
def test_a_negated_verbal_noun_after_the_name_word_is_no_name(rules: Redactor, text: str) -> None:
    assert not rules.redact(text).spans
