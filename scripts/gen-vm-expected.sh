#!/bin/sh
# Records what CPython 3.13 prints for the interpreter's test programs
# (tests/vm/programs/NAME.py): NAME.out, NAME.err when stderr is not empty,
# NAME.code when the exit status is not 0. Run from anywhere.
set -eu
dir="$(cd "$(dirname "$0")/../tests/vm/programs" && pwd)"
cd "$dir"
for py in *.py; do
  name="${py%.py}"
  status=0
  PYENV_VERSION=3.13.0 timeout 60 python3 "$py" >"$name.out" 2>"$name.err" || status=$?
  # CPython names the script by its absolute path; the tests run it by its bare name.
  sed -i "s|$dir/||g" "$name.err"
  [ -s "$name.err" ] || rm -f "$name.err"
  if [ "$status" -ne 0 ]; then echo "$status" >"$name.code"; else rm -f "$name.code"; fi
done
