tests = [
    "len(5)", "abs('x')", "int([1])", "float([])", "ord('')", "chr('a')", "sum(1)", "min()", "max(1)",
    "divmod('a', 1)", "round('x')", "iter()", "next(5)", "sorted(1)", "hash([])", "hash({})",
    "list(1)", "dict([1])", "dict([(1, 2, 3)])", "set(1)", "tuple(None)", "zip(1)", "map(len)", "enumerate(3)",
    "range(1.5)", "range(1, 2, 0)", "pow(2, 3, 1.5)", "bin(1.0)", "hex('a')", "isinstance(1, 2)", "issubclass(1, int)",
    "getattr(1)", "setattr(1, 'x', 2)", "format(1, 'q')", "str(1, 2)", "int('1', 1)", "bytes('a')", "bytes(-1)",
    "[].append()", "[].append(1, 2)", "'a'.join(1)", "'a'.split(1)", "{}.get()", 
    "1 + 'a'", "'a' + 1", "[] + ()", "1 < 'a'", "-'a'", "~1.5", "'a' * 'b'", "1 .real()",
    "object().x", "None.x", "type('x', 1, {})", "super()", "vars(1)", "callable()",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", r)
    except Exception as e:
        print(f"{t:22} {type(e).__name__}: {e}")
