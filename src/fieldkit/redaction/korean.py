"""Korean word shapes: particles, verb endings, and whether a stem is an ordinary word.

Korean attaches particles to nouns (연길에서, 영희가), so a name or a place is a
stem with something after it.  These helpers split a word into stem and
particle and tell an ordinary word or verb form from a stem that could be a
name.  They are heuristics over the word list, tuned on the corpus, and the
catch-all flags what they cannot explain as uncertain rather than dropping it.
"""

from __future__ import annotations

from fieldkit.redaction.resources import Resources

__all__ = [
    "GRAMMATICAL_SUFFIX",
    "LOCATIVE_PARTICLES",
    "VERB_FINAL",
    "name_like",
    "ordinary",
    "split_particle",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PARTICLES = tuple(
    sorted(
        _words(
            "에서는 에서도 에서만 에게서 으로는 으로도 으로만 으로부터 로부터 한테서 이라는 이라고 "
            "이랑 에서 에게 한테 까지 부터 으로 라는 라고 처럼 보다 마저 조차 밖에 에는 에도 에만 "
            "께서 하고 이나 이고 이야 이네 이가 이는 이를 이와 이도 이의 이었습니다 였습니다 "
            "입니다 이었다 였다 이다 이었고 였고 이며 이에요 예요 이란 이었는데 였는데 이었지만 "
            "였지만 이지만 인데 이라서 라서 네집 까지만 한테만 에게만 만큼 마다 "
            "의 에 로 은 는 이 가 을 를 와 과 도 만 랑 야 아 네 쪽 씩"
        ),
        key=len,
        reverse=True,
    )
)
LOCATIVE_PARTICLES = _words(
    "에서는 에서도 에서만 으로는 으로도 으로만 으로부터 로부터 에서 까지 부터 으로 에는 에도 "
    "에만 에 로 쪽 까지만"
)
VERB_FINAL = _words(
    "다 요 고 서 며 면 지 게 니 죠 까 데 라 어 해 했 된 한 할 던 운 인 음 기 듯 러 려 께 "
    "히 냐 든 랴 함 됨 짐 겠 았 었 갔 왔 봤 줬 였"
)
"""Last syllables of verb and adjective forms (도착했다, 팔았고, 연락하려면)."""
_STEM_VERB_END = _words(
    "하 되 있 없 했 됐 같 않 싶 였 졌 겠 았 었 갔 왔 봤 줬 셨 시 주 받 보 려 으"
)
GRAMMATICAL_SUFFIX = _words("들 님 씨 네 쪽 째 씩 쯤 께 끼리 마다 뿐")
_NOUN_SUFFIX = GRAMMATICAL_SUFFIX | _words(
    "적 성 화 인 자 권 식 당 장 집 역 길 방 값 돈 밭 감 짓 질 꾼 터 간 비 료 품 기 실 관 원 "
    "소 회 과 법 용 물 생 일 년 월 시 때 번"
)
_PARTICLE_END = frozenset("이가은는을를의에도와과")


_BY_LENGTH = tuple(
    (size, frozenset(p for p in PARTICLES if len(p) == size))
    for size in sorted({len(p) for p in PARTICLES}, reverse=True)
)


def split_particle(token: str) -> tuple[str, str]:
    """(stem, particles): up to two stacked particles are removed (밤에만 -> 밤, 에만)."""
    stem, tail = token, ""
    for _ in range(2):
        for size, particles in _BY_LENGTH:
            if len(stem) > size and stem[-size:] in particles:
                stem, tail = stem[:-size], stem[-size:] + tail
                break
        else:
            break
    return stem, tail


def ordinary(stem: str, res: Resources, lexicon: frozenset[str] | None = None) -> bool:
    """An ordinary word, a verb form, or a compound of ordinary words."""
    lex = res.lex_ko if lexicon is None else lexicon
    if stem in lex or (stem[-1] in _STEM_VERB_END and stem[:-1] in lex):
        return True
    common = res.lex_ko_common
    for cut in range(2, len(stem)):
        head, tail = stem[:cut], stem[cut:]
        if head in common and (tail in common or tail in _NOUN_SUFFIX):
            return True
    return False


def plural_of_word(stem: str, res: Resources) -> bool:
    """An ordinary word with a grammatical suffix (사람들, 여성들, 두 번째)."""
    return stem[:-1] in res.lex_ko and stem[-1] in GRAMMATICAL_SUFFIX


def name_like(stem: str, res: Resources) -> bool:
    """A Hangul stem that could be a person's name: not a word, not a verb form."""
    if stem in res.keep_native or stem in res.gaz_hangul or len(stem) < 2:
        return False
    bare, particle = split_particle(stem)
    if particle and (bare in res.lex_ko or len(bare) < 2):
        return False
    if stem in res.lex_ko or plural_of_word(stem, res) or stem[-1] in VERB_FINAL:
        return False
    if stem in res.given_ko or (stem[0] in res.sur_ko_hangul and len(stem) <= 4):
        return True
    return len(stem) == 2 and stem[-1] not in _PARTICLE_END and not ordinary(stem, res)
