def read_lines():
    text = """alpha 3
beta 7
# comment
gamma 12

delta 5"""
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        name, num = l.split()
        yield name, int(num)
def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, n, total
for row in running_total(parse(strip_comments(read_lines()))):
    print(*row)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return count
        total += v; count += 1; avg = total / count
a = averager(); next(a)
for v in [10, 20, 60]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("count", e.value)
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefgh", 3)))
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, (3, [4])], 5])))
g = (n for n in range(10) if n % 2)
print(next(g), next(g), sum(g))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
import itertools
print(list(itertools.islice(primes(), 15)))
