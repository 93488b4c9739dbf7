# repr of floats and nested containers
vals = [0.1, 0.1 + 0.2, 1e16, 1e-5, 1.0, -0.0, 1e22, 1.5e-10, 123456789012345678.0, 2.0**60, 1/3, 100.0, 1e15, 9.999999999999999e15]
print(vals)
print([repr(v) for v in [float("inf"), -float("inf"), float("nan")]])
d = {"a": [1, (2, 3), {4: "x"}], (1, 2): {"nested": {"deep": [None, True]}}, 3.5: frozenset(), "e": set()}
print(d)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\t\n\x00\x7f\u200b\U0001f600é"))
print(repr(b"\x00\xff'"), repr(b'"'), repr(bytearray(b"ab\n")))
print((1,), (), ((),), [[]], {(): []}, [(1,)])
a = [1]; a.append(a); print(a)
b = {}; b["self"] = b; print(b)
print(str([1.0, "s", b"b"]), str(("x",)))
print(repr(range(0, 10, 2)), repr(range(5)), repr(slice(1, None)), repr(Ellipsis), repr(NotImplemented))
print(complex(1, 2), complex(0, -1), complex(-0.0, 0), 1j * 1j, complex(1e20, 1e-20), complex(float("nan"), float("inf")))
print(repr(1e300 * 1e300), 2.5e-324, 5e-324, 1.7976931348623157e308)
print(round(2.675, 2), round(0.125, 2), 0.1 * 3, 4.35 * 100, 1.1 + 2.2)
print(float("1_000.5"), float(" -12e-1 "), float("+inf"), float("-NaN"), float("1e500"))
print(str(12345678901234567890.0), str(1e-320), 3.0 * 1.1)
