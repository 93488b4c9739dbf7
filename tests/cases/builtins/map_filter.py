print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "a1b2c3")))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m), type(m).__name__, type(filter(None, [])).__name__)
print(sum(map(int, "9999")), max(map(len, ["x", "xyz"])), sorted(map(lambda s: s[::-1], ["ab", "ba"])))
try:
    list(map(int, ["1", "x"]))
except ValueError as err:
    print("ValueError:", err)
