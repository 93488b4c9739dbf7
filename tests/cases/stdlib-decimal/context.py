# Contexts: precision, rounding, localcontext, flags, traps and signals.
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context
ctx = getcontext()
print(repr(ctx))
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp)
ctx.prec = 6
print(D(1) / D(7), D('123456789') + 0, D('1.23456789') * 1, D(2).sqrt())
ctx.prec = 28
with localcontext() as c:
    c.prec = 5
    print(D(1) / 3, c.prec, getcontext().prec)
print(D(1) / 3, getcontext().prec)
with localcontext(prec=3, rounding=decimal.ROUND_DOWN):
    print(D(2) / 3, D('1.999') + 0, -D('1.999') + 0)
for mode in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
    print(mode, [str(D(v).quantize(D('1'), rounding=mode)) for v in ['2.5', '-2.5', '1.5', '0.4', '-0.6', '5.1', '5.5', '0.5']])
getcontext().rounding = decimal.ROUND_HALF_UP
print(D('2.5').quantize(D('1')), D('0.125').quantize(D('0.01')))
getcontext().rounding = decimal.ROUND_HALF_EVEN
getcontext().clear_flags()
x = D(1) / 3
print(ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded], ctx.flags[decimal.DivisionByZero])
print(repr(getcontext()))
getcontext().clear_flags()

def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e, isinstance(e, ArithmeticError))
    else:
        print('ok', repr(r))

attempt(lambda: D('abc'))
attempt(lambda: D('1.2.3'))
attempt(lambda: D(1) / 0)
attempt(lambda: D(0) / 0)
attempt(lambda: D(5) // 0)
attempt(lambda: D(5) % 0)
attempt(lambda: divmod(D(5), 0))
attempt(lambda: D(-4).sqrt())
attempt(lambda: D('inf') - D('inf'))
attempt(lambda: D('nan') < 1)
attempt(lambda: D('snan') + 1)
attempt(lambda: D(0) ** 0)
attempt(lambda: D(0) ** -1)
attempt(lambda: D('123.456').quantize(D('1e-30')))
attempt(lambda: D(1) + 1.5)
attempt(lambda: 1.5 * D(1))
attempt(lambda: D([1, 2]))
attempt(lambda: D({}))
attempt(lambda: int(D('nan')))
attempt(lambda: int(D('-inf')))
attempt(lambda: hash(D('snan')))
attempt(lambda: setattr(getcontext(), 'prec', 0))
attempt(lambda: D('1e999999') * 10)
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError caught', type(e).__name__)
print(repr(getcontext()))
getcontext().traps[decimal.DivisionByZero] = False
getcontext().traps[decimal.InvalidOperation] = False
print(D(1) / 0, D(-1) / 0, D(0) / 0, D('abc'), D(-1).sqrt())
print(repr(getcontext()))
c = Context(prec=4, rounding=decimal.ROUND_UP)
print(repr(c), c.create_decimal('3.14159'), c.copy().prec)
print(decimal.ROUND_HALF_EVEN, decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN)
print([cls.__name__ for cls in decimal.DivisionUndefined.__mro__])
print(issubclass(decimal.FloatOperation, TypeError), issubclass(decimal.DivisionByZero, ZeroDivisionError))
