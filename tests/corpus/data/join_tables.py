customers = [
    {"id": 1, "name": "Ada", "country": "UK"},
    {"id": 2, "name": "Grace", "country": "US"},
    {"id": 3, "name": "Linus", "country": "FI"},
]
orders = [
    {"order": 100, "customer": 1, "amount": 30.0},
    {"order": 101, "customer": 2, "amount": 12.5},
    {"order": 102, "customer": 1, "amount": 7.25},
    {"order": 103, "customer": 4, "amount": 99.0},
]


def index_by(rows, key):
    return {row[key]: row for row in rows}


def inner_join(left, right, left_key, right_key):
    lookup = {}
    for row in right:
        lookup.setdefault(row[right_key], []).append(row)
    return [{**l, **r} for l in left for r in lookup.get(l[left_key], [])]


def left_join(left, right, left_key, right_key, defaults):
    lookup = index_by(right, right_key)
    return [{**l, **lookup.get(l[left_key], defaults)} for l in left]


for row in inner_join(orders, customers, "customer", "id"):
    print(row["order"], row["name"], row["amount"])
for row in left_join(orders, customers, "customer", "id", {"name": "?", "country": "?"}):
    print(row["order"], row["name"], row["country"])
totals = {}
for row in inner_join(customers, orders, "id", "customer"):
    totals[row["name"]] = totals.get(row["name"], 0) + row["amount"]
print(totals, [c["name"] for c in customers if c["name"] not in totals])
