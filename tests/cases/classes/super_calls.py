class A:
    def __init__(self):
        print("A.__init__")
        self.log = ["A"]

    def who(self):
        return "A"


class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.log.append("B")
        print("B.__init__ end")

    def who(self):
        return "B>" + super().who()


class C(A):
    def __init__(self):
        print("C.__init__ start")
        super().__init__()
        self.log.append("C")

    def who(self):
        return "C>" + super().who()


class D(B, C):
    def __init__(self):
        print("D.__init__ start")
        super().__init__()
        self.log.append("D")

    def who(self):
        return "D>" + super().who()


d = D()
print(d.log, d.who())
print([k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(C, d).who(), super(D, d).who())


class Base:
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"

    @staticmethod
    def helper():
        return "static helper"


class Derived(Base):
    @classmethod
    def create(cls):
        return super().create() + " via Derived"


print(Derived.create(), Derived().create(), Derived.helper())
