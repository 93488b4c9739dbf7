from collections import defaultdict
from functools import reduce
import operator
sales = [("2024-01", "north", "widget", 3, 2.5), ("2024-01", "south", "gadget", 1, 10.0), ("2024-02", "north", "gadget", 2, 10.0),
         ("2024-02", "north", "widget", 5, 2.5), ("2024-02", "south", "widget", 4, 2.75), ("2024-03", "south", "gizmo", 7, 1.2)]
by_month = defaultdict(float)
by_region_item = defaultdict(lambda: defaultdict(int))
for month, region, item, qty, price in sales:
    by_month[month] += qty * price
    by_region_item[region][item] += qty
for m in sorted(by_month):
    print(f"{m}: {by_month[m]:8.2f} {'=' * int(by_month[m] // 2)}")
for region, items in sorted(by_region_item.items()):
    print(region, dict(sorted(items.items())), "total", sum(items.values()))
total = reduce(operator.add, (q * p for *_, q, p in sales))
print(f"total revenue {total:.2f}; best item {max(set(s[2] for s in sales), key=lambda i: sum(s[3] for s in sales if s[2] == i))}")
table = [[m] + [sum(q for mm, _, it, q, _ in sales if mm == m and it == i) for i in ("widget", "gadget", "gizmo")] for m in sorted(by_month)]
print(f"{'month':8}{'widget':>8}{'gadget':>8}{'gizmo':>8}")
for row in table:
    print(f"{row[0]:8}" + "".join(f"{v:>8}" for v in row[1:]))
