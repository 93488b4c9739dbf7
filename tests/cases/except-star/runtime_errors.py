# Mistakes that except* reports when the clause runs, and groups of subclasses.
from _show import tree


def attempt(label, clause_type):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* clause_type:
            print("caught?")
    except TypeError as e:
        print(label, "->", e)
        print("  context:", repr(e.__context__))


attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("tuple with a group", (ValueError, ExceptionGroup))
attempt("not an exception", int)
attempt("tuple with a non-exception", (ValueError, "x"))


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)

try:
    raise MyGroup("mine", [ValueError(1), TypeError(2)])
except* ValueError as e:
    tree(e)
except* TypeError as e:
    tree(e)

try:
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
except MyGroup as e:
    tree(e)


# A subclass of a group type that is not matched by the clause's type.
class Special(ValueError):
    pass

try:
    raise ExceptionGroup("eg", [Special("s"), ValueError("v")])
except* Special as e:
    tree(e)
except* ValueError as e:
    tree(e)
