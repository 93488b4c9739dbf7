values = [None, False, True, 0, 1, -1, 0.0, -0.0, 0.1, 0j, 1j, "", " ", "0", "False", [], [0], [[]], (),
          (0,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), b"", b"\x00", bytearray(), float("nan")]
for v in values:
    print(f"{v!r:>16} {bool(v)!s:>5} {'truthy' if v else 'falsy'}")
print(sum(bool(v) for v in values), len(values))
