inventory = {"apples": 3, "pears": 0, "kiwis": 12}
prices = {"apples": 0.5, "kiwis": 0.25, "plums": 1.0}
print(inventory | prices, prices | inventory)
merged = dict(inventory)
merged |= {"pears": 4}
print(merged, inventory.keys() & prices.keys(), inventory.keys() - prices.keys())
print(inventory.keys() ^ prices.keys(), list(inventory.items())[0], {**inventory, "x": 1})
evens, threes = set(range(0, 20, 2)), set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens | threes)[:5], sorted(evens - threes), sorted(evens ^ threes)[:4])
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}))
frozen = frozenset([1, 2, 3])
print(frozen | {4}, {frozen: "frozen sets are hashable"}[frozenset({3, 2, 1})])
s = {1, 2, 3}
s &= {2, 3, 4}
s |= {9}
s -= {2}
s ^= {3, 10}
print(sorted(s))
