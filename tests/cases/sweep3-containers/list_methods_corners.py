# list methods with edge arguments: index ranges, insert positions, pop, remove, count with equality.
a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, -2), a.index(3, 0, 3), a.count(2), a.count(9))
for args in [(2, 4, 5), (9,), (1, 1, 3)]:
    try:
        a.index(*args)
    except ValueError as e:
        print("ValueError:", e)
b = [0, 1, 2]
b.insert(100, "end"); b.insert(-100, "start"); b.insert(-1, "before-last"); b.insert(2, "two")
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].pop("0")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
c = [1, 1.0, True, "1"]
print(c.count(1), c.index(True), 1.0 in c, c.count("1"))
c.remove(True)
print(c)
d = [3, 1, 2]
d.extend(range(2)); d.extend("ab"); d += (9,)
print(d)
d.reverse()
print(d, d.copy() == d, d.copy() is d)
e = [[1], [2]]
f = e.copy()
f[0].append(5)
print(e, f)
g = list("hello")
g.sort(reverse=True)
print(g, sorted(g) == g[::-1])
h = [5, 3, 8]
h.clear()
print(h, len(h))
nums = list(range(10))
del nums[2:8:2]
print(nums, nums[::3], nums[-3:], nums * 2 == nums + nums)
print([1, 2] < [1, 2, 3], [2] > [1, 99], [] == [], [[]] == [[]], [1, [2]] == [1, [2]])
words = ["b", "A", "c", "B", "a"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (w.lower(), w)))
stack = []
for token in "3 4 + 2 *".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        y, x = stack.pop(), stack.pop()
        stack.append(x + y if token == "+" else x * y)
print("RPN result:", stack)
