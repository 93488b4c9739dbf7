for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print(i, end=" ")
else:
    print("no break")
print()
for i in range(3):
    pass
else:
    print("loop finished, i =", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
x = 7
result = "big" if x > 5 else "small"
print(result)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in (95, 85, 72, 10)])
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
outer_done = False
for i in range(3):
    for j in range(3):
        if i * j == 2:
            outer_done = True
            break
    if outer_done:
        break
print(i, j)
count = 0
while True:
    count += 1
    if count >= 4:
        break
print(count)
values = [3, 0, -2, 5]
print(any(v < 0 for v in values), all(v != 0 for v in values), [v for v in values if v])
if not []:
    print("empty list is falsy")
if (y := len(values)) > 3:
    print("walrus", y)
print(0 or "default", "" or None, [] and 1, 3 and 4, not 0, None is None, (1 == 1.0) is True)
a = b = c = 5
a += 1
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *middle, last = range(6)
print(first, middle, last)
(p, q), r = (1, 2), 3
print(p, q, r)
i = 0
while i < 10:
    i += 3
print(i)
def early(n):
    for k in range(n):
        if k * k > n:
            return k
    return None
print(early(10), early(0))
try:
    for k in range(3):
        try:
            if k == 1:
                raise ValueError(k)
        finally:
            print("inner finally", k)
except ValueError as e:
    print("caught", e)
del x
try:
    print(x)
except NameError as e:
    print(e)
