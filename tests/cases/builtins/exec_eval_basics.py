# eval, exec and compile: expressions, statements, namespaces, code objects.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("  'lead' + 'ing'"), eval("\t(1, 2)"))
base = 10
print(eval("base + 5"), eval(b"base * 2"), eval("len('abc')"))
exec("made = base + 1")
print(made)
print(exec("1 + 1"), exec(""), eval("None"))

namespace = {}
exec("a = 5\nb = a * 2\ndef twice(n):\n    return n * b\n", namespace)
print(sorted(k for k in namespace if k != "__builtins__"), namespace["twice"](3), "__builtins__" in namespace)
print(eval("a + b", namespace), eval("twice(a)", namespace))

g = {"x": 1}
loc = {"x": 2}
exec("y = x\nx = 30", g, loc)
print(g.get("y"), g["x"], loc)
print(eval("x", g, loc), eval("x", g), eval("x", {"x": 7}, None))

restricted = {"__builtins__": {"len": lambda s: 99}}
print(eval("len('abc')", restricted))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)

code = compile("3 * 4", "<expr>", "eval")
print(type(code).__name__, code.co_filename, code.co_name, eval(code), exec(code))
stmts = compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec")
ns = {}
print(eval(stmts, ns), ns["total"])
exec(stmts, ns)
print(ns["total"])
single = compile("6 * 7", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("if True:\n    'block'\n    print('in block')\n", "<single>", "single"))
print(compile("x = 1", "f.py", "exec").co_filename, compile(b"1", b"bytes-name", "eval").co_filename)
print(eval(compile("base", "<b>", "eval"), {"base": "own"}))
print(compile(source="1", filename="<kw>", mode="eval").co_filename, eval("x", globals={"x": "kw"}))
counter = {"n": 0}
exec("n += 1\nn += 1", counter)
print(counter["n"])
exec("import math as _m\nroot = _m.sqrt(16)", namespace)
print(namespace["root"], "_m" in namespace)
exec("class K:\n    v = 3\n    def get(self):\n        return self.v * 2\n", namespace)
print(namespace["K"]().get(), namespace["K"].__module__ if "__name__" in namespace else "no __name__")
print(eval("lambda q: q + base")(1), eval("(lambda: made)()"))
