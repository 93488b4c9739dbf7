def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"


print(connect("a"))
print(connect("b", 8080, secure=True))
print(connect("c", timeout=1))
print(connect(port=1, host="d"))


def required_kw(*, name, age):
    return f"{name} is {age}"


print(required_kw(age=3, name="x"))


def varargs_then_kw(*items, sep=", "):
    return sep.join(map(str, items))


print(varargs_then_kw(1, 2, 3), varargs_then_kw(1, 2, sep="|"))
print(connect.__kwdefaults__, required_kw.__kwdefaults__, connect.__code__.co_kwonlyargcount)
for call in [lambda: connect("e", 1, 2), lambda: required_kw(name="x"), lambda: required_kw("x", 1),
             lambda: connect("f", timeout=1, timeout_s=2)]:
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)
