# A descriptor's __get__, a property getter or a __getattr__ that itself
# calls methods while `obj.name(...)` is being looked up: the call gets
# exactly the arguments written, never a self left over from those calls.


class Helper:
    def touch(self):
        return "touched"


helper = Helper()


class Deco:
    def __get__(self, obj, cls=None):
        helper.touch()
        {}.update({"k": 1})

        def inner(*args):
            return ("inner", args)

        inner.__dict__.update({"note": 1})
        return inner


class WithGetattr:
    def __getattr__(self, name):
        helper.touch()
        return lambda *args: (name, args)


class WithProperty:
    @property
    def run(self):
        helper.touch()
        return lambda *args: ("run", args)


class C:
    show = Deco()


c = C()
for _ in range(3):
    print(c.show(1), c.show())
    print(WithGetattr().anything(2, 3))
    print(WithProperty().run(4))
