import csv
import io
from collections import defaultdict

RAW = """region,product,month,units,unit_price
north,widget,2024-01,10,2.50
north,gadget,2024-01,3,10.00
south,widget,2024-01,7,2.50
south,widget,2024-02,12,2.40
north,widget,2024-02,4,2.60
south,gadget,2024-02,5,9.50
west,gizmo,2024-02,1,99.99
"""

rows = list(csv.DictReader(io.StringIO(RAW)))
for row in rows:
    row["units"] = int(row["units"])
    row["revenue"] = row["units"] * float(row["unit_price"])

by_region = defaultdict(float)
by_month_product = defaultdict(lambda: defaultdict(int))
for row in rows:
    by_region[row["region"]] += row["revenue"]
    by_month_product[row["month"]][row["product"]] += row["units"]

for region, revenue in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f"{region:<6}{revenue:>9.2f}")
products = sorted({r["product"] for r in rows})
print("month   " + "".join(f"{p:>8}" for p in products))
for month in sorted(by_month_product):
    print(f"{month} " + "".join(f"{by_month_product[month][p]:>8}" for p in products))
out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["region", "revenue"])
writer.writerows((r, f"{v:.2f}") for r, v in sorted(by_region.items()))
print(out.getvalue(), end="")
