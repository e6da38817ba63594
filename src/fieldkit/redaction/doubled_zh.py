"""Chinese children's names of one doubled character, and bracketed labels with a kin word
(round 11 of issue 11, lane ALIAS).

Chinese families call a child by a doubled character (浩浩, 明明, 丽丽); a chat read out in a
testimony names its speakers in brackets with a kin or church address (``[恩惠姐妹]``,
``[国华哥]``).  Both are slots of grammar, not lists of names:

* **a doubled character as a person**: at the start of a clause, as the subject of a verb
  only a person (or a child) is (上学, 发烧, 哭, 想妈妈 ...; ``_PEOPLE_VERB``), or right after
  a kinship noun (儿子, 女儿, 孙子 ...): a person, uncertain when it is also a word (明明
  "obviously").  Never a doubled adverb, quantifier, kin term or verb (天天, 常常, 刚刚,
  慢慢, 人人, 家家, 妈妈, 看看: ``_NOT_NAME``, the closed class of Mandarin reduplicated
  adverbs, distributive quantifiers, kin terms and tentative verbs).
* **a bracketed Hanzi label ending in a kin or church address** (姐妹, 弟兄, 姐, 哥, 妹, 姨,
  嫂): the characters before the address are a person's name, wherever the label stands
  (a chat retyped inline: ``/ [恩惠姐妹] 找李执事``), uncertain when they are a word.
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_doubled_names"]

_HAN = "\u4e00-\u9fff"
_NOT_NAME = frozenset(
    str.split(
        # adverbs and adjectives used as adverbs
        "天天 常常 刚刚 慢慢 偏偏 渐渐 往往 悄悄 纷纷 默默 稍稍 仅仅 轻轻 暗暗 久久 白白 早早 "
        "好好 时时 日日 夜夜 统统 通通 整整 紧紧 万万 快快 多多 足足 乖乖 远远 深深 高高 满满 "
        "活活 生生 匆匆 连连 频频 屡屡 略略 微微 隐隐 "
        # distributive quantifiers: every one
        "人人 家家 处处 个个 年年 月月 样样 件件 次次 回回 声声 句句 条条 层层 步步 点点 "
        # kin terms and pet words that are roles
        "妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 奶奶 爷爷 姥姥 宝宝 叔叔 舅舅 姑姑 婆婆 公公 伯伯 太太 "
        "娃娃 婶婶 嫂嫂 姨姨 "
        # tentative verbs and set phrases
        "看看 试试 说说 想想 走走 等等 谢谢 聊聊 问问 听听 找找 玩玩 歇歇 哈哈 嘻嘻 呵呵 嘿嘿"
    )
)
_PEOPLE_VERB = (
    "上学|上课|放学|上幼儿园|读书|念书|发烧|生病|病了|感冒|哭|笑|闹|睡觉|睡着|吃饭|想妈妈|想你|想爸爸|"
    "想家|找你|找妈妈|问|喊|说|要妈妈|听话|不听话|长大|长高|考试|考上|毕业|结婚|出生|满月|会走|会说|"
    "今年|已经|现在|一直|老是|总是|每天|天天|也|还"
)
_KIN = "儿子|女儿|孙子|孙女|外孙|外孙女|闺女|侄子|侄女|大儿子|小儿子|大女儿|小女儿|老大|老二|老三"
_DOUBLED = lazy_pattern(rf"([{_HAN}])(?<![{_HAN}].)\1(?={_PEOPLE_VERB})")
"""A doubled Hanzi not after another (the look-behind after the first character: round 13,
speed) before what a child does."""
_AFTER_KIN = lazy_pattern(rf"(?:{_KIN})\s?(([{_HAN}])\2)")
_LABEL = lazy_pattern(rf"\[([{_HAN}]{{1,3}}?)(?:姐妹|弟兄|姊妹|姐|哥|妹|姨|嫂)\]")


def _hit(start: int, end: int, word: str, res: Resources, rule: str) -> Hit:
    return Hit(
        start=start,
        end=end,
        label="PERSON",
        detector="cue",
        rule=rule,
        uncertain=word in res.lex_zh,
    )


def find_doubled_names(folded: str, res: Resources) -> Iterator[Hit]:
    """Every doubled-character name and kin-address label (module docstring)."""
    for match in _DOUBLED().finditer(folded):
        word = match.group()
        if word not in _NOT_NAME:
            yield _hit(match.start(), match.end(), word, res, "doubled_given_zh")
    for match in _AFTER_KIN().finditer(folded):
        word = match.group(1)
        if word not in _NOT_NAME:
            yield _hit(match.start(1), match.end(1), word, res, "doubled_given_zh")
    if "[" in folded:
        for match in _LABEL().finditer(folded):
            word = match.group(1)
            if (word not in res.function_zh and len(word) >= 2) or word in res.sur_zh_hanzi:
                yield _hit(match.start(1), match.end(1), word, res, "kin_label_zh")
