import random

rng = random.Random(12345)
print([rng.randint(1, 6) for _ in range(10)])
print(rng.choice("abcdef"), rng.sample(range(100), 5), round(rng.random(), 6))
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:5], len(deck))
print(rng.choices(["win", "lose"], weights=[1, 9], k=8))
print(round(rng.uniform(-1, 1), 6), round(rng.gauss(0, 1), 6), rng.randrange(0, 100, 5))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)])
