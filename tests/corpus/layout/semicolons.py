import math; import sys
x = 1; y = 2; z = x + y;
print(x, y, z);
if z > 2: print("big"); print("still big")
for i in range(3): a = i * 2; print(a, end=" ")
print()
while x < 3: x += 1; y -= 1
print(x, y)
def f(): return 1; pass
class C: value = 1; other = 2
print(f(), C.value, C.other, math.pi > 3, sys.maxsize > 0); pass
try: v = 1 / 0
except ZeroDivisionError: v = None
finally: print("v =", v)
with open(__file__) as fh: first = fh.readline(); second = fh.readline()
print(first.strip(), second.strip()[:6])
