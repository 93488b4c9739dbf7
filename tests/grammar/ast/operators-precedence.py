a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ 8
b = 1 << 2 >> 3 & 4 ^ 5 | 6
c = a | b ^ c & d << e + f * g ** h
d = (1 + 2) * 3
e = 1 + (2 * 3)
f = a - b - c
g = a ** b ** c
h = -a ** -b
i = -2 ** -1
j = ~a + -b * +c
k = not a == b
l = a or b and c or not d
m = a and (b or c)
n = (a and b) or (c and d)
o = a if b else c if d else e
p = (a if b else c) if d else e
q = await_ = 1
