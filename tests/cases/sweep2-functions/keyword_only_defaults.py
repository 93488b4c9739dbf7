def connect(host, port=80, *, timeout=10, retries=3, **opts):
    return f"{host}:{port} t={timeout} r={retries} {sorted(opts.items())}"
print(connect("a"), connect("b", 8080, timeout=1), connect(port=1, host="c", retries=0, x=1))
def f(a, b=None, /, c=1, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=0), f(1, 2, 3, 4, 5, d=6, z=7), f(1, c=9, d=8))
def acc(x, lst=None):
    lst = [] if lst is None else lst
    lst.append(x)
    return lst
print(acc(1), acc(2), acc(3, [0]))
def counter(start=0, _state={"n": 0}):
    _state["n"] += 1
    return start + _state["n"]
print(counter(), counter(), counter(10))
def varargs(*args): return len(args), args
print(varargs(), varargs(*range(3)), varargs(*"ab", *[1]))
def kw(**kwargs): return kwargs
print(kw(), kw(a=1, **{"b": 2}), kw(**dict(c=3)))
def annotated(x: int, y: "float" = 1.0, *a: str, z: bool = False, **k: dict) -> None: pass
print(annotated.__annotations__)
print(connect.__defaults__, connect.__kwdefaults__, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
