import re

# Assignment expressions where statements would be clumsy.
lines = ["key=value", "# comment", "", "name = pygil", "broken line"]
pattern = re.compile(r"\s*(\w+)\s*=\s*(.*)")
settings = {}
for line in lines:
    if (match := pattern.match(line)) is not None:
        settings[match.group(1)] = match.group(2)
print(settings)

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")

chunks = iter(["ab", "cd", ""])
while (chunk := next(chunks)):
    print("chunk", chunk)

values = [y for x in data if (y := x * 2) > 6]
print(values, y)

total = 0
running = [total := total + v for v in data]
print(running, total)

print((w := 10), w + 1)


def f(x):
    return x ** 2


print([f(k) for k in range(5) if (q := f(k)) % 2 == 0], q)
