"""Choosing a new passphrase at the command line: typed and checked at once, or suggested.

``fieldkit init --generate`` (and ``coordinator init --generate``, ``workspace passphrase
--generate``) shows a passphrase of random words (EFF long list, or the BIP-39
Korean list when the locale or ``--wordlist ko`` says so) and asks for it once, so the person
has written it down before anything is created.  A typed passphrase is checked before the
workspace is made; at a terminal, a weak one is refused with its reason in the user's language
and a suggestion is offered instead.
"""

from __future__ import annotations

import os
import sys

import click

from fieldkit.cli.common import PASSPHRASE_ENV, ask_new_passphrase
from fieldkit.errors import PassphraseError

__all__ = ["generate_options", "new_passphrase"]

_OFFER = {
    "en": "Use a passphrase fieldkit suggests instead?",
    "ko": "fieldkit 이 제안하는 비밀번호 문구를 대신 쓸까요?",
}
_SHOW = {
    "en": "Your new passphrase ({n} random words from the {source}, {bits:.0f} bits):",
    "ko": "새 비밀번호 문구 ({source}에서 무작위로 고른 단어 {n}개, {bits:.0f}비트):",
}
_KEEP = {
    "en": "Write it down and keep it apart from this laptop. Type it once to confirm",
    "ko": "적어 두고 이 노트북과 떨어진 곳에 보관하세요. 확인을 위해 한 번 입력하세요",
}
_DIFFERENT = (
    "what you typed is not the suggested passphrase; nothing was created",
    "입력한 것이 제안한 비밀번호 문구와 다릅니다. 아무것도 만들지 않았습니다",
)


def generate_options(func: click.decorators.FC) -> click.decorators.FC:
    """``--generate`` and ``--wordlist``: the same two options wherever a passphrase is new."""
    func = click.option(
        "--wordlist",
        type=click.Choice(["en", "ko"]),
        default=None,
        help="Words for --generate: the EFF list (en) or the BIP-39 Korean list (ko); default: "
        "Korean when the locale or FIELDKIT_LANG is Korean.",
    )(func)
    return click.option(
        "--generate",
        is_flag=True,
        help="Suggest a passphrase of random words (shown once; type it back to confirm).",
    )(func)


def _interactive() -> bool:
    return sys.stdin.isatty() and os.environ.get(PASSPHRASE_ENV) is None


def _suggested(lang: str, wordlist: str) -> tuple[str, str]:
    from fieldkit.cli.common import _secret
    from fieldkit.session.passphrase import suggest_passphrase

    suggestion = suggest_passphrase(wordlist)
    source = suggestion.source.split(" (")[0]
    click.echo(
        _SHOW[lang].format(n=len(suggestion.words), source=source, bits=suggestion.bits), err=True
    )
    click.echo(f"\n    {suggestion.text}\n", err=True)
    try:
        typed = _secret(_KEEP[lang])
    except click.Abort:
        raise PassphraseError("no passphrase given; nothing was created") from None
    if typed.strip() != suggestion.text:
        raise PassphraseError(_DIFFERENT[0], translations={"ko": (_DIFFERENT[1], None)})
    return suggestion.text, suggestion.text


def new_passphrase(
    *, generate: bool, lang: str, wordlist: str | None, env_is_current: bool = False
) -> tuple[str, str]:
    """``(passphrase, confirmation)`` for a new workspace, already checked; messages in
    ``lang``, suggestions from ``wordlist`` (default: the list of ``lang``).

    ``env_is_current``: ``FIELDKIT_PASSPHRASE`` holds the passphrase being replaced (``workspace
    passphrase``), so it does not stand in the way of a suggested new one."""
    from fieldkit.session.passphrase import check_new_passphrase

    if generate:
        if os.environ.get(PASSPHRASE_ENV) is not None and not env_is_current:
            raise PassphraseError(
                f"--generate and {PASSPHRASE_ENV} cannot be used together",
                hint=f"unset {PASSPHRASE_ENV} to have a passphrase suggested",
            )
        return _suggested(lang, wordlist or lang)
    passphrase, confirmation = ask_new_passphrase()
    try:
        check_new_passphrase(passphrase, confirmation)
    except PassphraseError as error:
        if not _interactive():
            english, hint = error.message, error.hint
            message, hint = error.translations.get(lang, (english, hint))
            raise PassphraseError(message, hint=hint) from None
        click.echo(f"error: {error.localized(lang)}", err=True)
        if not click.confirm(_OFFER[lang], default=True, err=True):
            raise PassphraseError("no passphrase chosen; nothing was created") from None
        return _suggested(lang, wordlist or lang)
    return passphrase, confirmation
