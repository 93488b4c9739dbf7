#!/usr/bin/env bash
# Records what CPython 3.13 prints for every conformance case, beside the case:
# NAME.out (stdout), NAME.err (stderr, only when not empty), NAME.code (the exit
# status, only when not 0). Each case runs from its own folder as `python3
# NAME.py`, the way a user runs it.
#
# CPython (since 3.9) turns the script's path into an absolute one, so its
# tracebacks name "/path/to/tests/cases/AREA/NAME.py". The recorded stderr has
# that folder removed (File "NAME.py", ...), so the expected files do not depend
# on where the repository lives; tests/helpers/cases.ts applies the same rule
# to what a runner prints.
#
# Every case runs twice, under two string-hash seeds; a case whose output
# differs between the two depends on hash order (a set of strings printed, for
# instance) and is reported, since no other interpreter could match it.
#
# Files whose names start with `_` are modules that cases import, not cases.
#
# usage: scripts/gen-expected.sh [AREA...]      (default: every area)
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd -P)
cases="$root/tests/cases"
python=(env PYENV_VERSION=3.13.0 python3)
limit_s=${GEN_EXPECTED_TIMEOUT:-20}

run_case() {  # run_case SEED NAME OUTPREFIX: runs NAME.py, writes OUTPREFIX.{out,err,status}
  local seed=$1 name=$2 prefix=$3
  env -u PYTHONSTARTUP -u PYTHONPATH -u PYTHONWARNINGS -u PYTHONINSPECT \
    PYTHONHASHSEED="$seed" PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 \
    timeout "$limit_s" "${python[@]}" "$name.py" >"$prefix.out" 2>"$prefix.err" </dev/null
  echo $? >"$prefix.status"
}

strip_case_dir() {  # strip_case_dir DIR: removes "DIR/" wherever a path starts with it
  local dir=$1
  DIR="$dir/" "${python[@]}" -c 'import os, sys; sys.stdout.buffer.write(sys.stdin.buffer.read().replace(os.fsencode(os.environ["DIR"]), b""))'
}

record_case() {  # record_case AREA NAME
  local area=$1 name=$2 tmp status unstable=0
  tmp=$(mktemp -d)
  (cd "$cases/$area" && run_case 1 "$name" "$tmp/a" && run_case 2 "$name" "$tmp/b")
  status=$(cat "$tmp/a.status")
  if [ "$status" = 124 ]; then
    echo "TIMEOUT  $area/$name (over ${limit_s}s): nothing recorded" >&2
    rm -rf "$tmp"; return 1
  fi
  if ! cmp -s "$tmp/a.out" "$tmp/b.out" || ! cmp -s "$tmp/a.err" "$tmp/b.err" || [ "$status" != "$(cat "$tmp/b.status")" ]; then
    echo "UNSTABLE $area/$name: output depends on the hash seed or on time" >&2
    diff "$tmp/a.out" "$tmp/b.out" | head -5 >&2
    unstable=1
  fi
  cp "$tmp/a.out" "$cases/$area/$name.out"
  if [ -s "$tmp/a.err" ]; then
    strip_case_dir "$cases/$area" <"$tmp/a.err" >"$cases/$area/$name.err"
  else
    rm -f "$cases/$area/$name.err"
  fi
  if [ "$status" != 0 ]; then echo "$status" >"$cases/$area/$name.code"; else rm -f "$cases/$area/$name.code"; fi
  rm -rf "$tmp"
  return $unstable
}

if [ $# -gt 0 ]; then areas=("$@"); else
  mapfile -t areas < <(find "$cases" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
fi

failed=0 count=0
for area in "${areas[@]}"; do
  [ -d "$cases/$area" ] || { echo "no such area: $area" >&2; failed=1; continue; }
  for py in "$cases/$area"/*.py; do
    [ -e "$py" ] || continue
    name=$(basename "$py" .py)
    case "$name" in _*) continue ;; esac
    record_case "$area" "$name" || failed=1
    count=$((count + 1))
  done
done
echo "recorded $count cases"
exit $failed
