# inspect: predicates, getmembers, getdoc/cleandoc, signature and bind.
import inspect


def plain(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    """Does nothing.

        Indented detail.
    """


def gen():
    yield 1


async def coro():
    pass


class Base:
    """A base class."""

    def method(self, x, y=1):
        return x

    @classmethod
    def make(cls, n: int): ...

    @staticmethod
    def helper(p, *, q=0): ...


class Child(Base):
    def __init__(self, name, size=0):
        self.name = name


print([inspect.isfunction(x) for x in (plain, Base.method, Base().method, len, Base)])
print([inspect.ismethod(x) for x in (plain, Base().method, Base.make, Base.helper)])
print(inspect.isclass(Base), inspect.isclass(Base()), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isbuiltin(plain))
print(inspect.isgenerator(gen()), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain), inspect.iscoroutinefunction(coro))
print(inspect.isroutine(len), inspect.isroutine(plain), inspect.isroutine(3), inspect.iscode(plain.__code__), inspect.isabstract(Base))
print([name for name, _ in inspect.getmembers(Child, inspect.isfunction)])
print([name for name, value in inspect.getmembers(Child("c")) if not name.startswith("__")])
print(repr(inspect.getdoc(plain)), inspect.getdoc(Child), inspect.getdoc(Base.method))
print(repr(inspect.cleandoc("  first\n    second\n      third\n\n")))
sig = inspect.signature(plain)
print(sig, repr(sig))
for name, p in sig.parameters.items():
    print(" ", name, p.kind, repr(p.kind), p.kind.description, p.default is p.empty, p.annotation, repr(p))
print(inspect.signature(Base.method), inspect.signature(Base().method), inspect.signature(Base.make), inspect.signature(Base.helper))
print(inspect.signature(Child), inspect.signature(lambda x, *a: 0), inspect.signature(gen))
b = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(b, b.args, b.kwargs)
b = inspect.signature(Child).bind("n")
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"name": 2}), ((1,), {"bogus": 1})]:
    try:
        inspect.signature(Base().method).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(inspect.signature(Base().method).bind_partial(y=5))
P = inspect.Parameter
s2 = inspect.Signature([P("x", P.POSITIONAL_ONLY), P("y", P.KEYWORD_ONLY, default=None)], return_annotation=list)
print(s2, s2 == inspect.Signature([P("x", P.POSITIONAL_ONLY), P("y", P.KEYWORD_ONLY, default=None)], return_annotation=list))
print(s2.replace(return_annotation=inspect.Signature.empty), P("q", P.VAR_KEYWORD), str(P.KEYWORD_ONLY), int(P.VAR_POSITIONAL))
try:
    inspect.signature(3)
except TypeError as e:
    print("TypeError:", e)
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_globals is globals(), frame.f_back)
