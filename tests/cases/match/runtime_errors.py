# Errors raised while matching, with CPython's messages.
class C:
    __match_args__ = ["a"]
    a = 1

class D:
    __match_args__ = ("a", 2)
    a = 1

class E:
    pass

class F:
    __match_args__ = ("a",)
    a = 1

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def m1():
    match C():
        case C(x):
            return x

def m2():
    match D():
        case D(x, y):
            return x, y

def m3():
    match E():
        case E(x):
            return x

def m4():
    match 5:
        case int(a, b):
            return a

def m5():
    match F():
        case F(x, a=y):
            return x

not_a_class = len
def m6():
    match 1:
        case not_a_class():
            return 1

class K:
    A = "a"
    B = "a"

def m7():
    match {"a": 1}:
        case {K.A: x, K.B: y}:
            return x

def m8():
    match 5:
        case bool(a, b):
            return 1

class BadGet(dict):
    def get(self, key, default=None):
        raise RuntimeError("get failed")

def m9():
    match BadGet(a=1):
        case {"a": x}:
            return x

class Raising:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise ValueError("boom")

def m10():
    match Raising():
        case Raising(b):
            return b

class BadLen(list):
    def __len__(self):
        raise RuntimeError("len failed")

def m11():
    match BadLen([1]):
        case [x]:
            return x

for i, f in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11], 1):
    attempt(f"m{i}", f)
