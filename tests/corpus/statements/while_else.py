def find_factor(n):
    candidate = 2
    while candidate * candidate <= n:
        if n % candidate == 0:
            print(n, "has factor", candidate)
            break
        candidate += 1
    else:
        print(n, "is prime")


for number in (15, 17, 49, 97):
    find_factor(number)

count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
print("count", count)

queue = [3, 1, 4, 1, 5]
while queue:
    item = queue.pop()
    if item == 4:
        print("found four")
        break
else:
    print("never here")

n = 0
while n < 3:
    n += 1
else:
    print("loop finished with n =", n)

attempts = 0
while (attempts := attempts + 1) < 5: pass
print(attempts)
