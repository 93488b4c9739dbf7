#!/usr/bin/env bash
# Runs every tests/lib/<module>/*.py program under CPython 3.13 twice, with the
# standard modules and with pygil's src/lib modules (scripts/lib_bootstrap.py),
# and checks that stdout and the exit status are the same, and that stdout
# matches the stored NAME.out. With --update it (re)writes NAME.out from the
# standard run.
#
# With --stress, the src/lib runs switch threads every microsecond
# (sys.setswitchinterval), which makes races in the modules far likelier.
#
# Usage: scripts/check-lib.sh [--update] [--stress] [PROGRAM.py ...]
set -u
cd "$(dirname "$0")/.."
export PYENV_VERSION=3.13.0
PY=python3
update=0
stress=()
if [ "${1:-}" = "--update" ]; then update=1; shift; fi
if [ "${1:-}" = "--stress" ]; then stress=(--switch-interval 0.000001); shift; fi
if [ $# -gt 0 ]; then programs=("$@"); else programs=(tests/lib/*/*.py); fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

failed=0
passed=0
for prog in "${programs[@]}"; do
  timeout 120 $PY "$prog" >"$tmp/want" 2>/dev/null; want_rc=$?
  timeout 120 $PY scripts/lib_bootstrap.py ${stress[@]+"${stress[@]}"} "$prog" >"$tmp/got" 2>"$tmp/err"; got_rc=$?
  expected="${prog%.py}.out"
  if ! cmp -s "$tmp/want" "$tmp/got" || [ $want_rc != $got_rc ]; then
    echo "DIFF $prog (exit $want_rc vs $got_rc)"
    diff "$tmp/want" "$tmp/got" | head -20
    head -30 "$tmp/err"
    failed=$((failed + 1))
    continue
  fi
  if [ $update = 1 ]; then
    cp "$tmp/want" "$expected"
  elif ! cmp -s "$tmp/want" "$expected"; then
    echo "STALE $expected (differs from CPython's output; run with --update)"
    failed=$((failed + 1))
    continue
  fi
  passed=$((passed + 1))
done
echo "check-lib: $passed passed, $failed failed"
[ $failed = 0 ]
