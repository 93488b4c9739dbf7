# Name resolution in annotation scopes: class names are visible to the type
# parameter scopes of the class's methods and aliases, but not to the methods.
x = "global x"


class Outer:
    x = "class x"
    Alias = int

    def method[T: Alias](self, a: x) -> T:
        return x

    type InClass = list[x]

    def plain(self):
        return x


(T,) = Outer.method.__type_params__
print(T.__bound__)
print(Outer.method.__annotations__)
print(Outer().method(1))
print(Outer.InClass.__value__)
print(Outer().plain())


def func():
    x = "local x"

    class Inner:
        x = "inner class x"

        def m[T: x](self) -> x:
            return x

    (T,) = Inner.m.__type_params__
    return T.__bound__, Inner.m.__annotations__, Inner().m()


print(func())


# A class attribute set after the class body is seen by a lazy bound.
class Late:
    def m[T: later](self):
        pass

Late.later = "set afterwards"
(T,) = Late.m.__type_params__
try:
    print(T.__bound__)
except NameError as e:
    print("NameError:", e)


# The type parameters are visible in the body, and closed over.
def maker[T]():
    def get():
        return T
    return get
print(maker()(), maker.__type_params__[0] is maker()())


class Uses[T]:
    attr = T
    def meth(self):
        return T
print(Uses.attr, Uses().meth(), Uses.attr is Uses.__type_params__[0])

# The type parameter names do not leak out.
try:
    T2
except NameError as e:
    print("NameError:", e)
def leak[T2]():
    pass
try:
    T2
except NameError as e:
    print("NameError:", e)
