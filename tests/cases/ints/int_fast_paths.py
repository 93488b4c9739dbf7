# int arithmetic beyond 31 bits: products of safe ints, remainders of big ints by small ones.
vals = [0, 1, -1, 7, -7, 2**29, -2**29, 2**30 - 1, -2**30, 2**30, 2**31, -2**31, 2**40 + 3, -(2**40) - 3, 2**52 + 1, -(2**52) - 1, 2**53 - 1, 2**53, 2**62 + 5, -(2**70) + 11, 3**50]
out = []
for x in vals:
    for y in vals:
        out.append(x * y)
        if y > 0:
            out.append(x % y)
        if y < 0:
            out.append(x % y)
print(sum(out) % 1000000007, len(out), out[:20], out[-20:])
seed = 12345
for _ in range(1000):
    seed = (seed * 1103515245 + 12345) % 2147483648
print(seed)
