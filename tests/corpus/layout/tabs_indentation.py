# Indented with tabs throughout, as some editors still do.
class Inventory:
	def __init__(self):
		self.items = {}

	def add(self, name, count=1):
		if name in self.items:
			self.items[name] += count
		else:
			self.items[name] = count
		return self.items[name]

	def remove(self, name, count=1):
		try:
			current = self.items[name]
		except KeyError:
			return False
		if current <= count:
			del self.items[name]
		else:
			self.items[name] = current - count
		return True


inv = Inventory()
for word in "apple pear apple fig apple".split():
	inv.add(word)
inv.remove("pear")
inv.remove("apple", 2)
print(sorted(inv.items.items()))
