class A:
    pass


class B(A):
    pass


class C:
    pass


objects = [A(), B(), C(), 1, True, 1.5, "s", None, [], (), {}]
for obj in objects:
    print(type(obj).__name__, isinstance(obj, A), isinstance(obj, (B, int)), isinstance(obj, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(bool, (str, int)), issubclass(A, A))
print(type(B()) is B, type(B()) is A, type(B()) == B, isinstance(B, type), type(type).__name__)
try:
    isinstance(1, "int")
except TypeError as err:
    print("TypeError:", err)
try:
    issubclass(B(), A)
except TypeError as err:
    print("TypeError:", err)
