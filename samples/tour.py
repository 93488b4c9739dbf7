# A first look at pygil: an ordinary Python program, run by pygil's VM on a
# worker thread over a heap that other threads can share.
#
# Try:   pygil samples/tour.py
#        pygil dis -c "counter += 1"
# The second shows why `counter += 1` is not atomic: it is four instructions
# (load, add, store), and a thread switch can land between them only where the
# interpreter checks its eval breaker: at RESUME and JUMP_BACKWARD, never
# inside those four. Without the GIL, two threads run them at the same time.


def primes_below(n):
    """The primes in [2, n), by trial division."""
    return [i for i in range(2, n) if all(i % j for j in range(2, int(i**0.5) + 1))]


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


class Counter:
    def __init__(self):
        self.value = 0

    def __iadd__(self, n):
        self.value += n
        return self

    def __repr__(self):
        return f"Counter(value={self.value})"


counter = Counter()
for p in primes_below(50):
    counter += p
print("primes below 50:", primes_below(50))
print("their sum:", counter)

gen = fib()
print("fibonacci:", [next(gen) for _ in range(15)])
print("2 ** 100 =", 2 ** 100)
print(f"{'centered':^20}|{3.14159:>10.3f}|{255:#x}")

try:
    {}["missing"]
except KeyError as e:
    print("caught", repr(e))
