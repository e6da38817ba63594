"""The Korean titles of a text (김 선생, 순희 언니가), found once per call for the rules that
read back from them (``cues_ko``: a surname or a name before a title).

A title counts after a space or tab and ending its word, with its particle.  No title
holds a space, so each is found from the space before it: a character class the regex
engine skips to, then the titles as a trie (issue 11 round 9, speed: the plain scan tried
every title at every position, twice per text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.anchors_ko import title_starts
from fieldkit.redaction.cuewords import alternation, closed_words, cue_words
from fieldkit.redaction.phrases import trie_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["after_title", "before_title", "title_pattern", "titles"]


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern[str]:
    """Any one Korean title, the longer first."""
    return re.compile(f"(?:{alternation(cue_words().get('title', 'ko'))})")


@lru_cache(maxsize=1)
def after_title() -> re.Pattern[str]:
    """What may follow a title in its word (님, 들, a particle); group 1 is the particle.

    Round 13: the polite 요 after a particle (언니였고요, 사장님은요) and the copula in
    its connective forms (사장이라 그랬죠, 언니라서, 선생이었는데, 언니였거든요) also end
    a title's word: the copula says "X is the title", so the word before it is still
    the one the title names.  Round 19: and the bound noun of owning (钱 씨꺼였어요, 박
    사장 거예요).  Round 37: the honoured copula (목사님이세요, 선생님이셨어요, 사장님이신데):
    the copula said of someone honoured, as often after 님 as the plain one."""
    particles = alternation(korean.PARTICLES)
    return re.compile(
        rf"(?:님|들)?((?:{particles})?)(?:만|도|는)?(?:(?:거|꺼)(?:예요|에요|야|지요)?)?"
        r"(?:(?:이|)(?:라서?|라도|라면|라니까)|(?:이었|였)[가-힣]{0,4}|요"
        r"|(?:이|)(?:세요|셔요|셨[가-힣]{0,4}|십니다|시고|신데|시죠|시지요?))?(?![가-힣])"
    )


@lru_cache(maxsize=1)
def _title_words() -> re.Pattern[str]:
    """The title words, one trie: a match opens with a title's syllable, which ``re`` skips
    to at C speed (round 17, speed: ``[ \t](?=...)`` was tried at every space of a long
    document).  No title holds a space, so a title after a space is never inside another
    match, and each is found."""
    return re.compile(trie_pattern(frozenset(cue_words().get("title", "ko"))))


def titles(folded: str) -> tuple[tuple[re.Match[str], str], ...]:
    """Each title word that follows a space and ends its word, with its particle: what
    ``title_pattern().finditer`` finds after a space or tab and ``after_title`` accepts
    (once per text: ``textview``)."""
    memo = view(folded).memo
    found = memo.get(titles)
    if found is None:
        found = memo[titles] = tuple(_find(folded))
    return found  # type: ignore[return-value]


def _find(folded: str) -> list[tuple[re.Match[str], str]]:
    found = []
    title, after = title_pattern(), after_title()
    for word in finditer_from(_title_words(), folded, title_starts(folded)):  # round 32
        start = word.start()
        if not start or folded[start - 1] not in " \t":
            continue
        match = title.match(folded, start)
        if match is not None:
            rest = after.match(folded, match.end())
            if rest is not None:
                found.append((match, rest.group(1)))
    return found


@lru_cache(maxsize=1)
def _long_titles() -> tuple[str, ...]:
    return tuple(t for t in cue_words().get("title", "ko") if len(t) >= 2)


@lru_cache(maxsize=1)
def _long_title_ranks() -> tuple[dict[str, int], int]:
    """Each title of two syllables or more -> its place in ``_long_titles``, and the
    longest's length."""
    ranks: dict[str, int] = {}
    for rank, title in enumerate(_long_titles()):
        ranks.setdefault(title, rank)
    return ranks, max(map(len, ranks), default=0)


def before_title(stem: str, res: Resources) -> str:
    """The name before a title of two or more syllables glued to it (다들 돼지소장이라
    했어요: the nickname is 돼지, and 소장 stays as the role it is, as after a space:
    round 25); a listed word that ends in a title stays whole, and so does a stem of
    fewer than two syllables before the title (김소장: the surname rules' case)."""
    if stem in res.lex_ko:
        return stem
    ranks, longest = _long_title_ranks()
    best: tuple[int, int] | None = None  # (rank, length): the first title the list gives
    for size in range(2, min(longest, len(stem) - 2) + 1):  # the stem's own endings
        rank = ranks.get(stem[-size:])  # round 28, speed: not each title tried in turn
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, size)
    return stem if best is None else stem[: -best[1]]


_SUBJECT_PARTICLES = ("이", "가", "은", "는", "도")
_COPULA_GOES_ON = ("었", "에요", "에여", "라", "란", "고", "지", "죠", "니", "다", "면", "야", "요")


def after_role(word: str) -> int:
    """Where a name starts in a word typed without its space after a role or kinship word
    and its particle (반장이리홍메이라고, 언니가순희랑: round 35), else 0.  The role word is
    one of ``closed_words`` of two syllables or more, and two syllables at least follow."""
    closed = closed_words("ko")
    for cut in range(2, min(len(word) - 3, 4) + 1):
        if word[:cut] in closed and word[cut] in _SUBJECT_PARTICLES:
            if (word[cut] in "이은") != korean.final_consonant(word[cut - 1]):
                continue  # 이 and 은 follow a closed syllable, 가 and 는 an open one
            if word[cut] == "이" and word[cut + 1 :].startswith(_COPULA_GOES_ON):
                continue  # 반장이었는, 반장이라고: the copula, no particle
            return cut + 1
    return 0
