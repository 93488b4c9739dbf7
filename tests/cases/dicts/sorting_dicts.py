prices = {"pear": 1.25, "apple": 0.5, "kiwi": 0.75, "fig": 2.0, "date": 0.75}
print(sorted(prices))
print(sorted(prices, key=prices.get))
print(sorted(prices.items(), key=lambda kv: (kv[1], kv[0])))
print(sorted(prices.items(), key=lambda kv: kv[1], reverse=True)[:2])
print(dict(sorted(prices.items())))
print(max(prices, key=prices.get), min(prices.values()), sum(prices.values()))
inventory = [{"name": "bolt", "qty": 5}, {"name": "nut", "qty": 12}, {"name": "gear", "qty": 5}]
print(sorted(inventory, key=lambda r: (r["qty"], r["name"])))
print([r["name"] for r in sorted(inventory, key=lambda r: -r["qty"])])
