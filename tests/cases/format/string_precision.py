s = "abcdefghij"
for spec in [".0", ".1", ".3", ".10", ".20", "5.2", "<8.3", ">8.3", "^8.3", "*^9.4", "s", ">12s"]:
    print(f"{spec:>6} [{s:{spec}}]")
print(f"[{'':5}] [{'':.0}] [{'x':.5}] [{'日本語':>6}] [{'日本語':.2}]")
print(f"[{None!s:>6}] [{[1, 2]!s:<8}] [{(1,)!r:^7}] [{'q'!r:>5}]")
try:
    format("text", "d")
except ValueError as err:
    print("ValueError:", err)
try:
    format("text", "+")
except ValueError as err:
    print("ValueError:", err)
try:
    format("text", "=5")
except ValueError as err:
    print("ValueError:", err)
try:
    format(5, "s")
except ValueError as err:
    print("ValueError:", err)
try:
    format(5.0, "d")
except ValueError as err:
    print("ValueError:", err)
try:
    format(5, ".2d")
except ValueError as err:
    print("ValueError:", err)
