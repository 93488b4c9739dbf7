class InsufficientFundsError(Exception):
    pass

class Account:
    interest_rate = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"Deposit must be positive, got {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(f"Cannot withdraw {amount:.2f}; balance is {self._balance:.2f}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        self._balance *= 1 + self.interest_rate

    def __repr__(self):
        return f"Account(#{self.id}, {self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"

class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise InsufficientFundsError("withdrawal limit reached")
        return super().withdraw(amount)

accounts = [Account("alice", 100), Savings("bob", 2500.5), Account("carol")]
accounts[0].deposit(50).withdraw(30)
accounts[1].withdraw(100).withdraw(200)
for acct in accounts:
    acct.apply_interest()
    print(acct, repr(acct), sep=" | ")
for action in [lambda: accounts[2].withdraw(10), lambda: accounts[0].deposit(-5), lambda: accounts[1].withdraw(1)]:
    try:
        action()
    except (InsufficientFundsError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(sorted(accounts, key=lambda a: a.balance, reverse=True))
print(sum(a.balance for a in accounts), max(accounts, key=lambda a: a.balance).owner)
print(accounts[0].history, Savings.__mro__[1].__name__, isinstance(accounts[1], Account))
try:
    accounts[0].balance = 5
except AttributeError as e:
    print(e)
total = 0
for a in accounts:
    total += round(a.balance, 2)
print(f"Total: {total:>12,.2f}")
print(f"{'Owner':<10}|{'Balance':>12}")
for a in accounts:
    print(f"{a.owner:<10}|{a.balance:>12.2f}")
accounts[2].withdraw(1000)
