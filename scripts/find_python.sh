#!/usr/bin/env bash
# Print the path of a working pythonX.Y: first on PATH, then in pyenv.
# A pyenv shim on PATH may exist without that version being active, so each
# candidate is run, not just found.
set -euo pipefail
version="${1:?usage: find_python.sh 3.10}"

works() { "$1" -c 'import sys, venv' >/dev/null 2>&1; }

if command -v "python$version" >/dev/null 2>&1 && works "python$version"; then
  command -v "python$version"
  exit 0
fi
if command -v pyenv >/dev/null 2>&1; then
  root="$(pyenv root)"
  for candidate in $(ls -d "$root/versions/$version".* 2>/dev/null | sort -V -r); do
    if works "$candidate/bin/python$version"; then
      echo "$candidate/bin/python$version"
      exit 0
    fi
  done
fi
cat >&2 <<MSG
error: Python $version was not found (looked on PATH, then in pyenv).
Install it, for example:
  pyenv install $version        # then re-run make
  apt-get install python$version python$version-venv   # Debian/Ubuntu with that version packaged
  brew install python@$version  # macOS
MSG
exit 1
