def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            print(f"found {target!r} at {i}")
            break
    else:
        print(f"{target!r} not found")


search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
while True:
    break
else:
    print("never printed")
for i in range(3):
    pass
else:
    print("for finished, i =", i)
for i in range(3):
    continue
else:
    print("continue does not skip else")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
