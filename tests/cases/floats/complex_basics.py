# Complex numbers: literals, arithmetic, repr.
z = 3 + 4j
w = 1 - 2j
print(z, w, repr(z), str(w), z.real, z.imag, abs(z), z.conjugate())
print(z + w, z - w, z * w, z / w, -z, +z, z ** 2, 1j ** 2, 2 * z, z / 2)
print(complex(1, 2), complex("3-4j"), complex(2), complex(-0.0, -0.0), complex(1.5, 0))
print(1j, -1j, 0j, 1 + 0j, 2.5j, 1e10j, (1 + 1j) * (1 - 1j))
print(z == complex(3, 4), z != w, (1 + 0j) == 1, 1j * 1j == -1)
print(type(z).__name__, isinstance(z, complex), hash(1 + 0j) == hash(1))
try:
    z < w
except TypeError as err:
    print("TypeError:", err)
try:
    z / 0
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
print(f"{z}", f"{z!r}", [z, w], (0.5 + 0.25j).real)
