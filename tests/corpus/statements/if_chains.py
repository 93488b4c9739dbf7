def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n < 100:
        kind = "small even"
    elif n % 2 == 0:
        kind = "large even"
    else:
        kind = "odd"
    return kind


for value in (-5, 0, 4, 200, 7):
    print(value, classify(value))

x = 5
if x: print("truthy")
if x > 3: pass
elif x > 1: print("unused")
else: print("unused too")

if (x > 1 and
        x < 10):
    print("bracketed condition")

if not x:
    pass
elif x in (1, 2, 3):
    pass
elif x not in [4]:
    if x is not None:
        if isinstance(x, int):
            print("nested ifs")

grade = "A" if x > 4 else "B" if x > 2 else "C"
print(grade)
