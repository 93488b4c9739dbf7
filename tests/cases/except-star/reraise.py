# What leaves a try/except*: the unmatched rest, re-raised parts and new
# exceptions, combined as CPython's PREP_RERAISE_STAR combines them.
from _show import tree


def outcome(label, body):
    print("==", label)
    try:
        body()
    except BaseException as e:
        tree(e)
        if e.__context__ is not None:
            print("context:", repr(e.__context__))
    else:
        print("nothing raised")


def unhandled_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        pass

def bare_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise

def bare_raise_everything():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise

def nested_shape_kept():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), OSError(4)])
    except* ValueError:
        raise
    except* TypeError:
        pass

def new_exception():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")

def new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise

def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise IndexError("b")

def raise_match_object():
    # `raise e` gives the match a new traceback: it counts as raised anew.
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e

def naked_bare_raise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise

def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("instead")

def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass

def handled_then_finally():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  handled ValueError")
    finally:
        print("  finally")

def inner_try_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise OSError("inner")
        except OSError:
            print("  caught inside the clause")

def new_group_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("fresh", [KeyError(1), KeyError(2)])


for f in [unhandled_rest, bare_raise, bare_raise_everything, nested_shape_kept, new_exception, new_and_rest,
          two_new, raise_match_object, raise_from, naked_bare_raise, naked_unmatched, naked_new, all_handled,
          handled_then_finally, inner_try_in_handler, new_group_in_handler]:
    outcome(f.__name__, f)

# The rest of a split is the same object each time it is re-raised unchanged.
try:
    try:
        eg = ExceptionGroup("eg", [ValueError(1)])
        raise eg
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("same group:", e is eg)
try:
    try:
        eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        raise eg
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("derived group:", e is eg, e.exceptions[0] is eg.exceptions[0])
