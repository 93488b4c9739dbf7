# sys.version_info and the other struct sequences of sys.
import sys

v = sys.version_info
print(v)
print(v.major, v.minor, v.micro, v.releaselevel, v.serial)
print(v[0], v[:2], v[-1], len(v))
print(v >= (3, 8), v < (4,), v == (3, 13, 0, 'final', 0), (3, 13) <= v)
print(isinstance(v, tuple), type(v).__name__, type(v).__module__, type(v))
major, minor, *rest = v
print(major, minor, rest)
print(tuple(v), list(v)[3])
print(v.n_fields, v.n_sequence_fields, v.n_unnamed_fields, v.__match_args__)
match v:
    case (3, minor, *_):
        print("python 3, minor", minor)
try:
    type(v)((1, 2, 3, 4, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")

print(sys.float_info)
f = sys.float_info
print(f.max, f.min, f.epsilon, f.dig, f.mant_dig, f.radix)
print(f.max == 1.7976931348623157e+308, 1.0 + f.epsilon > 1.0, 1.0 + f.epsilon / 2 == 1.0)
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info)
h = sys.hash_info
print(h.modulus == 2**61 - 1, hash(float('inf')) == h.inf, hash(1j) == h.imag)
print(hash(h.modulus), hash(h.modulus + 5))
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.safe_path)
print(len(sys.flags), sys.flags[0])
FI = type(sys.float_info)
print(FI(range(11)))
try:
    FI((1, 2))
except TypeError as e:
    print("TypeError:", e)
