# A ledger with dataclasses, enums, sorting and grouping.
from dataclasses import dataclass, field
from enum import Enum
from collections import defaultdict
from datetime import date
class Kind(Enum):
    DEPOSIT = "dep"
    WITHDRAW = "wd"
    FEE = "fee"
@dataclass(order=True)
class Entry:
    when: date
    amount: int
    kind: Kind = field(compare=False)
    memo: str = field(default="", compare=False)
    def signed(self):
        return self.amount if self.kind is Kind.DEPOSIT else -self.amount
entries = [
    Entry(date(2024, 3, 5), 500, Kind.DEPOSIT, "salary"),
    Entry(date(2024, 3, 1), 120, Kind.WITHDRAW, "groceries"),
    Entry(date(2024, 3, 5), 2, Kind.FEE),
    Entry(date(2024, 2, 28), 1000, Kind.DEPOSIT, "opening"),
    Entry(date(2024, 3, 9), 75, Kind.WITHDRAW, "books"),
]
balance = 0
for e in sorted(entries):
    balance += e.signed()
    print(f"{e.when.isoformat()} {e.kind.name:<8} {e.signed():>+6} {balance:>6}  {e.memo}")
by_kind = defaultdict(list)
for e in entries:
    by_kind[e.kind].append(e.amount)
for k in Kind:
    print(k.value, sum(by_kind[k]), len(by_kind[k]))
by_month = defaultdict(int)
for e in entries:
    by_month[e.when.strftime("%Y-%m")] += e.signed()
print(dict(sorted(by_month.items())))
largest = max(entries, key=lambda e: e.amount)
print(largest)
print((date(2024, 3, 9) - date(2024, 2, 28)).days, date(2024, 2, 28).weekday(), date(2024, 3, 1).strftime("%A %d %B"))
