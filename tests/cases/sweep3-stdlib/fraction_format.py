# format() of Fraction: the general form and the float presentation types.
from fractions import Fraction as F
for v in [F(1,3), F(-7,2), F(5), F(2,3)*1000000, F(0), F(-1, 10**9)]:
    out = []
    for spec in ["", ">10", "<8", "^9", "+", "#", ",", ".3f", ".0f", "10.2f", "e", ".2e", "g", ".3g", "%", ".1%", "010.3f", "z.1f", "_.2f", "*^12.2f", "G", "E", "x", "05"]:
        try: out.append(format(v, spec))
        except ValueError as e: out.append("ERR " + str(e))
    print(out)
