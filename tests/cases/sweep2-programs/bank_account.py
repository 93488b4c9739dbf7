class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner, self.balance = owner, balance
        self.id = Account._next_id; Account._next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt; self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt; self.history.append(("wd", amt))
    def __repr__(self):
        return f"Account(#{self.id} {self.owner!r}, {self.balance:,.2f})"
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        i = round(self.balance * self.rate, 2); self.deposit(i); return i
accts = [Account("ann", 100), Savings("bob", 1500.5)]
accts[0].deposit(50)
try:
    accts[0].withdraw(500)
except InsufficientFunds as e:
    print("error:", e, e.needed)
try:
    accts[1].deposit(-5)
except ValueError as e:
    print("error:", e)
print(accts[1].add_interest(), accts)
for a in sorted(accts, key=lambda a: -a.balance):
    print(f"{a.owner:<6}|{a.balance:>12,.2f}|{len(a.history):3d}|{type(a).__name__}")
print(sum(a.balance for a in accts), [h for a in accts for h in a.history])
