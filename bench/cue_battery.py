"""The strong-cue batteries of round 16: how often a name in a strong cue's slot is left
with no span at all (a *silent* miss), by frame.

    .venv/bin/python bench/cue_battery.py [-v] [--rules-only]

Issue 11 asks that a strong cue always redact, whatever a lexicon says: the lexicon may
only downgrade a name to *uncertain*.  Each battery crosses cue frames (an honorific or a
title after the name, a role or kinship noun before it, a naming verb, a business's kind
noun, a companion "and I") with names chosen to be hard: given names that are ordinary
words (사랑, 하늘, 봄, 하나, Hope, June), famous people's names, Chinese names in Hangul
and romanised Korean names.  The sentences are written by the engine's authors, so the
figure measures the cue rules' coverage, never accuracy on real text: accuracy is the blind
sets' (docs/redaction.md).  ``-v`` prints every silent sentence.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from fieldkit.redaction import Redactor, korean

WORD_NAMES_KO = str.split(
    "사랑 기쁨 하늘 봄 별 구슬 옥 보람 나라 하나 바다 다솜 한별 가을 이슬 은혜 소망 새봄 꽃님 "
    "금단 미소 노을 아름 초롱 진주 한결 송이 방울 샘 달 빛나 누리 햇살 단비 여름 겨울 은별 "
    "슬기 다운 예쁨 행복 평화 자유 희망"
)
OTHER_NAMES_KO = str.split(
    "이민호 박지성 김연아 이효리 송혜교 현빈 원빈 비 아이유 보아 왕웨이 리밍 장샤오펑 류칭 "
    "쑨리 김철 리순 박영"
)
NAMES_EN = str.split(
    "Hope Grace June Young Joy Faith Rose Sun Sky Bo Mi Star Summer Autumn Spring Jade Pearl "
    "Ruby Honey Sunny Happy Lucky Baby Angel Precious Love Peace Bright Song Hana Bom Byeol "
    "Haneul Sarang Gippeum Kim Park Lee Choi Jang Wang Li Zhang Liu Chen Ri Pak Han Ok Sook "
    "Mina Jin"
)
ORG_NAMES_KO = str.split(
    "진달래 무궁화 아리랑 행복 은하수 금강산 백두산 해바라기 장미 대동강 한라산 평양 새희망 "
    "사랑 소망 믿음 동방 황금 천지 태양 청솔 대성 신흥 금호 영광 보배 꽃님 별빛 하나 두리"
)
KINDS_KO = str.split(
    "식당 노래방 안마방 호텔 공장 농장 교회 유치원 병원 회사 가게 식품 여관 미용실 옷가게 냉면집"
)


def _after(word: str, consonant: str, vowel: str) -> str:
    return consonant if korean.final_consonant(word[-1]) else vowel


PERSON_FRAMES_KO: list[Callable[[str], str]] = [
    lambda n: f"{n} 씨가 도와줬어요.",
    lambda n: f"{n} 씨는 착했어요.",
    lambda n: f"{n}씨한테 돈을 줬어요.",
    lambda n: f"{n} 님이 오셨어요.",
    lambda n: f"{n} 동무가 말했어요.",
    lambda n: f"{n} 선생님이 가르쳤어요.",
    lambda n: f"{n} 언니가 전화했어요.",
    lambda n: f"{n} 언니랑 같이 갔어요.",
    lambda n: f"{n} 아저씨가 데려갔어요.",
    lambda n: f"{n} 이모네 집에 있었어요.",
    lambda n: f"{n} 오빠가 왔어요.",
    lambda n: f"{n} 할머니가 숨겨 줬어요.",
    lambda n: f"남편 {n}{_after(n, '은', '는')} 술만 마셨어요.",
    lambda n: f"시어머니 {n}{_after(n, '이', '가')} 저를 가뒀어요.",
    lambda n: f"브로커 {n}{_after(n, '이', '가')} 우리를 데려갔어요.",
    lambda n: f"이웃 {n}{_after(n, '이', '가')} 신고했어요.",
    lambda n: f"딸 {n}{_after(n, '이', '가')} 아파요.",
    lambda n: f"아들 {n}{_after(n, '은', '는')} 중국에 있어요.",
    lambda n: f"{n}{_after(n, '이라는', '라는')} 여자가 있었어요.",
    lambda n: f"그 사람은 자기를 {n}{_after(n, '이라고', '라고')} 했어요.",
    lambda n: f"우리는 그 언니를 {n}{_after(n, '이라고', '라고')} 불렀어요.",
    lambda n: f"제 이름은 {n}{_after(n, '이에요', '예요')}.",
    lambda n: f"딸 이름은 {n}{_after(n, '이에요', '예요')}.",
    lambda n: f"이름이 {n}{_after(n, '이었어요', '였어요')}.",
    lambda n: f"같이 온 사람은 {n}{_after(n, '이랑', '랑')} 순희였어요.",
    lambda n: f"친구 {n}{_after(n, '이', '가')} 먼저 잡혔어요.",
    lambda n: f"{n}{_after(n, '이', '')} 엄마가 저를 도와줬어요.",
]
PERSON_FRAMES_EN = [
    "{n} helped us cross.",
    "Mr. {n} sold me.",
    "Ms. {n} hid me for a month.",
    "Aunt {n} took me in.",
    "Auntie {n} gave us rice.",
    "A man called {n} sold me.",
    "A woman named {n} met us.",
    "The broker, known as {n}, took the money.",
    "My husband {n} drank every day.",
    "Her mother-in-law {n} locked her in.",
    "The broker {n} took us to the border.",
    "Our neighbour {n} reported us.",
    "My daughter {n} is still in China.",
    "Sister {n} prayed with us.",
    "Officer {n} questioned me.",
    "We called her {n}.",
    "My name is {n}.",
    "I stayed with {n} at her house in Yanji.",
    "{n} and I crossed together.",
    "The landlord, {n}, let us stay.",
    "They called him {n}.",
    "her friend {n} was caught first.",
]
ORG_FRAMES_KO: list[Callable[[str, str], str]] = [
    lambda n, k: f"{n} {k}에서 일했어요.",
    lambda n, k: f"{n}{k}에서 일했어요.",
    lambda n, k: f"{n}{_after(n, '이라는', '라는')} {k}에서 일했어요.",
    lambda n, k: f"{k} 이름은 {n}{_after(n, '이었어요', '였어요')}.",
    lambda n, k: f"연길에 있는 {n} {k}에 팔려 갔어요.",
]


def _silent(engine: Redactor, text: str, name: str) -> bool:
    start = text.index(name)
    end = start + len(name)
    return not any(s.start < end and start < s.end for s in engine.redact(text).spans)


def _battery(engine: Redactor, cases: list[tuple[str, str]], verbose: bool) -> tuple[int, int]:
    silent = 0
    for text, name in cases:
        if _silent(engine, text, name):
            silent += 1
            if verbose:
                print("   ", text)
    return silent, len(cases)


def batteries() -> dict[str, list[tuple[str, str]]]:
    names_ko = WORD_NAMES_KO + OTHER_NAMES_KO
    return {
        "Korean persons": [(f(n), n) for f in PERSON_FRAMES_KO for n in names_ko],
        "English persons": [(f.format(n=n), n) for f in PERSON_FRAMES_EN for n in NAMES_EN],
        "Korean organisations": [
            (f(n, k), n) for f in ORG_FRAMES_KO for n in ORG_NAMES_KO for k in KINDS_KO
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", action="store_true", help="print every silent sentence")
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args()
    engine = Redactor.default(learned=not args.rules_only)
    for name, cases in batteries().items():
        silent, total = _battery(engine, cases, args.v)
        print(f"{name:22} silent {silent:4} of {total:5}")


if __name__ == "__main__":
    main()
