"""Korean organisation names the grammar around them gives away (round 6 of issue 11).

``orgs.py`` finds a name glued to or before its kind noun (금강식당, 금강 식당).  These say
"organisation" whatever the word lists say (detector ``cue``):

* **a quoted name beside its kind**: 선교단체 '새벽빛', 공장 '金河水产', '해오름' 식당,
  가발공장 '해돋이', 가정교회(이름 '샘터') (round 10);
* **a kind noun's name given by a naming cue**: 가게 이름이 들꽃네, 회사 상호는 한빛이에요;
* **a Hanzi name glued to a Korean kind noun**: 金河수산이라구, 长白식당에서;
* **a chain's branch named after its town** (이마트 부평점; moved here from ``orgs.py``);
* **a name made with a number**, as North Korean schools and enterprises are: 청진제2중학교,
  4.25담배공장, 2.8직동련합기업소 (the name with its number; the kind stays in the text);
  a camp or a prison by its number (18호관리소, 12호 교화소: round 17).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import known_ko, korean
from fieldkit.redaction.anchored import char_test
from fieldkit.redaction.cuewords import alternation, cue_words, gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["find_branches", "find_korean_orgs", "names_a_workplace"]

_KINDS_EXTRA = ("단체", "선교단체", "인권단체", "업체", "기관", "센터", "NGO", "상호", "샵", "숍")
"""Round 29: 샵, 숍 close a shop's kind (네일샵, 꽃숍), read here only beside a naming word."""
_OPEN = "'\"‘“「『"
_CLOSE = "'\"’”」』"
_OPENING = frozenset(_OPEN)
_HAS_OPENING = char_test(_OPEN)
"""``not _OPENING.isdisjoint(text)`` at C speed (round 31, speed)."""
_SCHOOLS = (
    "고등중학교",
    "고급중학교",
    "초급중학교",
    "중학교",
    "소학교",
    "인민학교",
    "고등학교",
    "초등학교",
    "학교",
)
_COPULA = (
    "이에요|예요|이었어요|였어요|이야|야|이고|고|이라고|라고|입니다|이다|다|인데"
    f"|{'|'.join(korean.ASKING_COPULA)}|인가"  # 향미였나: asking (round 41)
)
_LATIN_RUN = r"[A-Z][A-Za-z0-9&'\-]*(?: [A-Z][A-Za-z0-9&'\-]*){1,3}"
"""A Latin name of two to four capitalised words (a shop's sign: round 29)."""
_CLAUSE_END = (
    r"(?:에서\s?(?:일|알바|근무)[가-힣]{0,4}|에\s?(?:다니|다녀|다녔|다닌|취직)[가-힣]{0,4}"
    r"|인데|이었는데|였는데|이에요|예요|이고|이었고|였고)"
)
"""How the clause naming a workplace ends before 이름 opens the next (round 29): a verb of
working there or the copula (네일샵에서 일해요, 이름이 N; 작은 식당인데 이름이 N)."""


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    kinds = alternation(tuple(korean_nouns()) + _KINDS_EXTRA)
    numbered_kinds = alternation(tuple(korean_nouns()) + _SCHOOLS)
    return {
        # anchored on the quote and read back (a pattern opening with the kinds'
        # alternation was tried at every position: a second on a 2 MB document)
        "quote": re.compile(rf"[{_OPEN}]([^{_CLOSE}\n]{{2,20}}?)[{_CLOSE}]"),
        # the kind alone or closing a compound (가발공장 '해돋이'), its name given in
        # brackets at most (가정교회(이름 '샘터'): round 10)
        "kind_before": re.compile(
            rf"(?:{kinds})(?:\s?|\s?\(\s?(?:이름|상호|간판)(?:은|이|:)?\s?)$"
        ),
        "quoted_before": re.compile(rf"[{_OPEN}]([^{_CLOSE}\n]{{2,20}}?)[{_CLOSE}]\s?(?:{kinds})"),
        "named": re.compile(
            rf"(?:이름|상호|간판)(?:이|은|는)\s"
            rf"([가-힣A-Za-z0-9]{{2,10}}?)(?:{_COPULA})?(?=[.,!?…)]|\s*$)"
        ),
        "named_kind": re.compile(rf"(?<![가-힣])(?:{kinds})\s?(?:의\s)?$"),
        # round 29: the kind in the clause before, 이름 opening the next (X에서 일해요, 이름이 N)
        "named_next": re.compile(
            rf"이름(?:이|은)\s({_LATIN_RUN}|[가-힣A-Za-z0-9]{{2,10}}?)(?:{_COPULA})?"
            r"(?=[.,!?…)]|\s*$)"
        ),
        "clause_kind": re.compile(rf"(?:{kinds}){_CLAUSE_END}[,.]?\s$"),
        # these open with a Hanzi or a digit, the character before checked in code (a
        # look-behind first was tried at every position of a long document)
        "hanzi_glued": re.compile(
            rf"([\u4e00-\u9fff]{{2,6}})(?=[가-힣])(?:{kinds})(?=[가-힣]{{0,6}}(?![가-힣]))"
        ),
        "numbered": re.compile(
            rf"(\d{{1,2}}(?:\.\d{{1,2}}[가-힣]{{0,6}}?|호\s?)?)(?:{numbered_kinds})"
        ),
        # what a numbered name ends with, a short alternation the scan can skip to (the
        # pattern above is tried only in the window before one)
        "numbered_end": re.compile("학교|공장|기업소|광산|탄광|농장|제철소|제강소|관리소|교화소"),
        "name_before_number": re.compile(r"(?<![가-힣0-9.])[가-힣]{1,5}$"),
        # round 41: a state farm by its number (8511농장, 852농장 in Heilongjiang)
        "farm_number": re.compile(r"(?<![\d.,:/가-힣A-Za-z-])(\d{3,4})(?=농장|목장|农场)"),
    }


_ASKING = ("뭐", "뭔", "무엇", "무슨", "어디", "어떤", "누구")


def _org(start: int, end: int, rule: str) -> Hit:
    return Hit(start=start, end=end, label="ORG", detector="cue", rule=rule, uncertain=False)


def _after(
    folded: str, found: re.Pattern[str], before: re.Pattern[str], window: int = 12
) -> Iterator[re.Match[str]]:
    """Each match of ``found`` with ``before`` ending just in front of it."""
    for match in found.finditer(folded):
        if before.search(folded, max(0, match.start() - window), match.start()) is not None:
            yield match


def names_a_workplace(folded: str, at: int) -> bool:
    """Whether the 이름 (상호, 간판) at ``at`` is a workplace's: its kind just before it
    (식당 이름이) or closing the clause before (공장에 다녔어요. 이름이).  The naming cue
    reads a person there; round 29 gives the name the organisation's label instead."""
    if not folded.startswith(("이름", "상호", "간판"), at):
        return False
    rx = _rx()
    if rx["named_kind"].search(folded, max(0, at - 12), at) is not None:
        return True
    return rx["clause_kind"].search(folded, max(0, at - 24), at) is not None


def find_korean_orgs(folded: str, res: Resources) -> list[Hit]:
    """Every organisation name found by the rules of the module docstring."""
    out: list[Hit] = []
    rx, known = _rx(), view(folded)
    found: list[tuple[str, re.Match[str]]] = []
    if _HAS_OPENING(folded):  # both quote patterns open with one of these
        found.extend(("quoted_after", m) for m in _after(folded, rx["quote"], rx["kind_before"]))
        found.extend(("quoted_before", m) for m in rx["quoted_before"].finditer(folded))
    if "이름" in folded or "상호" in folded or "간판" in folded:  # what "named" opens with
        found.extend(("named", m) for m in _after(folded, rx["named"], rx["named_kind"]))
        found.extend(("named", m) for m in _after(folded, rx["named_next"], rx["clause_kind"], 24))
    for rule, match in found:
        name = match.group(1).strip()
        if name.startswith(_ASKING):
            continue  # 식당 이름이 뭐예요?: the question, not the name (round 20)
        if rule == "named" and known_ko.verb_form(name, res):
            continue  # 가게 이름은 몰라요, 없어요: a verb, no name (round 27)
        entry = gazetteer_entry(name, res)
        if name and (entry is None or (rule == "quoted_after" and entry[1])):
            # a spelling marked as also a word or name is the business's when quoted after
            # its kind (가발공장 '대명': round 10); an unmarked town stays a place
            out.append(_org(match.start(1), match.start(1) + len(name), "org_" + rule))
    for match in rx["hanzi_glued"].finditer(folded) if known.has_hanzi else ():
        glued = match.start() and "\u4e00" <= folded[match.start() - 1] <= "\u9fff"
        if not glued and gazetteer_entry(match.group(1), res) is None:
            out.append(_org(match.start(1), match.end(1), "org_hanzi_before_kind"))
    for kind in rx["numbered_end"].finditer(folded) if known.has_digit else ():
        numbered = rx["numbered"].search(folded, max(0, kind.start() - 16), kind.end())
        if numbered is None or numbered.end() != kind.end():
            continue
        start = _numbered_start(folded, numbered)
        if start is not None:
            out.append(
                _org(start, numbered.start(1) + len(numbered.group(1).rstrip()), "org_numbered")
            )
    if known.has_digit and ("농장" in folded or "목장" in folded or "农场" in folded):
        out.extend(_org(*m.span(1), "org_farm_number") for m in rx["farm_number"].finditer(folded))
    return out


def _numbered_start(folded: str, match: re.Match[str]) -> int | None:
    """Where a name made with a number starts: 김책 before 제1, or 2.8 itself."""
    at = match.start()
    if at and folded[at - 1] == "제":
        at -= 1  # 김책제1중학교: 제 before the number
    if match.group(1).rstrip().endswith("호"):
        return None if at and folded[at - 1].isdigit() else at  # 18호관리소: the number
    if "." in match.group(1):
        before = folded[at - 1] if at else " "
        return None if before.isdigit() or before == "." or "가" <= before <= "힣" else at
    name = _rx()["name_before_number"].search(folded, max(0, at - 5), at)
    return None if name is None else name.start()


_BRANCH_END = lazy_pattern(r"점(?=에서|에|은|는|이|을|의|도|[\s,.]|$)")
_BRANCH = lazy_pattern(r"(?<![가-힣A-Za-z])([가-힣A-Za-z]{2,8})\s([가-힣]{2,4})$")
"""Read back from the 점 of a branch (a pattern opening with a look-behind is tried at
every position)."""


def find_branches(folded: str, res: Resources) -> list[Hit]:
    """A chain's branch named after its town (이마트 부평점, 홈플러스 연수점): the town is a
    place and the chain before it a business (uncertain when it is an ordinary word)."""
    out: list[Hit] = []
    for end in _BRANCH_END().finditer(folded):
        match = _BRANCH().search(folded, max(0, end.start() - 14), end.start())
        if match is None:
            continue
        chain, town = 1, 2
        place = res.gaz_hangul.get(match.group(town))
        if place is None and match.group(town) not in res.gaz_marked:
            continue
        name = match.group(chain)
        if name in cue_words().get("not_name", "ko") or name in res.keep_native:
            continue
        out.append(
            Hit.at(
                match.span(town),
                label="PLACE",
                detector="org",
                rule="branch_town",
                uncertain=False,
                detail=place or res.gaz_marked[match.group(town)][0],
            )
        )
        out.append(
            Hit.at(
                match.span(chain),
                label="ORG",
                detector="org",
                rule="branch_chain",
                uncertain=name in res.lex_ko,
            )
        )
    return out
