# except* clauses take the matching part of a group, each in turn.
import sys
from _show import tree


def run(make, label):
    print("==", label)
    try:
        raise make()
    except* ValueError as e:
        print("ValueError clause:")
        tree(e)
        print("handled is match:", sys.exception() is e)
    except* (TypeError, KeyError) as e:
        print("TypeError/KeyError clause:")
        tree(e)
    except* OSError:
        print("OSError clause, no name")
        tree(sys.exception())
    print("after, handled:", sys.exception())


run(lambda: ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)]), "split by two clauses")
run(lambda: ExceptionGroup("eg", [KeyError("k"), OSError("o")]), "tuple and bare clause")
run(lambda: ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])]), "nested")
run(lambda: ValueError("naked"), "naked exception is wrapped")
run(lambda: FileNotFoundError("missing"), "naked subclass")
run(lambda: ExceptionGroup("eg", [ValueError(1)]), "whole group matches")

# The bound name is unbound after the clause.
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)

# else and finally.
def flow(raise_it):
    try:
        if raise_it:
            raise ExceptionGroup("eg", [ValueError(1)])
        print("body ran")
    except* ValueError:
        print("handler ran")
    else:
        print("else ran")
    finally:
        print("finally ran")

flow(False)
flow(True)

# Only the first matching clause gets an exception; later ones see the rest.
seen = []
try:
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
except* ValueError as e:
    seen.append(("first", len(e.exceptions)))
except* Exception as e:
    seen.append(("second", len(e.exceptions)))
print(seen)

# A clause for a base class takes every subclass.
try:
    raise ExceptionGroup("eg", [ZeroDivisionError(), OverflowError(), KeyError(1)])
except* ArithmeticError as e:
    tree(e)
except* LookupError as e:
    tree(e)

# BaseExceptions: a BaseExceptionGroup, and a naked one wrapped in one.
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    tree(e)
except* ValueError as e:
    tree(e)
try:
    raise SystemExit(3)
except* SystemExit as e:
    tree(e)

# The split parts keep the group's notes, cause and context.
try:
    try:
        raise TypeError("first")
    except TypeError as ctx:
        eg = ExceptionGroup("eg", [ValueError(1), OSError(2)])
        eg.add_note("a note")
        raise eg from KeyError("cause")
except* ValueError as e:
    print(e.__notes__, repr(e.__cause__), repr(e.__context__))
except* OSError as e:
    print(e.__notes__, repr(e.__cause__), repr(e.__context__))
