for text in ["a", "abc", "abcdefghij"]:
    for spec in ["5", "<5", ">5", "^5", "*<7", "->7", "=^8", "0>4", ".^1", "x^6", "10.2", "<3.1"]:
        print(f"{text!r:13} {spec:>5} [{text:{spec}}]")
print(f"[{3.14159:=^12.3f}] [{-3.14159:=12.3f}] [{42:0=8}] [{-42:0=8}] [{42:#>+8}]")
print(f"[{'left':<10}] [{'right':>10}] [{'center':^10}] [{'odd':^6}] [{'even':^7}]")
for width in range(1, 8):
    print(width, f"[{'ab':^{width}}]", f"[{12:^{width}}]", f"[{-1.5:^{width}}]")
