# Infinities and NaN.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, inf * -1, -inf * -inf)
print(inf / inf, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan, nan + 1)
print(inf > 10 ** 400, -inf < -(10 ** 400), inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(max(1.0, inf), min(-inf, 0), sorted([3.0, inf, -inf, 0.0]))
print(float("Infinity"), float("-infinity"), float("NaN"), float("  inf "), float("+inf"))
print(repr(inf), str(-inf), f"{inf}", f"{nan:.2f}", f"{-inf:10}|", "%f" % inf, "%e" % nan)
print(inf == float("inf"), [nan] == [nan], nan in [nan], nan is nan)
print(abs(-inf), -(-inf), round(2.5), int(1e300) > 0)
for bad in (inf, -inf, nan):
    try:
        int(bad)
    except (OverflowError, ValueError) as err:
        print(type(err).__name__ + ":", err)
try:
    round(inf)
except OverflowError as err:
    print("OverflowError:", err)
try:
    round(nan)
except ValueError as err:
    print("ValueError:", err)
print(inf.is_integer(), nan.is_integer(), (inf).hex(), nan.hex())
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0), hash(1.5))
