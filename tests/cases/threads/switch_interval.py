# sys.getswitchinterval / setswitchinterval: 5 ms by default, any positive
# number accepted, zero or negative refused.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval(), type(sys.getswitchinterval()).__name__)
for bad in (0, -1, 0.0, -1e-9):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("fast")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
