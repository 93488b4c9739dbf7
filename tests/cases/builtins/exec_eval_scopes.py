# The namespaces exec and eval see by default: the caller's globals and a
# snapshot of a function's locals (changes to it are not seen by the
# function), the class namespace in a class body, and mapping locals.
g_value = "global"


def reads_locals():
    local_value = "local"
    return eval("local_value + ' and ' + g_value")


print(reads_locals())


def writes_locals():
    x = 1
    exec("x = 2\ny = 3")
    print("x after exec:", x, "y in locals():", "y" in locals())
    snapshot = {}
    exec("x = 5\nz = x * 2", globals(), snapshot)
    print("explicit locals:", snapshot)
    return x


print(writes_locals())


def sets_global():
    exec("global g_set\ng_set = 'from exec'")


sets_global()
print(g_set)


def closure_reader():
    captured = "captured"

    def inner():
        return eval("captured")
    try:
        return inner()
    except NameError as e:
        return "NameError: " + str(e)


print(closure_reader())


def closure_used():
    captured = "used"

    def inner():
        captured
        return eval("captured")
    return inner()


print(closure_used())


class Body:
    exec("made_in_exec = 41")
    plus_one = eval("made_in_exec + 1")


print(Body.made_in_exec, Body.plus_one)


class Lookup:
    def __init__(self):
        self.seen = []

    def __getitem__(self, key):
        self.seen.append(key)
        if key == "magic":
            return 42
        raise KeyError(key)

    def __setitem__(self, key, value):
        self.seen.append(("set", key, value))


m = Lookup()
print(eval("magic + 1", {}, m), eval("len('ab')", {}, m))
exec("stored = 5", {}, m)
print(m.seen)
print([eval("i * 2", {"i": i}) for i in range(3)])
print(eval("[n for n in range(3) if n != skip]", {"skip": 1}))
print(eval("globals() is g", {"g": None, "__name__": "x"}) is False)
scope = {}
exec("def outer():\n    v = 'nested'\n    def inner():\n        return v\n    return inner()\nresult = outer()", scope)
print(scope["result"])
