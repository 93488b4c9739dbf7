# Wrong calls to methods of built-in types, caught and printed.
tests = [
    "[].pop(5)", "[1].pop('a')", "[].remove(3)", "[1, 2].index(9)", "[1].insert()",
    "[1].insert('a', 2)", "(1, 2).index(5)", "(1,).count()", "{}.pop('k')",
    "{}.popitem()", "{}.setdefault()", "{}.update(1)", "{}.update([1])", "{}.fromkeys()",
    "set().remove(1)", "set().pop()", "set().add()", "frozenset().add(1)",
    "'abc'.index('z')", "'abc'.rindex('z')", "'abc'.center()", "'abc'.center(5, 'xy')",
    "'abc'.ljust(5, '')", "'a,b'.split(',', 'x')", "'abc'.replace('a')", "'abc'.startswith(1)",
    "'abc'.endswith(['a'])", "'abc'.count()", "'x'.encode('nope')", "b'x'.decode('nope')",
    "'abc'.zfill('3')", "'abc'.expandtabs('x')", "'{}'.format()", "'{0}{1}'.format(1)",
    "'{a}'.format(b=1)", "'{'.format(1)", "'}'.format(1)", "'{:d}'.format('x')",
    "'{:s}'.format(3)", "'%d' % 'x'", "'%s %s' % (1,)", "'%s' % (1, 2)", "'%z' % 1",
    "bytearray().pop()", "bytearray(b'a').remove(98)", "b'abc'.index(b'z')",
    "[].sort(1)", "[3, 'a'].sort()", "sorted([1], key=1)", "list.append(1, 2)",
    "str.upper(5)", "dict.keys([])", "int.bit_length('a')", "(1).to_bytes(1, 'middle')",
    "(300).to_bytes(1, 'big')", "int.from_bytes('ab', 'big')", "(-1).to_bytes(2, 'big')",
]
for t in tests:
    try:
        r = eval(t)
        print(f"{t:32} -> {r!r}")
    except Exception as e:
        print(f"{t:32} {type(e).__name__}: {e}")
