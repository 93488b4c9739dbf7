class D:
    def __get__(self, obj, cls=None): return "got"
    def __set__(self, obj, v): print("set called", v)
    def __delete__(self, obj): print("delete called")
class Q:
    x = D()
q = Q(); q.x = 1; print(q.x); del q.x
class P(tuple):
    x = D()
p = P(); p.x = 1; print(p.x); del p.x
class L(list):
    x = D()
l = L(); l.x = 1; print(l.x)
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
o = Order(2, 5)
print(o.qty * o.price, type(Order.qty).__name__, sorted(vars(o)))
try:
    o.qty = -1
except ValueError as e:
    print(e)
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class W:
    @Lazy
    def big(self):
        print("computing")
        return 42
w = W(); print(w.big, w.big)
