import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="x", c=[1]))
print(repr(types.SimpleNamespace()))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance((x for x in []), types.GeneratorType))
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), type(types) is types.ModuleType)
