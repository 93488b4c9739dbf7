for i in range(3):
    pass
print("i after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as err:
    print("NameError:", err)
k = "before"
for k in "xy":
    pass
print("k:", k)
x = [c for c in "abc"]
try:
    print(c)
except NameError as err:
    print("NameError:", err)
total = 0
for total in range(3):
    total += 10
print("total:", total)
items = [1, 2, 3]
for item in items:
    item *= 2
print(items)
for idx in range(len(items)):
    items[idx] *= 2
print(items)
while (n := len(items)) > 1:
    items.pop()
print(n, items)
