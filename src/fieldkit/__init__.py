"""fieldkit: offline, encrypted interviews with identity redaction.

Nothing heavy is imported here: ``fieldkit --version`` and every headless
command must start fast, and the core must never pull in the terminal UI.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
