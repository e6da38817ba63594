"""Words that are no online ID, and how an ID is marked (the online-ID rules of ``patterns``).

An ID after "WeChat" or "카톡" is often an ordinary word in a sentence (paid via Alipay,
keeps in touch on WeChat): those words are listed here; an ID without a digit, ``_`` or
``.`` must be marked as one (ID:, 아이디는, 号) to count.
"""

from __future__ import annotations

import re

from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["MARKED_ID", "ONLINE_STOP"]

ONLINE_STOP = frozenset(
    str.split(
        "is was and the with account name number group chat call calls message messages friend "
        "friends video voice app phone also too that this then there they them her his my your "
        "our their she him but not only every from into onto when where what which who please "
        "send sent said says told asked could would should have has had were will just still "
        "about after before again always never often sometimes people woman women man men handle "
        "username user account cousin sister brother mother father mom mum dad aunt auntie "
        "uncle husband wife son daughter niece nephew grandma grandmother family friend boss "
        "broker pastor teacher neighbour neighbor "
        # round 14: what one does or is on an app, before "on WeChat" (keeps in touch on ...)
        "touch contact contacts chats chatting chatted talk talks talking talked text texts "
        "texting texted messaging messaged online active blocked added "
        # round 20: reached via WeChat, paid via Alipay, found on Facebook
        "reached reach reachable contacted paid pay sent money found met spoke speak wrote "
        "write replied reply called call posted shared asked us her him them me "
        # round 27: where she is, before "via WeChat" (her grandkids in China via WeChat Pay)
        "china korea japan russia thailand laos mongolia vietnam america canada seoul home here "
        "abroad first instead later now anymore daily lately recently again"
    )
)
MARKED_ID = lazy_pattern(
    r"\s*(?:(?:id|account|handle|name|number|아이디|번호|号|号码)\s*)?"
    r"(?:is|was|:|：|=|-|는|은|은요|是)?\s*@?",
    re.IGNORECASE,
)
