pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), (0,)), ((2,), (1, 9)),
         (("a", 1), ("a", 0)), ((1, 2.0), (1, 2)), ((None,), (None,))]
for a, b in pairs:
    print(a, b, a == b, a < b, a <= b, a > b, a >= b)
people = [("smith", "john", 35), ("doe", "jane", 28), ("smith", "anna", 35), ("doe", "john", 40)]
print(sorted(people))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(max(people), min(people, key=lambda p: p[2]))
try:
    (1, "a") < (1, 2)
except TypeError as err:
    print("TypeError:", err)
print((1, "a") < (2, 1), (float("nan"),) == (float("nan"),))
