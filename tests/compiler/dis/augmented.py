n = 0
n += 1
n -= 2
n *= 3
n /= 4
n //= 5
n %= 6
n **= 7
n <<= 8
n >>= 9
n &= 10
n |= 11
n ^= 12
m = [[1]]
m @= m
obj.count += 1
items[i] += 2
items[i:j] *= 2
counter = 0
def bump():
    global counter
    counter += 1
