# complex numbers: construction, arithmetic, repr and cmath.
import cmath
zs = [1j, -1j, 1 + 1j, 3 - 4j, complex(0, -0.0), complex(-0.0, 0), complex(1.5, 2.25), 2j ** 2, complex('inf+nanj')]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z else 'nan')
print((1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (2 + 0j) ** 3, 1j ** 1j, (1 + 1j) ** 2)
print((3 + 4j) == 3 + 4j, (3 + 0j) == 3, 1j != 1, hash(3 + 0j) == hash(3), complex(1, 0) == 1.0)
print(-(1 + 2j), +(1 - 2j), abs(-3j), (1 + 2j).real, (1 + 2j) - 1, 1 - (1 + 2j), 2 * 1j, 1j * 2.5)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.phase(-1), cmath.phase(1j), cmath.polar(1j))
r, phi = cmath.polar(3 + 4j)
print(round(r, 6), round(phi, 6), cmath.rect(2, 0), cmath.exp(0), cmath.isclose(cmath.exp(1j * cmath.pi), -1))
print(complex('1e3j'), complex('-1.5-2.5j'), complex(' ( 2+3j ) '), complex('1_0+2_0j'), complex(True, False))
print(f"{1 + 2j}", f"{1 + 2j:.2f}", f"{3j:>10}", f"{-0.5 - 0.25j:g}", "{:e}".format(1j))
for bad in [lambda: 1j < 1j, lambda: (1 + 1j) // 2, lambda: (1 + 1j) % 2, lambda: int(1j), lambda: float(1j), lambda: 1j / 0,
            lambda: complex('1+2'), lambda: complex('1+2j+3j'), lambda: round(1j), lambda: divmod(1j, 1), lambda: complex({})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sum([1j, 2, 3.5]), sorted([3, 1j.imag, 2.5]), pow(1j, 2), 0j ** 0, 1j ** 0)
print(isinstance(1j, complex), type(1j * 1j), (1j * 1j).real, complex.__name__)
