def f(a, b, c=0, *args, d=None, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} kwargs={kwargs}"


pos = [1, 2]
kw = {"d": 4, "e": 5}
print(f(*pos))
print(f(*pos, 3, *[4, 5]))
print(f(*pos, **kw))
print(f(*"xy", **{"c": "z"}))
print(f(0, *range(1, 4), *(), d=9, **{}, f=6))
print(f(**{"a": "A", "b": "B"}))
print(f(*[1], **{"b": 2}, **{"z": 26}))
print(print(*[], sep="-") is None)
print(*["unpacked", "print"], sep=" | ")
print(max(*[3, 9, 1]), min(*"hello"), "".join([*"abc", *reversed("abc")]))
try:
    f(*pos, **{"a": 10})
except TypeError as err:
    print("TypeError:", err)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as err:
    print("TypeError:", err)
