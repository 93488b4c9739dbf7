from decimal import Decimal, ROUND_HALF_UP

transactions = [
    ("2024-03-01", "opening balance", Decimal("1000.00")),
    ("2024-03-02", "coffee", Decimal("-3.45")),
    ("2024-03-05", "salary", Decimal("2500.00")),
    ("2024-03-07", "rent", Decimal("-1200.00")),
    ("2024-03-09", "groceries", Decimal("-86.27")),
    ("2024-03-15", "refund", Decimal("19.99")),
]
balance = Decimal("0")
for day, description, amount in transactions:
    balance += amount
    print(f"{day}  {description:<16}{amount:>10}{balance:>11}")
interest = (balance * Decimal("0.0125") / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print("monthly interest:", interest, "| float would say:", 0.1 + 0.2, "decimal says:", Decimal("0.1") + Decimal("0.2"))
spent = -sum(a for _, _, a in transactions if a < 0)
print("spent:", spent, "largest:", min(transactions, key=lambda t: t[2])[1])
