# random: the same numbers as CPython for the same seed.
import random

random.seed(1)
print(random.random(), random.random())
random.seed(0)
print([random.randint(1, 100) for _ in range(10)])
random.seed(12345678901234567890)
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100),
      random.getrandbits(0))
random.seed(-7)
print(random.random())
random.seed(2.5)
print(random.random())
random.seed(-2.5)
print(random.random())
random.seed(42)
print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7),
      random.randrange(100, 0, -3), random.randrange(2 ** 70))
print(random.choice("abcdefg"), random.choice(range(1000)), random.uniform(1, 3))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 10), random.sample("abcdef", 3), random.sample(range(10 ** 6), 5))
print(random.sample(["a", "b"], 5, counts=[3, 2]))
print(random.choices("abc", k=5), random.choices("abc", weights=[10, 1, 1], k=5),
      random.choices("abc", cum_weights=[1, 2, 30], k=4))
print(random.gauss(), random.gauss(10, 2), random.gauss())
print(random.normalvariate(), random.expovariate(2.0), random.triangular(0, 10, 3),
      random.lognormvariate(0, 1))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.randint(1, 6), r2.randint(1, 6))
random.seed(3)
big = [random.random() for _ in range(2000)]
print(big[-1], sum(big) > 900)
print(random.randbytes(5).hex())
for bad in (lambda: random.randrange(0), lambda: random.randrange(5, 5),
            lambda: random.randrange(1, 10, 0), lambda: random.randrange(1.5),
            lambda: random.randrange(10, 1, 2), lambda: random.choice([]),
            lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2),
            lambda: random.getrandbits(-1), lambda: random.randint(3, 1),
            lambda: random.choices([1], [1, 2]), lambda: random.choices([1], [0]),
            lambda: random.seed([1]),
            lambda: random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2])):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
