#!/usr/bin/env bash
# Checks that every corpus program is valid Python 3.13 inside pygil's subset:
# CPython compiles it without a SyntaxWarning, and it uses no `match` statement,
# no `type` alias or type parameters, and no `except*` (the subset leaves those
# out).
#
# usage: scripts/check-corpus.sh [DIR...]      (default: tests/corpus)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 0 ] || set -- "$root/tests/corpus"

PYENV_VERSION=3.13.0 python3 - "$@" <<'PY'
import ast, pathlib, sys, warnings

warnings.simplefilter("error", SyntaxWarning)

OUTSIDE_SUBSET = (ast.Match, ast.TypeAlias, ast.TryStar)

def subset_problem(tree):
    for node in ast.walk(tree):
        if isinstance(node, OUTSIDE_SUBSET):
            return f"line {node.lineno}: {type(node).__name__} is outside the subset"
        if getattr(node, "type_params", None):
            return f"line {node.lineno}: type parameters are outside the subset"
    return None

files = sorted(p for d in sys.argv[1:] for p in pathlib.Path(d).rglob("*.py"))
bad = 0
for path in files:
    try:
        with open(path, encoding="utf-8") as f:
            tree = compile(f.read(), str(path), "exec", ast.PyCF_ONLY_AST)
        compile(tree, str(path), "exec")
        problem = subset_problem(tree)
    except SyntaxError as e:
        problem = f"line {e.lineno}: {type(e).__name__}: {e.msg}"
    except SyntaxWarning as w:
        problem = f"SyntaxWarning: {w}"
    if problem:
        bad += 1
        print(f"{path}: {problem}")
print(f"{len(files) - bad} of {len(files)} files compile")
sys.exit(1 if bad or not files else 0)
PY
