def probe(label, result):
    print("evaluating", label)
    return result


print(probe("a", False) and probe("b", True))
print(probe("a", True) and probe("b", False) and probe("c", True))
print(probe("a", True) or probe("b", True))
print(probe("a", 0) or probe("b", "") or probe("c", "found"))
print(probe("a", 1) < probe("b", 2) < probe("c", 0) < probe("d", 5))
print(probe("cond", True) if probe("test", False) else probe("else", "else branch"))
print(all(probe(i, i < 2) for i in range(5)))
print(any(probe(i, i == 1) for i in range(5)))
