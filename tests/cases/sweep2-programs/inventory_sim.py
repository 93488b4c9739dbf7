from dataclasses import dataclass, field
from collections import defaultdict
import heapq
@dataclass(order=True)
class Order:
    priority: int
    oid: int = field(compare=True)
    item: str = field(compare=False)
    qty: int = field(compare=False, default=1)
stock = {"widget": 10, "gadget": 2, "doohickey": 0}
orders = [Order(2, 1, "widget", 3), Order(1, 2, "gadget", 5), Order(3, 3, "widget", 4), Order(1, 4, "doohickey"), Order(2, 5, "widget", 5)]
heap = list(orders); heapq.heapify(heap)
filled, backlog = [], defaultdict(list)
while heap:
    o = heapq.heappop(heap)
    have = stock.get(o.item, 0)
    if have >= o.qty:
        stock[o.item] -= o.qty; filled.append(o.oid)
        print(f"filled #{o.oid}: {o.qty} x {o.item} (left {stock[o.item]})")
    else:
        backlog[o.item].append(o)
        print(f"backlog #{o.oid}: want {o.qty}, have {have}")
print(filled, {k: [o.oid for o in v] for k, v in backlog.items()}, stock)
print(heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, orders)[0].oid, list(heapq.merge([1, 4], [2, 3])))
