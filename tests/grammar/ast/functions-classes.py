def f(): pass
def f(a): pass
def f(a, b): pass
def f(a=1): pass
def f(a, b=1): pass
def f(*args): pass
def f(**kwargs): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a=1, /, b=2): pass
def f(a, b=2, /, c=3, *d, e, f=4, **g): pass
def f(a: int, b: str = "x", *c: int, d: float, **e: dict) -> bool: pass
def f(*args: *Ts): pass
def f(a,): pass
def f(*, a,): pass
def f(
    a,
    b,
): pass
async def f(): pass
class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(*bases, **kw): pass
class A:
    """doc"""
    x = 1
    def m(self):
        return self.x
