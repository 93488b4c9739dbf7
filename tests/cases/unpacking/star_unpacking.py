first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *middle, tail = range(7)
print(head, middle, tail)
a, *b, c = (1, 2)
print(a, b, c)
*everything, = {3: "x", 1: "y"}
print(everything)
x, *y = "a"
print(x, y)
for start, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(start, others)
*_, penultimate, final = range(10)
print(penultimate, final)
(a, *b), c = "xyz", 5
print(a, b, c)
nums = [*range(3), *"ab", *[None]]
print(nums)
t = *nums[:2], "end"
print(t)
merged = {**{"a": 1}, **{"b": 2}, "c": 3}
print(merged, [*merged], {*merged} == {"a", "b", "c"})
