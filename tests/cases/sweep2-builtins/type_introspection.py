class A:
    """Doc of A."""
    cls_attr = 1
    def method(self): "method doc"
class B(A): pass
print(A.__name__, A.__qualname__, A.__doc__, A.method.__doc__, B.__doc__, A.__module__)
print(type(A()).__name__, A().__class__ is A, B.__base__ is A, B.__mro__, "cls_attr" in A.__dict__)
print("cls_attr" in A.__dict__, "cls_attr" in B.__dict__, B.cls_attr, sorted(k for k in vars(A) if not k.startswith("__")))
print(callable(A), isinstance(A, type), type(A.method).__name__, type(A().method).__name__, A.method.__qualname__)
def f(a: int, b: "str" = "x") -> bool: return True
print(f.__annotations__, f.__defaults__, f.__name__, f.__module__, f.__code__.co_name)
print(int.__name__, int.__mro__, type(len).__name__)
print(object.__name__, type.__name__, type(None).__name__, type(NotImplemented).__name__, type(...).__name__)
print(isinstance(f, type(lambda: 0)), type(f).__name__, f.__class__.__name__)
print(type(iter([])).__name__, type(range(1)).__name__, type({}.keys()).__name__, type(zip()).__name__, type(map(len, [])).__name__)
print(A.__init__ is object.__init__, A().__eq__(A()), A.__hash__ is not None, A.__class__, B.__subclasses__())
print([c.__name__ for c in type.mro(B)], issubclass(type, object), isinstance(object, type))
import types
print(types.FunctionType is type(f), types.ModuleType, isinstance(types, types.ModuleType), types.SimpleNamespace(a=1))
print(repr(A)[:17], str(B).startswith("<class"), repr(int), repr(len), repr(print))
