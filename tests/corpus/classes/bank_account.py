class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount


class Account:
    interest_rate = 0.0
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def add_interest(self):
        self._balance *= 1 + self.interest_rate

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:.2f})"


class Savings(Account):
    interest_rate = 0.03

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("only two withdrawals allowed")
        return super().withdraw(amount)


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self._balance + self.overdraft, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self


accounts = [Savings("ann", 100), Checking("bob", 50)]
accounts[0].deposit(50).withdraw(20).withdraw(10)
accounts[1].withdraw(120)
for account in accounts:
    account.add_interest()
    print(account, account.number, account.history)
for action in (lambda: accounts[0].withdraw(1), lambda: accounts[1].withdraw(500),
               lambda: accounts[1].deposit(-5)):
    try:
        action()
    except (InsufficientFunds, PermissionError, ValueError) as err:
        print(type(err).__name__, err)
