"""Round 9 of issue 11, lane KEEP-LIST AND PRECISION: complete dictionary word classes as
"known word", verbs conjugated by grammar (standard and northeastern), and one shared
known-word check (``known_ko.known_word``).  Every sentence here is invented for these
tests (no blind passage's text or names); each rule has sentences where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.redaction import Redactor, dictionary_ko, known_ko
from fieldkit.redaction.resources import Resources, build

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def res() -> Resources:
    return build()


def _spans(engine: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in engine.redact(text).spans]


# --- 1. The data: complete word classes from a named public source ------------------------


def test_word_data_names_its_source_and_licence() -> None:
    data = ROOT / "src/fieldkit/redaction/data/words_ko.tsv"
    head = data.read_text(encoding="utf-8").splitlines()[:5]
    text = "\n".join(head)
    assert "open-korean-text" in text and "Apache License 2.0" in text
    script = (ROOT / "scripts/build_words_ko.py").read_text(encoding="utf-8")
    commit = script.split('COMMIT = "')[1].split('"')[0]
    assert commit in text  # the file says which commit the build script read


def test_word_classes_are_loaded() -> None:
    assert dictionary_ko.noun("탄광") and dictionary_ko.noun("명절")
    assert dictionary_ko.adverb("함부로")
    assert not dictionary_ko.noun("영희")


# --- 2. Verbs conjugated by grammar ---------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "얹혀서",  # 얹히 + 어 contracted, + 서
        "붙잡혀온",  # infinitive + the auxiliary 오 + ㄴ
        "팔아넘긴",  # a compound verb: 팔아 + 넘긴
        "빼앗김",  # the nominal ㅁ
        "시릴",  # the adnominal ㄹ
        "찾아가서",
        "건드려서",
        "바꿨으니",  # the past ㅆ
        "알았으믄",  # northeastern 믄 for 면
        "가믄",
        "뛰어들어가구",  # northeastern 구 for 고
        "지어준",  # the ㅅ irregular: 짓 + 어
        "몰라서",  # the 르 irregular: 모르 + 아
        "추워서",  # the ㅂ irregular: 춥 + 어
        "도와준",
        "만들어준",
    ],
)
def test_verb_forms_are_known(word: str, res: Resources) -> None:
    assert known_ko.verb_form(word, res)


@pytest.mark.parametrize("word", ["안내하는", "북송돼서", "소개받은", "통역해주신"])
def test_a_noun_made_a_verb_is_known(word: str, res: Resources) -> None:
    assert known_ko.verb_form(word, res)


@pytest.mark.parametrize(
    "word",
    ["하나", "지나", "보라", "나라", "기쁨", "보람", "영희", "이요한", "김연아"],
)
def test_names_are_no_verb_forms(word: str, res: Resources) -> None:
    # two given-name syllables, two syllables ending in ㅁ, a listed or name-shaped name,
    # a light verb after no noun (이요 + 한)
    assert not known_ko.verb_form(word, res)


# --- 3. The shared known-word check -----------------------------------------------------


@pytest.mark.parametrize(
    "stem",
    ["탄광", "섣달", "중풍", "명태", "함부로", "정확한주소", "만들어준사람"],
)
def test_known_words(stem: str, res: Resources) -> None:
    assert known_ko.known_word(stem, res)


@pytest.mark.parametrize("stem", ["김연아", "박지성", "순희", "영희"])
def test_names_are_never_known_words(stem: str, res: Resources) -> None:
    assert not known_ko.known_word(stem, res)


def test_two_given_name_syllables_are_known_only_in_a_neutral_context(res: Resources) -> None:
    assert known_ko.known_word("명태", res)
    assert not known_ko.known_word("명태", res, listed=True)


def test_nouns_alone_joined_are_left_to_the_compound_rule(res: Resources) -> None:
    assert known_ko.joined_words("정확한주소", res)
    assert not known_ko.joined_words("새날재단", res)  # nouns only: an institution's name
    assert not known_ko.joined_words("서울가정법원", res)


@pytest.mark.parametrize("word", ["아무한테두", "잊지두", "조선족이오"])
def test_northeastern_particles(word: str, res: Resources) -> None:
    assert known_ko.northern_particle(word, res)


def test_a_name_with_a_northeastern_particle_is_not_explained(res: Resources) -> None:
    assert not known_ko.northern_particle("순희두", res)


# --- 4. In the engine: what is kept, and what is still redacted ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "겨울이면 명태를 말려서 장에 냈어요.",
        "남편은 탄광에서 다쳤어요.",
        "섣달에는 눈이 허리까지 왔어요.",
        "그때는 친척 집에 얹혀 살았어요.",
        "물이 발이 시릴 만큼 찼어요.",
        "그래서 아무한테두 말 안 했슴다.",
        "그 남자는 조선족이오.",
        "주소: 정확한주소 모름.",
        "장마당에서 물건을 모두 빼앗김.",
    ],
)
def test_ordinary_korean_is_kept(engine: Redactor, text: str) -> None:
    assert _spans(engine, text) == []


def test_a_verb_after_a_role_noun_is_no_name(engine: Redactor) -> None:
    assert _spans(engine, "아들 낳고부터는 시아버지가 달라졌어요.") == []
    assert _spans(engine, "수수료 떼고 언니 주고 남았어요.") == []  # 떼 + 고 before 언니


def test_names_are_still_redacted(engine: Redactor) -> None:
    assert "향미" in _spans(engine, "같이 온 여자는 은실, 향미 둘이었어요.")
    assert "은실" in _spans(engine, "같이 온 여자는 은실, 향미 둘이었어요.")
    assert "큰손" in _spans(engine, "연락은 브로커 '큰손' 통해서 했어요.")
    assert "봉수" in _spans(engine, "동생은 아직 봉수에 있어요.")
    assert "서울" in "".join(_spans(engine, "서울가정법원에서 이혼 판결이 났다."))
    assert "기쁨" in "".join(_spans(engine, "딸 이름이 기쁨이라고 지었어요."))


def test_a_famous_name_is_not_kept_by_the_dictionary(engine: Redactor) -> None:
    found = _spans(engine, "이웃집 김연아가 밥을 줬어요.")
    assert any("김연아" in f for f in found)


# --- 5. Sound words said twice, a verb and its bound noun typed together -----------------


@pytest.mark.parametrize(
    "text",
    [
        "손이 후들후들 떨려서 글씨를 못 썼어요.",
        "겨울에는 그 마을을 뜰수 없었다.",
        "그 번호로는 절대 전화하지 말것.",
    ],
)
def test_sound_words_and_bound_nouns_are_kept(engine: Redactor, text: str) -> None:
    assert _spans(engine, text) == []


def test_a_call_repeated_with_a_space_is_still_a_name(engine: Redactor) -> None:
    text = "밤에 소연아, 소연아 하고 불렀어요."
    assert "소연" in "".join(_spans(engine, text))


# --- 6. The naming-cue and place-suffix rules ask the shared check too -------------------


def test_a_verb_before_a_naming_ending_is_no_name(engine: Redactor) -> None:
    assert _spans(engine, "주인 할매가 밥 먹으라 하더란 말이오.") == []  # 하더 + 란
    assert _spans(engine, "언니가 김순덕이라고 하더라고.") == ["김순덕"]  # the name still goes


def test_a_verb_before_a_place_suffix_is_no_place(engine: Redactor) -> None:
    assert _spans(engine, "창고에서 나가면 바로 잡힌다고 했어요.") == []  # 나가 + 면
    assert "무산" in "".join(_spans(engine, "무산군에서 나가면 바로 강이에요."))


# --- 7. The place-noun and business-noun rules ask the shared verb check ---------------


def test_a_verb_before_a_place_noun_is_no_place(engine: Redactor) -> None:
    assert _spans(engine, "남편이 살던 마을은 산 밑이었어요.") == []
    assert _spans(engine, "얼굴이 엄마랑 똑같애서 동네서 다 알아봤어요.") == []  # spoken 애


def test_a_verb_before_a_business_noun_is_no_name(engine: Redactor) -> None:
    assert _spans(engine, "할머니가 반찬도 담가주고 병원도 데려가 줬어요.") == []


def test_a_noun_that_parses_as_a_verb_still_names_a_business(engine: Redactor) -> None:
    assert "해바라기" in _spans(engine, "우리는 해바라기 식당에서 만났어요.")


def test_a_chinese_name_that_reads_as_a_verb_stays_a_certain_name(engine: Redactor) -> None:
    # 장하오 is also 장하 ("admirable") + the 하오-style 오: not read as a verb
    text = "아들 장하오는 남편이 키워요."
    got = {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}
    assert got == {"장하오": False}
