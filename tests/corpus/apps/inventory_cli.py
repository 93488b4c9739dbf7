import shlex


class Inventory:
    def __init__(self):
        self.stock = {}
        self.prices = {}
        self.log = []

    def add(self, sku, qty, price=None):
        qty = int(qty)
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self.stock[sku] = self.stock.get(sku, 0) + qty
        if price is not None:
            self.prices[sku] = float(price)
        self.log.append(("add", sku, qty))

    def sell(self, sku, qty):
        qty = int(qty)
        have = self.stock.get(sku, 0)
        if qty > have:
            raise ValueError(f"only {have} of {sku} in stock")
        self.stock[sku] = have - qty
        self.log.append(("sell", sku, qty))
        return qty * self.prices.get(sku, 0.0)

    def report(self):
        lines = []
        for sku in sorted(self.stock):
            qty = self.stock[sku]
            price = self.prices.get(sku)
            value = f"{qty * price:8.2f}" if price is not None else "       ?"
            flag = "  LOW" if qty < 5 else ""
            lines.append(f"{sku:<8}{qty:>5}{value}{flag}")
        return "\n".join(lines)


def run(commands):
    inv, revenue = Inventory(), 0.0
    for line in commands:
        cmd, *args = shlex.split(line)
        try:
            if cmd == "add":
                inv.add(*args)
            elif cmd == "sell":
                revenue += inv.sell(*args)
            elif cmd == "report":
                print(inv.report())
            else:
                print(f"unknown command {cmd!r}")
        except (ValueError, TypeError) as err:
            print(f"{line!r}: {err}")
    print(f"revenue {revenue:.2f}, {len(inv.log)} operations")


run(["add bolt 100 0.10", "add nut 50 0.05", "add gear 3", "sell bolt 40", "sell nut 60",
     "add nut -1", "sell gear 3", "explode", "add", "report"])
