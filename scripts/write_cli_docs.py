"""Regenerate docs/cli.md, the command reference, from the click commands themselves.

Run: .venv/bin/python scripts/write_cli_docs.py
A test fails when docs/cli.md drifts from the commands' help.
"""

from __future__ import annotations

from pathlib import Path

import click

from fieldkit.cli import cli

TARGET = Path(__file__).resolve().parent.parent / "docs" / "cli.md"

INTRO = """# Command reference

Generated from the commands' own help by `scripts/write_cli_docs.py`; do not edit by hand.
Every command reads the workspace from `--workspace DIR`, else `FIELDKIT_HOME`, else the user
data directory; the coordinator's and auditor's commands read theirs from `--coordinator DIR`,
else `FIELDKIT_COORDINATOR_HOME`, else the user data directory. Both options may be typed before
the command (`fieldkit --workspace DIR init`) or after it (`fieldkit init --workspace DIR`); when
both are given, the one after the command wins.
Passphrases are asked without echo at a terminal; otherwise one line is read from standard
input per passphrase (`init` reads two). Scripts may also set
`FIELDKIT_PASSPHRASE` (it then sits in the process environment: use it only for automation on
a trusted machine).
Errors are printed to stderr as `error: ...` lines and the exit status is 2 (an output file
that exists is refused the same way; `--force` replaces it where replacing makes sense); an
unexpected failure exits 70 without quoting any data. When the reader of the output goes away
(`fieldkit interview list | head`), the command stops quietly with status 141, what a shell
reports for a program stopped by SIGPIPE (`set -o pipefail` scripts still see the cut).
Commands whose output scripts read take `--json`; the documents' shapes are in
[json.md](json.md).
"""


def _walk(command: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    found = [(path, command)]
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            found += _walk(command.commands[name], [*path, name])
    return found


def render() -> str:
    parts = [INTRO]
    for path, command in _walk(cli, ["fieldkit"]):
        if command.hidden:
            continue
        ctx = click.Context(
            command, info_name=" ".join(path), terminal_width=100, max_content_width=100
        )
        parts.append(f"\n## `{' '.join(path)}`\n\n```text\n{command.get_help(ctx)}\n```\n")
    return "".join(parts)


def main() -> None:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
