if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
if not a:
    pass
if a and b or c:
    x = 4
if a < b < c:
    x = 5
if a is None:
    x = 6
if a is not None:
    x = 7
while x > 0:
    x -= 1
else:
    x = 9
while True:
    if x:
        break
    x += 1
for i in range(3):
    if i == 1:
        continue
    if i == 2:
        break
else:
    x = 0
for i in range(2):
    for j in range(2):
        if j:
            break
    else:
        continue
    break
assert x
assert x > 0, "positive"
x = a if b else c
