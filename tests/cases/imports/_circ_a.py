print("a starts")
import _circ_b
A = "a"
print("a ends, b.B =", _circ_b.B)
