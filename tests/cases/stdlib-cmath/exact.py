# Results whose every digit CPython and pygil agree on, printed with repr.
import cmath

for z in [4, -4, 2j, -2j, 3 + 4j, -3 - 4j, complex(-4, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0)]:
    print('sqrt', z, cmath.sqrt(z))
for z in [0, 1, 1j, -1j, 1 + 1j, -1, 0.5 - 2j, complex(0.0, -0.0)]:
    print('exp', z, cmath.exp(z))
for z in [1, 10, -1, 1j, 3 + 4j, 0.5, complex(-1, -0.0), complex(-1, 0.0)]:
    print('log', z, cmath.log(z), cmath.log10(z))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 2), cmath.log(-8, -2))
for z in [0, 0.5, -0.5, 0.25 + 0.5j, complex(2, 0.0), complex(2, -0.0), complex(-2, 0.0), complex(-2, -0.0)]:
    print('inverse', z, cmath.asin(z), cmath.acos(z), cmath.atan(z))
for z in [1j, -1j]:
    try:
        cmath.atan(z)
    except ValueError as e:
        print('atan', z, type(e).__name__, e)
for z in [0, 0.5, 2j, -2j, 0.25 + 0.5j, complex(0.5, -0.0), complex(-3, 0.0), complex(-3, -0.0)]:
    print('inverse-h', z, cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))
for z in [0, 1, 1j, 0.5 + 0.25j, -1 - 1j, 20, -20 + 1j]:
    print('trig', z, cmath.cos(z), cmath.tan(z), cmath.cosh(z), cmath.tanh(z))
for z in [1, -1, 1j, -1j, 3 + 4j, complex(-1, 0.0), complex(-1, -0.0)]:
    print('phase', z, cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, 0.5), (3, -1.5), (0, 2), (1.5, cmath.pi)]:
    print('rect', r, phi, cmath.rect(r, phi))
