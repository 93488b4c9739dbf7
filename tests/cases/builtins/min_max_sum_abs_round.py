print(min(3, 1, 2), max(3, 1, 2), min([4, 8]), max("apple"), min("b", "ab"), max([1, 5], [1, 10]))
print(min([3, -7, 2], key=abs), max(["a", "ccc", "bb"], key=len), min((), default="nothing"))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2, 0.3]), sum([]), sum(range(1, 101)), sum([[1], [2]], []))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 20)))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5), round(1.5), round(7))
print(round(3.14159, 3), round(-3.14159, 1), round(10.0), type(round(10.0)).__name__, type(round(10.0, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 8), pow(2, 8, 5), pow(2.0, -1))
try:
    sum(["a", "b"], "")
except TypeError as err:
    print("TypeError:", err)
try:
    max(1)
except TypeError as err:
    print("TypeError:", err)
try:
    abs("x")
except TypeError as err:
    print("TypeError:", err)
