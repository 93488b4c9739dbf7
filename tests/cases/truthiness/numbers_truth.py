for n in (0, 1, -1, 2 ** 100, -(2 ** 100), 0.0, 1e-300, -0.0, float("inf"), float("nan"), 0j, 0.5j):
    print(repr(n), bool(n), not n, "T" if n else "F")
print(bool(True + False), bool(True - True), 0 == False, 1 == True, 2 == True)
if 0.1 + 0.2 - 0.3:
    print("floating residue is truthy:", 0.1 + 0.2 - 0.3)
count = 3
while count:
    count -= 1
print("count reached", count)
