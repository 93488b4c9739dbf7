total = 1 + \
    2 + \
    3
print(total)

if total > 5 and \
   total < 10:
    print("in range")

with open(__file__) as first, \
     open(__file__) as second:
    print(first.readline() == second.readline())

assert total == 6, \
    "sum mismatch"

name = "pygil"; \
length = len(name)
print(name, length)

value = [1,
         2] + \
        [3]
print(value)

def long_signature(alpha, beta, \
                   gamma=3):
    return alpha + beta + gamma

print(long_signature(1, \
                     2))
x = 1 if total \
    else 0
print(x)
