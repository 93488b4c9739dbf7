#!/usr/bin/env bash
# Writes the CPython 3.13 error output beside every compile-time error case:
# for tests/compiler/errors/NAME.py, NAME.err holds what `python3 NAME.py`
# prints to stderr (the SyntaxError report), with the file named NAME.py
# (CPython shows the script's absolute path; the directory is cut off).
#
#     PYENV_VERSION=3.13.0 scripts/gen-compile-errors.sh
set -euo pipefail
cd "$(dirname "$0")/../tests/compiler/errors"
python3 -c 'import sys; assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"'
for py in *.py; do
  if python3 "$py" 2> "${py%.py}.err.tmp" > /dev/null; then
    echo "$py: no error" >&2
    exit 1
  fi
  sed "s|File \"$PWD/|File \"|" "${py%.py}.err.tmp" > "${py%.py}.err"
  rm "${py%.py}.err.tmp"
done
echo "wrote $(ls *.err | wc -l) files"
