import math
print(math.pi)
math.sqroot(4)
