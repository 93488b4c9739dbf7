# Syntax errors of match statements, from the parser and the compiler, with their positions.
sources = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [a] | b:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case a | 1:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
    "match x:\n    case {1: _, 1.0: _}:\n        pass\n",
    "match x:\n    case {True: _, 1: _}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n",
    "match x:\n    case f'{x}':\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case 1 as a.b:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
    "match x:\n    case 1j + 1:\n        pass\n",
    "match x\n    case 1:\n        pass\n",
    "match x:\ncase 1:\n    pass\n",
    "match x:\n    case 1\n        pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match x:\n    pass\n",
    "match x:\n    case (a as b) | (b as a):\n        pass\n",
    "match x:\n    case (y as y):\n        pass\n",
    "match x:\n    case [1, y, *_] | (y, y):\n        pass\n",
    "def f():\n    match x:\n        case y if y:\n            pass\n        case z:\n            pass\n        case 1:\n            pass\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} (line {e.lineno}, offset {e.offset}, end {e.end_lineno}:{e.end_offset})")
