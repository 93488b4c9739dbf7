def single_number(values):
    result = 0
    for v in values:
        result ^= v
    return result


def gray_code(n):
    return [i ^ (i >> 1) for i in range(1 << n)]


def subsets_with_sum(values, target):
    n = len(values)
    return [[values[j] for j in range(n) if mask & (1 << j)]
            for mask in range(1 << n) if sum(values[j] for j in range(n) if mask & (1 << j)) == target]


def next_power_of_two(n):
    n -= 1
    for shift in (1, 2, 4, 8, 16, 32):
        n |= n >> shift
    return n + 1


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


print(single_number([4, 1, 2, 1, 2]), gray_code(3), [format(g, "03b") for g in gray_code(3)])
print(subsets_with_sum([3, 34, 4, 12, 5, 2], 9))
print([next_power_of_two(n) for n in (1, 5, 16, 17, 1000)], [n for n in range(70) if is_power_of_two(n)])
print((-5) & 0xFF, (-1) >> 10, ~0, 1 << 64, (1 << 64) - 1 & 0xFFFF)
