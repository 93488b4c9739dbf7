# Decimal: construction, text forms, arithmetic and comparisons.
from decimal import Decimal, getcontext
D = Decimal
for v in ['0', '-0', '1.50', '  12_345.6 ', '1e5', '1E-7', '-2.5e+3', '.5', '5.', '0.000001', '0.0000001',
          '123456789012345678901234567890', 'Infinity', '-inf', 'NaN', 'snan12', '-0E-5', '1234.5e-2']:
    d = D(v)
    print(repr(d), str(d), d.as_tuple())
print(D(10), D(-7), D(True), D(0.1), D(2.5), D(-0.0), D(float('inf')))
print(D((1, (3, 1, 4), -2)), D((0, (), 'F')), D(D('7.70')))
print(D('1.1') + D('2.2'), D('1.30') + D('1.2'), D(3) - D('0.5'), D('1.5') * 3, 2 * D('0.25'), 1 - D('0.1'))
print(D(1) / D(3), D(2) / D(3), D(1) / 8, D(10) / 4, D('1.00') / 2, D(100) / D('0.1'), D(6) / D(2))
print(D(7) // 2, D(-7) // 2, D(7) % 3, D(-7) % 3, D('7.5') % 2, divmod(D(17), 5), divmod(D(-17), D('0.5')))
print(D(2) ** 10, D('1.1') ** 2, D(2) ** -2, D('-1.5') ** 3, D(3) ** 0, D(10) ** 30, D(2) ** 100)
print(-D('1.5'), +D('-0'), abs(D('-3.20')), -D(0), D('12.345').copy_negate(), D(5).copy_sign(D(-1)))
print(D('0.1') + D('0.2') == D('0.3'), D(1) == 1, D('1.0') == 1.0, D('0.1') == 0.1, D(2) > 1, D(2) < 2.5)
print(D('1.5') <= D('1.50'), D(-1) < D('-inf'), max(D(1), D('2.5'), D('0.3')), sorted([D(3), D('1.5'), D(-2)]))
print(int(D('-7.9')), float(D('1.25')), round(D('2.5')), round(D('3.5')), round(D('2.675'), 2), bool(D(0)), bool(D('0.01')))
print(hash(D(5)) == hash(5), hash(D('0.5')) == hash(0.5), hash(D('1.10')) == hash(D('1.1')), hash(D('-1')) == hash(-1))
print(hash(D('Infinity')), hash(D('-Infinity')), hash(D(2**70)) == hash(2**70), hash(D('12.375')) == hash(12.375))
print(D('1.41421356').adjusted(), D(100).adjusted(), D('0.001').adjusted())
print(D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D(100).sqrt(), D('1e-4').sqrt(), D(0).sqrt(), D('2.25').sqrt())
print(D('1.2345').quantize(D('0.01')), D('1.235').quantize(D('0.01')), D('7').quantize(D('1.000')))
print(D('-2.5').to_integral_value(), D('3.7').to_integral_value(), D('120.00').normalize(), D('0.000').normalize())
print(D('123.456').to_eng_string(), D('1.2E+7').to_eng_string(), D('0.1').as_integer_ratio(), D(-3).as_integer_ratio())
for d in [D(1), D(0), D('-0'), D('inf'), D('nan'), D('snan'), D('1e-999999')]:
    print(d, d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_zero(), d.is_signed(),
          d.is_normal(), d.is_subnormal(), d.number_class())
print(D('inf') + 1, D('-inf') * 2, D(1) / D('inf'), D('nan') + 1, D('nan') == D('nan'), D('nan') != 1)
print(sum([D('0.1')] * 10), sum([D('1.10'), D('2.205')], D(0)), isinstance(D(1), Decimal))
print(D(1).__class__.__module__, type(D(1)).__name__, str(getcontext().prec), getcontext().rounding)
for spec in ['', '.2f', '10.3f', '<8.1f', '^9.2f', '+.1f', ',.2f', 'e', '.3e', 'E', 'g', '.3g', '%', '.1%', '08.2f', 'z.1f']:
    print(spec, '[' + format(D('-1234.5678'), spec) + ']', '[' + format(D('0.000012345'), spec) + ']')
print(f'{D("3.14159"):.3f}', f'{D("2.5"):>6}', f'{D(1)/3:.10f}', f'{D("1e10"):f}', f'{D("-0.04"):z.1f}')
