s = {1, 2, 3}
s |= {4, 5}
print(sorted(s))
s &= {1, 2, 3, 4, 10}
print(sorted(s))
s -= {1}
print(sorted(s))
s ^= {2, 7, 8}
print(sorted(s))
s.update([20, 21], (22,), range(3))
print(sorted(s))
s.intersection_update(range(10, 30))
print(sorted(s))
s.difference_update({20})
print(sorted(s))
s.symmetric_difference_update({21, 99})
print(sorted(s))
t = s
t |= {1000}
print(t is s, sorted(s))
t = t | {2000}
print(t is s, sorted(s), sorted(t))
