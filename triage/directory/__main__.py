"""``python -m triage.directory check [PATH]``: validate every directory entry.

Prints one line on success and exits 0; otherwise prints each problem (file,
entry id, field, message) to stderr and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from triage.directory.loader import DEFAULT_PATH, load_directory
from triage.directory.problems import DirectoryError


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m triage.directory")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate every entry of the directory")
    check.add_argument("path", nargs="?", default=str(DEFAULT_PATH), help="folder or file")
    args = parser.parse_args(argv)

    try:
        directory = load_directory(args.path)
    except DirectoryError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        count = len(error.problems)
        print(
            f"directory check failed: {count} problem{'s' if count != 1 else ''}", file=sys.stderr
        )
        return 1
    offered = len(directory.offered())
    unverified = sum(1 for s in directory.services if not s.verified)
    print(
        f"directory ok: {len(directory.services)} services ({offered} offered to residents, "
        f"{unverified} unverified), {len(directory.organizations)} organizations, "
        f"{len(directory.files)} files, content {directory.content_hash[:12]}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
