def make_button(label):
    handlers = []

    def on_click(handler):
        handlers.append(handler)
        return handler

    def click(times=1):
        results = []
        for n in range(times):
            for h in handlers:
                results.append(h(label, n))
        return results

    return on_click, click


on_click, click = make_button("OK")
clicks = {"count": 0}


@on_click
def count(label, n):
    clicks["count"] += 1
    return f"{label}#{n}"


@on_click
def shout(label, n):
    return label.lower() * (n + 1)


print(click(3), clicks)


def make_accounts():
    balances = {}

    def open_account(name):
        balances[name] = 0

        def deposit(amount):
            balances[name] += amount
            return balances[name]

        return deposit

    return open_account, lambda: dict(balances)


open_account, snapshot = make_accounts()
alice = open_account("alice")
bob = open_account("bob")
alice(10); bob(5); alice(7)
print(snapshot())
