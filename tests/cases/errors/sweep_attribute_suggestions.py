class Account:
    def __init__(self):
        self.balance = 0
    def deposit(self, n):
        self.balance += n
a = Account()
for f in [lambda: a.balanse, lambda: a.deposti, lambda: a.xyz, lambda: "abc".uper(), lambda: [].apend(1), lambda: Account.deposi, lambda: (1).real2]:
    try:
        f()
    except AttributeError as e:
        print(e, "|", e.name, type(e.obj).__name__)
import math
try:
    math.sqroot
except AttributeError as e:
    print(e)
"abc".uper()
