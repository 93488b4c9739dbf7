# Long expressions that stress precedence and associativity.
a, b, c, d, e = 3, 5, 7, 11, 13
x = a + b * c - d // e ** 2 % 4 // 1 << 2 >> 1 & 0xFF | 0x100 ^ 0b1
y = (((a + b) * (c - d)) / ((e % a) or 1)) ** 2
z = not a < b < c == c != d > e or a and b and not c or d
w = a if b > c else b if c > d else c if d > e else d
v = -a ** -b * ~c // (d or 1) % (e and 9)
u = [a, b][a > b] + (lambda q: q * q)(c) + {"k": d}["k"] + (e,)[0]
s = a < b and b < c and c < d and d < e and not (a == b or b == c)
print(x, y, z, w, v, u, s)
total = (
    a * b
    + c * d
    - e
    * (a - b)
    ** 2
)
print(total, a * b + c * d - e * (a - b) ** 2)
