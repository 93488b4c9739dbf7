class InsufficientFunds(Exception):
    def __init__(self, need):
        super().__init__(f"need {need} more")
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount
print(withdraw(100, 30))
def process():
    return withdraw(10, 50)
process()
