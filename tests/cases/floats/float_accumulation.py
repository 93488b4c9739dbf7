# Classic floating-point accumulation effects.
values = [0.1] * 10
print(sum(values), sum(values) == 1.0)
print(0.1 + 0.1 + 0.1, 0.3, 0.1 + 0.1 + 0.1 == 0.3)
big, small = 1e16, 1.0
print(big + small - big, big - big + small, (big + small) + small - big)
acc = 0.0
for i in range(1, 21):
    acc += 1 / i
print(acc)
harmonic_backwards = 0.0
for i in range(20, 0, -1):
    harmonic_backwards += 1 / i
print(harmonic_backwards, acc == harmonic_backwards)
x = 0.0
steps = 0
while x < 1.0:
    x += 0.1
    steps += 1
print(steps, x)
prices = [19.99, 5.01, 0.1, 74.9]
print(sum(prices), round(sum(prices), 2), sum(p * 100 for p in prices) / 100)
print(1.1 + 2.2, 3.3 * 3, 1.2 - 1.0, 100 * 0.29, 0.57 * 100, 4.35 * 100)
print(2 / 3, 2 / 3 * 3, 1 - 2 / 3, (1 - 2 / 3) * 3)
print(1e-16 + 1, 1 + 1e-15, 1 + 2e-16 == 1, 1 + 3e-16 == 1)
