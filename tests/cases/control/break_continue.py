for n in range(10):
    if n == 2:
        continue
    if n == 7:
        break
    print("n", n)
found = None
for word in ["apple", "banana", "cherry", "date"]:
    if word.startswith("c"):
        found = word
        break
print("found", found)
odds = []
for n in range(20):
    if n % 2 == 0:
        continue
    odds.append(n)
print(odds)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of three", i)
for outer in range(3):
    for inner in range(3):
        if inner > outer:
            break
        if inner == 1:
            continue
        print("pair", outer, inner)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, 9]]
for row in matrix:
    for v in row:
        if v < 0:
            print("negative found:", v)
            break
    else:
        continue
    break
print("done")
