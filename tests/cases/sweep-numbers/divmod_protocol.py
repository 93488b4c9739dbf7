print((5).__divmod__(2), (5.0).__rdivmod__(17), hasattr(int, "__divmod__"))
class N:
    def __init__(self, v): self.v = v
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", self.v, o)
    def __repr__(self): return f"N({self.v})"
print(divmod(N(1), 2), divmod(2, N(1)))
class I(int): pass
print(divmod(I(7), 2), divmod(7.5, I(2)))
for a, b in [("a", 1), (1, "a"), ([], []), (N(1), N(2)), (None, 1)]:
    try: print(divmod(a, b))
    except TypeError as e: print(e)
