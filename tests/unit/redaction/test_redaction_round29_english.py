"""Round 29, lane E: English and mixed passages.  Every sentence here is invented for these
tests; Korean examples lead where the rule reads Korean text too.

* A speaker's name after a 24-hour time stamp (``[14:10] Soo: ...``), as Telegram, Signal
  and desktop exports write it (``chat_labels._stamped_names``): before, only stamps with
  오전/오후 or AM/PM were read.
* A key-value record with lower-case field keys (``records_en``: record_type; individual /
  name; Ri Chun-hwa / born; ...): its keys are neither handles nor a name column.
"""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.months_en import date_word_is_date


def _spans(engine: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in engine.redact(text).spans]


def _texts(engine: Redactor, text: str) -> set[str]:
    return {t for t, _ in _spans(engine, text)}


# --- a speaker after a 24-hour time stamp -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[21:05] 봄: 언니 어디야\n[21:07] 봄: 연길 도착했어", {"봄"}),
        ("[21:05] 순옥: 언니 어디야\n[21:07] 미향: 지금 가요", {"순옥", "미향"}),
        ("[14:10] Soo: the bus left\n[14:12] Soo: call me at six", {"Soo"}),
        ("[07:45] Dara: passports ready\n[07:46] Wen: ok, leaving now", {"Dara", "Wen"}),
    ],
)
def test_a_name_after_a_bare_clock_stamp_is_a_speaker(
    rules: Redactor, text: str, names: set[str]
) -> None:
    assert names <= _texts(rules, text)


def test_a_common_word_after_a_bare_clock_is_a_speaker_only_when_it_returns(
    rules: Redactor,
) -> None:
    spans = rules.redact("[14:10] Soo: the bus left\n[14:12] Soo: call me at six").spans
    assert spans and all(s.uncertain for s in spans if s.rule == "chat_stamped")


@pytest.mark.parametrize(
    "text",
    [
        "[08:00] 아침: 밥 먹음\n[09:00] 회의: 없음",
        "[09:30] Note: bring the papers\n[09:31] Update: none yet",
        "[10:15] Update: the van is late",
        "The meeting was at [14:00] sharp: everyone came.",
    ],
)
def test_a_time_log_heading_is_not_a_speaker(rules: Redactor, text: str) -> None:
    assert not [s for s in rules.redact(text).spans if s.rule == "chat_stamped"]


# --- key-value records ------------------------------------------------------------------------


_RECORD_KO = "record_type; individual\nname; 최봄 / Choi Bom\nborn; 혜산시\nroute; 长白 → 通化\n"
_RECORD_SEMI = (
    "record_type; individual\n"
    "name; Pak Un-hui\n"
    "born; a village near the river\n"
    "crossed; spring 2003\n"
    "sold_to; a farmer surnamed Liu\n"
    "children; two daughters\n"
)
_RECORD_COLON = (
    "record_type: broker\n"
    "alias: Old Tiger\n"
    "operates: the northern crossing\n"
    "phone_last_known: unknown\n"
)


@pytest.mark.parametrize("text", [_RECORD_KO, _RECORD_SEMI, _RECORD_COLON])
def test_a_record_field_key_is_neither_a_name_nor_a_handle(rules: Redactor, text: str) -> None:
    keys = {"record_type", "born", "route", "crossed", "sold_to", "children", "operates"}
    keys |= {"phone_last_known"}
    assert not keys & _texts(rules, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [(_RECORD_KO, "최봄"), (_RECORD_SEMI, "Pak Un-hui"), (_RECORD_SEMI, "Liu")],
)
def test_a_record_still_gives_its_people(rules: Redactor, text: str, name: str) -> None:
    assert name in _texts(rules, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a chat's speakers come back: handles, not a record's fields
        ("sun_flower: hi\nmoon_light: hey\nsun_flower: ok", "sun_flower"),
        # name; age is a table's header: the column below it holds names
        ("name; age\nhope; 34\ngrace; 29", "hope"),
        # two lines are not a record
        ("note: see below\nwrite to river_girl: she answers", "river_girl"),
    ],
)
def test_what_is_not_a_record_stays_found(rules: Redactor, text: str, found: str) -> None:
    assert found in _texts(rules, text)


# --- a North American number with its area code in brackets ---------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("미국 번호 (213) 555-0147로 연락 주세요", "(213) 555-0147"),
        ("Her sponsor at the church, (646) 555-0172; she answers evenings.", "(646) 555-0172"),
        ("new # (415) 555-0190.", "(415) 555-0190"),
        ("reach her at (604) 555.0133 after work", "(604) 555.0133"),
    ],
)
def test_a_bracketed_area_code_number_is_a_phone_whole(
    rules: Redactor, text: str, phone: str
) -> None:
    assert (phone, "PHONE") in _spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "그때 (100) 200-3000 이런 숫자는 없었어요",
        "The page count was (250) 300-400 pages.",
        "In 1998 (age 23) 455 people crossed in one month.",
        "Table (123) 045-6789 is a code starting with zero.",
    ],
)
def test_other_bracketed_numbers_are_not_phones(rules: Redactor, text: str) -> None:
    assert not [s for s in rules.redact(text).spans if s.rule == "nanp_area_code"]


# --- a cell after | and a quote after » open a sentence --------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("연길에서 전화 옴 | Asking about 언니 | Follow-up: 없음", "Asking"),
        ("Caller from the city, no name given | In a flat near the market", "In"),
        ("Caller from the city, no name given | Asking about her son", "Asking"),
        ("posted by a reader » Just back from the border town.", "Just"),
    ],
)
def test_an_ordinary_word_opening_a_cell_or_a_quote_stays(
    rules: Redactor, text: str, word: str
) -> None:
    assert word not in _texts(rules, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("연길에서 전화 옴 | Minsook asked about 언니", "Minsook"),
        ("Caller from the city | Yoonhee asked about her son", "Yoonhee"),
    ],
)
def test_a_name_opening_a_cell_is_still_found(rules: Redactor, text: str, name: str) -> None:
    assert name in _texts(rules, text)


# --- a capitalised English word after an article ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("교회에서는 매일 the Grace of God 이야기만 했어요.", "Grace"),
        ("She called it the Mission, and nobody argued.", "Mission"),
        ("every karaoke bar had a Crystal and a Ruby.", "Crystal"),
        ("They said the Faith of the old women kept the house.", "Faith"),
    ],
)
def test_an_english_word_after_an_article_is_no_person(
    rules: Redactor, text: str, word: str
) -> None:
    assert word not in _texts(rules, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("교회에서는 매일 Grace 언니 이야기만 했어요.", "Grace"),
        ("I stayed with the Choi family in the town.", "Choi"),
        ("Then the Pak brothers came with a van.", "Pak"),
        ("We worked at the Dongfang restaurant for a year.", "Dongfang"),
        ("We met Grace at the station.", "Grace"),
    ],
)
def test_a_surname_or_an_unknown_word_after_an_article_stays_found(
    rules: Redactor, text: str, name: str
) -> None:
    assert name in _texts(rules, text)


# --- a weekday's short form before a date ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("언니가 보낸 메일: On Tue, 9 Jun 2009 at 11:02, 언니 wrote:", "Tue"),
        ("On Wed, 14 Mar 2012 at 08:40, the office wrote:", "Wed"),
        ("Sent: Fri 3 May 2013 21:15", "Fri"),
        ("Log from Thu, Oct 2 onward.", "Thu"),
    ],
)
def test_a_weekday_before_a_date_is_no_person(rules: Redactor, text: str, word: str) -> None:
    assert word not in _texts(rules, text)


def test_a_weekday_word_before_no_date_is_left_to_the_other_rules(rules: Redactor) -> None:
    text = "Sun, 34, from the north, said little."
    assert not date_word_is_date(text, 0, 3)
    assert date_word_is_date("On Sun, 4 May 2014", 3, 6)
