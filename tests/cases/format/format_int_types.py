values = [0, 1, -1, 42, -42, 255, 1000000, -1234567, 2 ** 40]
specs = ["d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "c" if False else "n", "e", "f", "%"]
for v in values:
    print(v, " ".join(format(v, s) for s in specs))
for spec in ["5d", "<5d", "^5d", ">5d", "05d", "+d", " d", "-d", "+05d", "=+7d", "*^9d", ",d", "_d", "_b", "_x", "#010x", "#_x"]:
    print(f"{spec:>6}: [{42:{spec}}] [{-42:{spec}}] [{123456789:{spec}}]")
print(format(65, "c"), format(0x263A, "c"), f"{97:c}{98:c}")
print(f"{True:d}", f"{True:x}", f"{False:5}|", format(True, "b"))
