items = ["apples", 3]
print("items:", items)
total = items[1] + 2
print("total:", total)
label = items[0] + total
