class Calc:
    def __init__(self, v):
        self.v = v
    def div(self, d):
        return Calc(self.v / d)
    def add(self, x):
        return Calc(self.v + x)
r = (Calc(10)
     .add(5)
     .div(3))
print(round(r.v, 3))
r = (Calc(10)
     .add(5)
     .div(0))
