values = [1j, 2J, 1.5j, .5j, 5.j, 1e3j, 1_0j, 0j, 3.0e-2J]
print(values)
z = 3 + 4j
w = -2.5 - 0.5j
print(z, w, z * w, z.real, z.imag, abs(z), z.conjugate(), z == complex(3, 4))
print((1 + 2j) ** 2, 1j ** 2, complex("1+2j"), -1j, +2j, 0.0j)
