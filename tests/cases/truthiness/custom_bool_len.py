class WithBool:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print(f"  __bool__ called on {self.value}")
        return self.value > 0


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print(f"  __len__ called ({self.n})")
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


for obj in (WithBool(1), WithBool(-1), WithLen(0), WithLen(3)):
    print("truthy" if obj else "falsy")
print(bool(Both()), len(Both()), bool(Neither()))
print(WithBool(0) or "fallback")
print(WithBool(5) and "second")
print(not WithLen(2))


class BadBool:
    def __bool__(self):
        return "yes"


try:
    bool(BadBool())
except TypeError as err:
    print("TypeError:", err)


class NegativeLen:
    def __len__(self):
        return -1


try:
    bool(NegativeLen())
except ValueError as err:
    print("ValueError:", err)
