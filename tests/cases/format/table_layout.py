rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 120, 0.1), ("kiwi", 7, 1.75)]
header = f"{'item':<10}|{'qty':>5}|{'price':>8}|{'total':>9}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}|{qty * price:>9.3f}")
print("=" * len(header))
total = sum(q * p for _, q, p in rows)
print(f"{'sum':<10}|{sum(q for _, q, _ in rows):>5}|{'':>8}|{total:>9.3f}")
print(f"{'avg price':<10}|{'':>5}|{sum(p for *_, p in rows) / len(rows):>8.4f}|{'':>9}")
for i, (name, qty, _) in enumerate(rows, 1):
    bar = "#" * (qty // 5)
    print(f"{i:02d}. {name:.<12}{bar:<25}{qty:>4}")
