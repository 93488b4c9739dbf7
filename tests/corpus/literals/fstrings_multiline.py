rows = [("widget", 3, 2.5), ("gadget", 12, 10.0), ("doohickey", 1, 99.99)]
header = f"{'item':<12}{'qty':>5}{'price':>10}"
print(header)
print("-" * len(header))
for item, qty, price in rows:
    print(f"{item:<12}{qty:>5}{price:>10.2f}")
total = sum(q * p for _, q, p in rows)
summary = f"""\
{'total':<12}{
    sum(q for _, q, _ in rows):>5}{total:>10.2f}
{'items':<12}{len(rows):>5}
"""
print(summary, end="")
print(f"{
    "multi-line field"
    .upper()
}")
print(F'''{rows[0][0]!r:^20}''')
