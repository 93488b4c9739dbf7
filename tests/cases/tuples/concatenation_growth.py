t = ()
for i in range(5):
    t += (i,)
    print(t)
t = t * 2
print(t, len(t))
u = t[:3] + ("x",) + t[3:]
print(u)
parts = (("a", 1),) + (("b", 2),)
print(parts, dict(parts))
try:
    (1, 2) + [3]
except TypeError as err:
    print("TypeError:", err)
try:
    (1, 2) * 1.5
except TypeError as err:
    print("TypeError:", err)
print((1,) * -1, (1, 2) * 0, ((1,) * 3).count(1))
