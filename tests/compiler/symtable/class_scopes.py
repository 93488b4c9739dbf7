class A:
    where = __class__ if False else None
    handler = lambda self: __class__
    square = lambda self, x: x * x

    def direct(self):
        return __class__

    def via_lambda(self):
        return lambda: __class__

    def comprehension_super(self):
        return [super().direct() for _ in range(2)]

    def nested_class(self):
        class B(A):
            def direct(self):
                return super().direct()
        return B

    def generator(self):
        yield from super().direct()

    gen = (where for _ in range(1))

def factory():
    global made
    def made():
        return 1
    class Local:
        def method(self):
            return made
    return Local

def closure_through_class():
    secret = 1
    class Holder:
        secret = 2
        def reveal(self):
            return secret
    return Holder
