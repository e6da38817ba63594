"""Passphrases: how guessable a new one is (knowing Korean), and strong ones to offer.

Headless and standalone: word lists in ``data/``, zxcvbn for the estimate.  The session's
``check_new_passphrase`` turns an estimate into a refusal with its reasons; the app and
``fieldkit init`` offer ``generate_passphrase``.  Sources and licences of the lists are in
docs/passphrases.md.
"""

from fieldkit.passwords.generate import WORDLISTS, Suggestion, generate_passphrase
from fieldkit.passwords.strength import REASONS, Estimate, estimate

__all__ = ["REASONS", "WORDLISTS", "Estimate", "Suggestion", "estimate", "generate_passphrase"]
