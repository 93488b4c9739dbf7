# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 3), (0, -3),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (123456789, 1000), (-123456789, 1000)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a:>11} {b:>5} // = {q:>7}  % = {r:>5}  divmod = {divmod(a, b)}  check = {q * b + r == a}")
big = 10 ** 30 + 7
print(big // 3, big % 3, (-big) // 3, (-big) % 3)
print(big // -7, big % -7, divmod(-big, 10 ** 15))
for n in range(-5, 6):
    print(n, n // 2, n % 2, n // -2, n % -2)
