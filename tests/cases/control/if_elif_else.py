def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in (-5, 0, 3, 10, 99, 100, 10 ** 9):
    print(n, classify(n))
x = 7
if x > 5: print("one-line if")
if x > 100:
    print("no")
else:
    print("else branch")
if x:
    if x % 2:
        print("odd and truthy")
    else:
        print("even")
if not x:
    print("never")
elif x and x > 6 and x < 8:
    print("compound condition")
if (x := x + 1) == 8:
    print("walrus in if:", x)
values = [0, "", [], None, 0.0, "0", [0], -1]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
grade = 85
print("A" if grade >= 90 else "B" if grade >= 80 else "C")
