class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __repr__(self):
        return f"Money({self.cents})"
print(Money(5) + Money(10))
print(sum([Money(1), Money(2)], Money(0)))
print(Money(1) + 5)
