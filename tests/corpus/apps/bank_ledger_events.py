from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Event:
    kind: str
    account: str
    amount: Decimal = Decimal(0)
    target: str | None = None


def apply(state, event):
    balances = dict(state)
    if event.kind == "open":
        if event.account in balances:
            raise ValueError(f"{event.account} already open")
        balances[event.account] = Decimal(0)
    elif event.kind == "deposit":
        balances[event.account] += event.amount
    elif event.kind == "withdraw":
        if balances[event.account] < event.amount:
            raise ValueError(f"{event.account}: insufficient funds")
        balances[event.account] -= event.amount
    elif event.kind == "transfer":
        state = apply(balances, Event("withdraw", event.account, event.amount))
        return apply(state, Event("deposit", event.target, event.amount))
    else:
        raise ValueError(f"unknown event {event.kind}")
    return balances


events = [
    Event("open", "alice"), Event("open", "bob"), Event("deposit", "alice", Decimal("100.00")),
    Event("transfer", "alice", Decimal("30.50"), "bob"), Event("withdraw", "bob", Decimal("40")),
    Event("open", "alice"), Event("deposit", "bob", Decimal("0.01")), Event("refund", "bob"),
]
state = {}
for e in events:
    try:
        state = apply(state, e)
    except ValueError as err:
        print("rejected:", err)
print({k: str(v) for k, v in sorted(state.items())}, sum(state.values()))
