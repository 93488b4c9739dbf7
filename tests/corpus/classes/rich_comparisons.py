import functools


@functools.total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return other

    def __eq__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return self.cents == other.cents

    def __lt__(self, other):
        other = self._check(other)
        if other is NotImplemented:
            return other
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"


prices = [Money(1999), Money(500), Money(1999), Money(2)]
print(sorted(prices), max(prices), min(prices), prices[0] == prices[2], len(set(prices)))
print(Money(1) <= Money(1), Money(3) > Money(2), Money(3) != Money(3), Money(1) == "1")
try:
    Money(1) < Money(1, "USD")
except ValueError as err:
    print(err)
try:
    Money(1) < 5
except TypeError as err:
    print("TypeError:", err)
