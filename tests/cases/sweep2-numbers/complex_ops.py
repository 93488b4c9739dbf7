z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, +z, z * 1j, z / 2, z ** 2, z == 3 + 4j)
print(1j ** 2, (1 + 1j) ** 0.5, 2 ** (1j), pow(1j, 2), complex(1, 1) * complex(1, -1))
print(complex(2), complex(2.5, -1), complex("1e3-2.5j"), complex(-0.0, -0.0), complex(0, 0) == 0)
print(repr(1 + 0j), repr(-1j), repr(0j), repr(complex(1e-5, 1e20)), str(1.5 + 2j), repr(complex(1, float("nan"))))
print(hash(1 + 0j) == hash(1), (1 + 2j) != (1 + 2j), 1j in [1j], {1j: "a"}[1j])
print(format(1 + 2j, ".2f"), format(3 - 4j, ">15"), f"{1.5j:g}", "{:+.1e}".format(1 + 1j))
for f in [lambda: (1 + 1j) < (2 + 2j), lambda: 1j // 2, lambda: 1j % 2, lambda: 1 / 0j, lambda: int(1j), lambda: complex("x"), lambda: 0j ** -1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), complex(True, False), isinstance(1j, complex), type(1j + 1).__name__)
print((1 + 2j).__add__(1), (2j).__rmul__(3), abs(-3j), abs(complex(3e200, 4e200)))
