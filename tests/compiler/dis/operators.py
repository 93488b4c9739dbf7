a = 7
b = 2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << b, a >> b, a & b, a | b, a ^ b, ~a, -a, +a, not a)
print(a @ b if False else 0)
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(a is b, a is not b, a in [b], a not in (b,), a in {1, 2}, a not in {b})
print(1 < a < 10, a < b < 10 < 20)
print(a and b, a or b, a and b or 0, a or b and 0, not (a and b))
print(a if b else 0, (a if a else b) if b else a)
print(not a is b, not a in [b])
