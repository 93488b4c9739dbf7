#!/usr/bin/env bash
# Regenerates tests/grammar/syntax-errors/NAME.err: what CPython 3.13 prints on
# stderr for `python3 NAME.py`, run from that directory, with the directory
# taken out of the file name (CPython prints the script's absolute path).
# Every case must be rejected as a SyntaxError or IndentationError.
set -euo pipefail
cd "$(dirname "$0")/../tests/grammar/syntax-errors"
dir="$(pwd)"
status=0
for py in *.py; do
  name="${py%.py}"
  set +e
  PYENV_VERSION=3.13.0 python3 "$py" > /dev/null 2> "$name.err.tmp"
  set -e
  sed -i "s|File \"$dir/|File \"|" "$name.err.tmp"
  if ! tail -n 1 "$name.err.tmp" | grep -Eq '^(SyntaxError|IndentationError|TabError): '; then
    echo "not a syntax error: $py" >&2
    cat "$name.err.tmp" >&2
    rm -f "$name.err.tmp"
    status=1
    continue
  fi
  mv "$name.err.tmp" "$name.err"
done
exit $status
