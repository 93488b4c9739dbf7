class Inventory:
    def __init__(self):
        self.items = {}
    def add_item(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
inv = Inventory()
inv.add_item("bolt", 5)
print(inv.items)
inv.add_itme("nut", 2)
