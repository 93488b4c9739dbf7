# A shopping cart with classes, discounts, errors and a receipt.
from decimal import Decimal, ROUND_HALF_UP
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"only {have} of {item!r} left, wanted {wanted}")
        self.item = item
class Product:
    def __init__(self, name, price, stock):
        self.name, self.price, self.stock = name, Decimal(price), stock
    def __repr__(self):
        return f"Product({self.name!r}, {self.price})"
class Cart:
    def __init__(self):
        self.lines = {}
    def add(self, product, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        have = product.stock - self.lines.get(product.name, (product, 0))[1]
        if qty > have:
            raise OutOfStock(product.name, qty, have)
        p, q = self.lines.get(product.name, (product, 0))
        self.lines[product.name] = (p, q + qty)
    def remove(self, name):
        try:
            del self.lines[name]
        except KeyError:
            raise KeyError(f"{name} not in cart") from None
    def subtotal(self):
        return sum((p.price * q for p, q in self.lines.values()), Decimal("0"))
    def total(self, discount_pct=0):
        d = self.subtotal() * (100 - discount_pct) / 100
        return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    def __len__(self):
        return sum(q for _, q in self.lines.values())
    def __iter__(self):
        return iter(sorted(self.lines.values(), key=lambda pq: pq[0].name))
catalog = {p.name: p for p in [Product("pen", "1.20", 10), Product("book", "12.99", 2), Product("bag", "24.50", 1)]}
cart = Cart()
cart.add(catalog["pen"], 3)
cart.add(catalog["book"])
cart.add(catalog["book"])
for action in [lambda: cart.add(catalog["book"]), lambda: cart.add(catalog["bag"], 0), lambda: cart.remove("hat"), lambda: cart.add(catalog["bag"], 2)]:
    try:
        action()
    except (OutOfStock, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
cart.add(catalog["bag"])
print("items:", len(cart))
for product, qty in cart:
    print(f"  {product.name:<6} x{qty:<2} @ {product.price:>6} = {product.price * qty:>7}")
print(f"subtotal: {cart.subtotal()}")
for pct in (0, 10, 15):
    print(f"total with {pct:>2}% off: {cart.total(pct)}")
cart.remove("pen")
print("after removing pen:", [p.name for p, _ in cart], cart.subtotal())
