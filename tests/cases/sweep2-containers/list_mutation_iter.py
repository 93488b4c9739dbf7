nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
print([n for n in nums if n % 2], nums[:] is not nums)
nums = list(range(10))
del nums[::2]; print(nums)
stack = [1]
for x in stack:
    if x < 5:
        stack.append(x + 1)
print(stack)
a = [1, 2, 3]; b = a; a = a + [4]; print(a, b)
a = [1, 2, 3]; b = a; a += [4]; print(a, b)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print(e)
print(t)
l = [3, 1, 2]; print(sorted(l), l, l.sort(), l)
l = [[]] * 3; l[0].append(1); print(l)
d = {"a": 1, "b": 2}
for k in list(d):
    if d[k] == 1:
        del d[k]
print(d)
lst = [0] * 5
for i, _ in enumerate(lst):
    lst[i] = i * i
print(lst, lst.index(9), lst[-2:], lst[::-1][1:3])
m = [1, 2, 3, 4, 5]; m[1:4] = m[1:4][::-1]; print(m); m[:0] = [0]; print(m); m[len(m):] = [6]; print(m)
