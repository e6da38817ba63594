"""What is eaten, cooked or counted in bottles is a thing (round 26, precision).

The catch-all and the Mandarin-name rule flag a word they cannot explain: a dish said in
Chinese (쟈오즈, 쏸차이), a northern word for food (이밥, 쌀죽), a herb (익모초).  What the
sentence does to the word tells it from a person, whoever the word is:

* it is the object of a verb of eating or cooking (쏸차이 볶는, 쭝야오를 달여줬는데, 꽈즈
  까먹으면서, 쌀죽을 쒀서): a person is fed (먹여, 멕여), never eaten, boiled or fried;
* it is counted in a container or a measure (꽈즈 한 봉지, 룽징차 한통, 얼궈터우 두 병):
  people are counted in 명, 사람 and 분.

Only an uncertain hit of the weak rules is dropped, and only when the word is the object
(을, 를) or bare; a subject or a companion eats (순희가 먹었다, 순희랑 먹었다), and a name or a
name's shape is never dropped here.
"""

from __future__ import annotations

import re

from fieldkit.redaction import korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.things_named_ko import weak_uncertain

__all__ = ["eaten_or_counted"]

_COOKED = (
    "먹(?!이|여|였)|까먹|사먹|마시|마셔|마셨|빚|끓이|끓여|끓였|튀기|튀겨|튀겼|구워|구웠|굽|"
    "삶|볶|쪄|쪘|찌는|달여|달이|달였|씹|쒀|쑤어|쑤는|담가|담갔|담그|무쳐|무친|데워|데쳐"
)
_UNITS = (
    "봉지|봉투|병|사발|그릇|접시|통|상자|박스|근|포기|알|갑|포대|자루|독|단지|짝|잔|컵|"
    "숟갈|숟가락|바가지|킬로|키로|kg"
)
_NUMBER = "(?:한|두|세|네|석|넉|다섯|여섯|몇|열|[0-9]+|일|이|삼|사|오)"
_AFTER = lazy_pattern(
    rf"(?:을|를)?\s(?:(?:{_COOKED})"
    rf"|[가-힣]{{1,4}}\s(?:{_COOKED})"
    rf"|{_NUMBER}\s?(?:{_UNITS})(?:씩|이랑|랑|하고|이나|을|를|이|가|에|도|만|은|는)?(?![가-힣]))"
)
"""The object and a verb of eating or cooking, next or one word on, or a count in a
container with at most a particle after it (한 병원 and 한 통화 are no bottle nor tin)."""
_BARE_COOKED = lazy_pattern(rf"\s(?:{_COOKED})")


def eaten_or_counted(text: str, hit: Hit, res: Resources) -> bool:
    """Whether the uncertain hit's word is eaten, cooked or counted (module docstring)."""
    if not weak_uncertain(hit):
        return False
    word, end = text[hit.start : hit.end], hit.end
    if word in res.given_ko or korean.name_shaped(word, res):
        return False
    if text[end : end + 1] not in ("을", "를", " "):
        return False
    match = _AFTER().match(text, end)
    if match is None:
        return False
    if text[end] == " " and match.group().startswith(" ") and not _counted(match.group()):
        return _BARE_COOKED().match(text, end) is not None  # 쏸차이 볶는: next word only
    return True


def _counted(after: str) -> bool:
    return re.search(_UNITS, after) is not None
