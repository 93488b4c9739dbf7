for n in range(-2, 3):
    sign = "positive" if n > 0 else "negative" if n < 0 else "zero"
    parity = "even" if n % 2 == 0 else "odd"
    print(n, sign, parity, abs(n) if n else "nothing")
values = [3, 0, None, "", "text", [1]]
print([v if v else "default" for v in values])
print([("yes" if v else "no") for v in values])
x = 5
result = (x * 2) if x > 3 else (x / 2)
print(result, (lambda: "a")() if x else "b", [1, 2][0 if x else 1])
print(1 if True else 1 / 0, 2 if False else 3, "lazy" if x > 0 else undefined_name)
nested = "a" if x > 10 else ("b" if x > 4 else "c")
print(nested, (x if x < 3 else -x) + 1, max(x, 3) if x else min(x, 3))
