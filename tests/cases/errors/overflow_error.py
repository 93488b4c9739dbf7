import math

print(math.exp(10))
print(2.0 ** 100)
print(math.exp(1000))
