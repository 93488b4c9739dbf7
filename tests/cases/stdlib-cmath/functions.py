import cmath


def fmt(z):
    # 13 significant digits: the last bit of sin, atan2 and friends depends on the C library.
    if isinstance(z, tuple):
        return '(%s)' % ', '.join(fmt(x) for x in z)
    if isinstance(z, float):
        return '%.13g' % z
    return '(%.13g%+.13gj)' % (z.real, z.imag)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
values = [0j, 1, -1, 2.5, -0.5, 1j, -1j, 1 + 1j, -2 + 3j, 3 - 4j, -0.25 - 0.75j, 0.5 + 0.1j,
          complex(0.0, -0.0), complex(-0.0, 0.0), complex(-2.0, -0.0), complex(-2.0, 0.0),
          complex(2.0, -0.0), 10 + 20j, -7.5 + 0.001j, 1e-5 + 1e-5j]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
for name in names:
    f = getattr(cmath, name)
    for z in values:
        try:
            r = f(z)
        except (ValueError, OverflowError) as exc:
            r = '%s: %s' % (type(exc).__name__, exc)
        print(name, z, r if isinstance(r, str) else fmt(r))

for z in values:
    print('phase', z, fmt(cmath.phase(z)), 'polar', fmt(cmath.polar(z)))
for r, phi in [(1, 0), (2, cmath.pi / 2), (3, -1.5), (0, 2), (1.5, cmath.pi), (-2, 0.3)]:
    print('rect', r, phi, cmath.rect(r, phi))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 2), cmath.log(-8, -2))
print(cmath.log10(1000), cmath.log10(-100))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(cmath.infj, cmath.infj))
print(cmath.isfinite(1 + 2j), cmath.isfinite(cmath.infj), cmath.isinf(complex(cmath.inf, 0)),
      cmath.isnan(cmath.nanj), cmath.isnan(1j))
print(cmath.sqrt(-4), cmath.sqrt(4), type(cmath.sqrt(4)).__name__)
for name, args in [('log', (0,)), ('atanh', (1,)), ('atanh', (-1,)), ('exp', (1000,)),
                   ('cosh', (1000 + 1j,)), ('sinh', (-1000 + 1j,)), ('log', (1, 1)),
                   ('sqrt', ('x',)), ('isclose', (1, 1)), ('rect', (1j, 2))]:
    try:
        print(name, getattr(cmath, name)(*args))
    except Exception as exc:
        print(name, type(exc).__name__, exc)
try:
    cmath.isclose(1, 2, rel_tol=-1)
except ValueError as exc:
    print(exc)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.25


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(C()), cmath.polar(F()))
