import builtins
names = [n for n in dir(builtins) if not n.startswith("_")]
exc_names = sorted(n for n in names if n.endswith(("Error", "Exception", "Warning")))
print(len(exc_names) > 40, exc_names[:8])
funcs = ["abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "divmod", "enumerate", "filter", "format", "getattr", "hash", "hex", "id", "isinstance", "iter", "len", "map", "max", "min", "next", "oct", "ord", "pow", "print", "range", "repr", "reversed", "round", "sorted", "sum", "zip"]
print(all(hasattr(builtins, f) for f in funcs), builtins.len("abc"), builtins.__name__)
print(type(builtins.print).__name__, builtins.True_ if hasattr(builtins, "True_") else True, builtins.None_ if False else None)
print([n for n in ["Ellipsis", "NotImplemented", "exit", "quit", "aiter", "anext"] if hasattr(builtins, n)])
print(ascii([1, "é", b"\xff"]), hex(255), oct(-8), bin(0), chr(9731), ord("\n"), hash(()) == hash(()))
print(id(None) == id(None), format(1234.5678, ",.2f"), format("x", "*>5"), repr(repr), iter([]).__class__.__name__)
