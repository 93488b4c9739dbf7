def attempt(label, action):
    try:
        result = action()
    except ZeroDivisionError:
        print(label, "-> division by zero")
    except (KeyError, IndexError) as err:
        print(label, "-> lookup failed:", type(err).__name__, err)
    except Exception as err:
        print(label, "-> other:", type(err).__name__, err)
    else:
        print(label, "-> ok:", result)
    finally:
        print(label, "-> finally")


attempt("divide", lambda: 1 / 0)
attempt("key", lambda: {}["k"])
attempt("index", lambda: [][0])
attempt("type", lambda: 1 + "a")
attempt("fine", lambda: 42)
try:
    raise ValueError
except ValueError as err:
    print(repr(err), str(err), err.args)
try:
    raise ValueError()
except ValueError as err:
    print(repr(err), str(err) == "", err.args)
try:
    raise ValueError("one", "two")
except ValueError as err:
    print(repr(err), str(err), err.args)
try:
    pass
except Exception:
    print("never")
else:
    print("else runs when nothing was raised")
try:
    raise KeyError("quoted")
except LookupError as err:
    print("caught via base class:", type(err).__name__, err, repr(err))
