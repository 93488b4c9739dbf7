# Built-in types' methods, unbound: their repr and qualified names.
print(list.append, int.__add__, object.__init__, str.__len__, list.__getitem__, int.__repr__, list.__init__)
print(str.upper, dict.__contains__, set.__contains__, list.__contains__, float.__round__, dict.get, tuple.count)
print(list.append.__qualname__, [].append.__qualname__, str.join.__qualname__, len.__qualname__)
print(len, print, [].append.__name__, list.append.__name__)
print(type(list.append).__name__ in ("method_descriptor", "builtin_function_or_method"))
