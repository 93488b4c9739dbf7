def first_negative(values):
    for index, value in enumerate(values):
        if value < 0:
            break
    else:
        return None
    return index


print(first_negative([1, 2, -3, 4]), first_negative([1, 2]))

for i in range(3):
    for j in range(3):
        if i == j:
            continue
        if i + j == 3:
            print("pair", i, j)
            break
    else:
        print("no break for", i)

for ch in "":
    print("unreachable")
else:
    print("empty loop runs else")

for x, y in [(1, 2), (3, 4)]:
    print(x * y, end=" ")
print()

for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)

words = {"apple": 3, "kiwi": 1}
for word in sorted(words):
    print(word, words[word])

for _ in range(2): print("one-line body")

total = 0
for k in range(10, 0, -2):
    total += k
print(total)
