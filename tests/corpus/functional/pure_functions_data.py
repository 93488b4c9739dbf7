from functools import reduce

inventory = (
    {"sku": "A1", "name": "bolt", "price": 0.25, "stock": 400},
    {"sku": "B7", "name": "nut", "price": 0.1, "stock": 0},
    {"sku": "C3", "name": "washer", "price": 0.05, "stock": 1200},
    {"sku": "D9", "name": "screw", "price": 0.3, "stock": 55},
)


def with_value(item):
    return {**item, "value": round(item["price"] * item["stock"], 2)}


def in_stock(item):
    return item["stock"] > 0


def merge_totals(acc, item):
    return {"count": acc["count"] + 1, "value": round(acc["value"] + item["value"], 2)}


valued = tuple(map(with_value, filter(in_stock, inventory)))
totals = reduce(merge_totals, valued, {"count": 0, "value": 0.0})
ranking = tuple(item["name"] for item in sorted(valued, key=lambda i: i["value"], reverse=True))
print(totals, ranking, inventory[0].get("value"))
