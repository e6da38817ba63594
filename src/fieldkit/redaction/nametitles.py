"""English and romanised titles before or after a name (Ms., Auntie, -ssi), for ``names``.

Split from ``names`` (which had grown past 400 lines): which words are titles, which of
them are strong enough to make a lone ordinary word a name, and which romanised Korean
titles make the romanised-title rule worth running on a text at all.
"""

from __future__ import annotations

from functools import lru_cache

from fieldkit.redaction import data

__all__ = [
    "ABBREVIATIONS",
    "ROMANISED_TITLES",
    "STRONG_TITLES",
    "ZH_TITLE_WORDS",
    "is_title",
    "suffix_titles",
    "title_keys",
]

ABBREVIATIONS = frozenset({"Ms", "Mr", "Mrs", "Mx", "Dr", "Rev", "Prof", "Sr", "St"})
ROMANISED_TITLES = frozenset(
    str.split(
        "ssi nim ajumma ajumoni ajeossi ajoshi ajussi halmoni halmeoni halabeoji harabeoji eonni "
        "unni onni oppa nuna noona hyung hyeong dongmu tongmu samchon imo gomo sonsaengnim "
        "seonsaengnim sajang sajangnim"
    )
)
STRONG_TITLES = ABBREVIATIONS | frozenset(
    {
        "Miss",
        "Madam",
        "Madame",
        "Auntie",
        "Aunty",
        "Aunt",
        "Uncle",
        "Grandma",
        "Grandpa",
        "Granny",
        "Comrade",
        "Pastor",
        "Reverend",
        "Deacon",
        "Elder",
        "Mister",
        "Sister",
        "Brother",
        "Teacher",
        "Professor",
        "Officer",
        "Captain",
        "Chairman",
        "Director",
        "Manager",
        "Boss",
    }
)


@lru_cache(maxsize=1)
def _prefix_titles() -> frozenset[str]:
    return frozenset(data.titles()[("prefix", "en")])


def is_title(word: str, dot: str) -> bool:
    """Ms./Mr. (dot optional) or a title word without a dot, capitalised or not."""
    if word in ABBREVIATIONS:
        return True
    return not dot and (word in _prefix_titles() or word.capitalize() in _prefix_titles())


@lru_cache(maxsize=1)
def title_keys() -> frozenset[str]:
    """Every word ``is_title`` can accept, in lower case: the words to look for first."""
    return frozenset(t.lower() for t in (*ABBREVIATIONS, *_prefix_titles()))


@lru_cache(maxsize=1)
def suffix_titles() -> frozenset[str]:
    """Korean titles after a name (씨, 언니, 선생): a stem that is itself one is no name."""
    return frozenset(data.titles()[("suffix", "ko")])


# Words that open with 老/小/阿 or end in a title character but are no name (老师, 小时).
ZH_TITLE_WORDS = frozenset(
    str.split(
        "老师 小时 小心 小姐 小孩 小说 小学 小区 老人 老年 老公 老婆 老板 老家 老乡 老实 小吃 小伙 "
        "小麦 小米 小便 小组 小型 小费 老虎 老鼠 阿姨 小朋友 小时候 老百姓 小平 老大 小小 老汉"
    )
)
