import threading


class Account:
    _ids = 0

    def __init__(self, balance):
        Account._ids += 1
        self.id = Account._ids
        self.balance = balance
        self.lock = threading.Lock()


def transfer(a, b, amount):
    # Always lock in id order so two opposite transfers cannot deadlock.
    first, second = sorted((a, b), key=lambda acc: acc.id)
    with first.lock, second.lock:
        if a.balance >= amount:
            a.balance -= amount
            b.balance += amount
            return True
        return False


x, y = Account(1000), Account(1000)
threads = []
for i in range(50):
    threads.append(threading.Thread(target=transfer, args=(x, y, 7)))
    threads.append(threading.Thread(target=transfer, args=(y, x, 5)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(x.balance, y.balance, x.balance + y.balance)
