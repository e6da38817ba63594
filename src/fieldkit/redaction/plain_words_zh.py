"""Chinese words the name and place rules took for names (issue 11, round 14, precision).

Set K's Chinese false positives were words the grammar of Chinese gives away:

- a **verb with its aspect particle** before a facility (帮我们瞒着派出所 "hid us from the
  police station"): 着, 了 and 过 follow a verb, and no name ends in them;
- a **product before 厂** (一家电子厂, 服装厂, 食品厂): what a factory makes names the kind
  of factory, never which one (the Korean side is ``orgs_spaced_ko``);
- a **word the stem cut split** (边防站: the cut stopped at 边, a cue character, and read
  防站 as a place in 站): when the cut character and the stem's first character are a word
  (边防), the suffix ends an ordinary compound;
- a **repeated exhortation** in a Korean or English sentence ('快点快点', '走吧走吧'): a word
  of two characters or more said twice is speech, not a name; a doubled given name
  (丽丽, 美美) is one character twice and stays;
- a **deictic or a count before an administrative suffix** (round 14, second wave): 本村村民
  "villagers of this village", 该镇, 邻村, and a numeral with its measure word (去了一趟乡里
  "went once to the countryside", 两个村): which village, or how often, never its name.
"""

from __future__ import annotations

from fieldkit.redaction.resources import Resources

__all__ = [
    "deictic_or_count",
    "product_before_factory",
    "repeated_words",
    "split_compound",
    "verb_with_aspect",
]

_DEICTICS = frozenset("本该此这那其同邻外全各每某")
"""Characters that point at a unit (本村 "this village", 邻村 "the next village")."""

_NUMERALS = frozenset("一二两三四五六七八九十几半")
_MEASURES = frozenset("趟次回个座些")

_ASPECT = frozenset("着了过")

_PRODUCTS = frozenset(
    str.split(
        "电子 服装 制衣 衣服 鞋 制鞋 皮鞋 食品 饮料 啤酒 酒 白酒 烟 卷烟 纺织 织布 印染 化工 "
        "塑料 橡胶 玩具 家具 木材 造纸 纸 印刷 水泥 砖 砖瓦 玻璃 钢铁 机械 汽车 配件 零件 "
        "电器 家电 药 制药 化肥 饲料 肉 肉联 屠宰 水产 海产 鱼 罐头 泡菜 辣椒 豆腐 面粉 "
        "大米 粮食 糖 糕点 饼干 包装 纸箱 假发 头发 眼镜 手机 电池 灯 灯具 五金 服饰 袜子 "
        "毛衣 羽绒 布鞋 箱包 工艺品"
    )
)
"""What a factory makes, a closed class of Chinese: 电子厂 "an electronics factory"."""

_FACTORIES = ("厂", "工厂", "加工厂")


def verb_with_aspect(stem: str) -> bool:
    """瞒着, 卖了, 去过: a verb and its aspect particle, no name."""
    return len(stem) >= 2 and stem[-1] in _ASPECT


def product_before_factory(stem: str, kind: str) -> bool:
    """电子厂, 服装 工厂: the product before 厂 says which kind of factory."""
    return kind in _FACTORIES and stem in _PRODUCTS


def split_compound(folded: str, start: int, cut: frozenset[str], res: Resources) -> bool:
    """The stem cut stopped at a cue character that opens a word with the stem's first
    character (边 of 边防站): the place suffix ends an ordinary compound."""
    if start < 1 or folded[start - 1] not in cut:
        return False
    return folded[start - 1 : start + 1] in res.lex_zh


def repeated_words(run: str, res: Resources) -> bool:
    """快点快点: a listed word of two characters or more said two or three times."""
    for size in (2, 3):
        unit = run[:size]
        if len(run) in (2 * size, 3 * size) and run == unit * (len(run) // size):
            return unit in res.lex_zh
    return False


def deictic_or_count(word: str) -> bool:
    """本村, 邻村: a deictic and the suffix alone; 一趟乡, 两个村: a numeral and a measure word
    before the suffix."""
    if len(word) == 2 and word[0] in _DEICTICS:
        return True
    return len(word) >= 3 and word[0] in _NUMERALS and word[1] in _MEASURES
