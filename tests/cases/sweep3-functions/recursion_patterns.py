# Recursive algorithms teachers use: permutations, subsets, hanoi, flatten, memo via dict.
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out
print(permutations([1, 2, 3]))
def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(subsets(["a", "b", "c"]), key=lambda x: (len(x), x)))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])
def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, (3, [4, [5]])], [], [[6]]]))
def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0
print(depth([]), depth([1, [2, [3]]]), depth([[[[]]]]))
def binary_search(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return binary_search(arr, target, mid + 1, hi)
    return binary_search(arr, target, lo, mid - 1)
data = list(range(0, 100, 3))
print([binary_search(data, t) for t in (0, 3, 50, 99, 98)])
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(4)], ackermann(3, 3))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5))
def power_set_count(n, memo={}):
    if n in memo:
        return memo[n]
    memo[n] = 1 if n == 0 else 2 * power_set_count(n - 1)
    return memo[n]
print(power_set_count(50))
def count_change(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return count_change(amount - coins[0], coins) + count_change(amount, coins[1:])
print(count_change(100, [50, 25, 10, 5, 1]))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
import sys
old = sys.getrecursionlimit()
try:
    deep(10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit() == old)
def is_palindrome(s):
    return len(s) < 2 or (s[0] == s[-1] and is_palindrome(s[1:-1]))
print([w for w in ["level", "abc", "noon", "x", ""] if is_palindrome(w)])
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(10), mutual_odd(7))
