n = 5
while n > 0:
    print("countdown", n)
    n -= 1
print("after loop n =", n)
total, i = 0, 1
while i <= 100:
    total += i
    i += 1
print(total, i)
a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
n = 27
steps = 0
while n != 1:
    n = 3 * n + 1 if n % 2 else n // 2
    steps += 1
print("collatz steps", steps)
queue = [1]
seen = []
while queue:
    item = queue.pop(0)
    seen.append(item)
    if item < 20:
        queue.extend([item * 2, item * 3])
print(seen)
x = 0
while True:
    x += 1
    if x >= 4:
        break
print("broke at", x)
while False:
    print("never")
count = 3
while count:
    count -= 1
print("count", count)
