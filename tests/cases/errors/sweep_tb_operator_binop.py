prices = {"apple": 1.5, "pear": None}
total = 0
for name, price in prices.items():
    total = total + price * 2
