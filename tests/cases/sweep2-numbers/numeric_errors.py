cases = [
    "1 / 0", "1.0 / 0", "1 // 0.0", "1 % 0", "0 ** -1", "0.0 ** -1", "divmod(1.0, 0)", "int('x')",
    "int('1.5')", "float('1,5')", "int(None)", "float(None)", "int([])", "complex('1+')", "abs('s')",
    "round(1.5, 'x')", "pow(2, 0.5, 3)", "pow(2.0, 2, 3)", "(-8) ** 0.5", "10 ** -1", "1 << 1000000000000",
    "int('9' * 5000)", "chr(1114112)", "ord('')", "hex(1.0)", "int('0b2', 0)", "int('12', 100)",
    "math.sqrt(-1)", "math.log(-1)", "math.factorial(-1)", "math.factorial(1.5)", "math.comb(3, -1)",
    "math.isqrt(-1)", "math.acos(2)", "math.exp(1000)", "math.pow(0, -1)", "math.fmod(1, 0)",
]
import math
for c in cases:
    try:
        r = eval(c)
        print(f"{c:24} = {r!r}")
    except Exception as e:
        print(f"{c:24} ! {type(e).__name__}: {e}")
