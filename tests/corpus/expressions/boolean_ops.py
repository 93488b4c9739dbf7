def noisy(label, result):
    print("eval", label)
    return result


print(noisy("a", 0) and noisy("b", 1))
print(noisy("a", 1) and noisy("b", 2) and noisy("c", 3))
print(noisy("a", 0) or noisy("b", "") or noisy("c", "last"))
print(noisy("a", []) or noisy("b", [1]) and noisy("c", None))
print(not noisy("a", 0) and not noisy("b", ""))
config = {}
timeout = config.get("timeout") or 30
name = config.get("name", "") or "anonymous"
print(timeout, name, None or 0 or "" or [], 1 and 2 and 3, 0 and 1 / 0)
print([] or {}, (1,) and [], "x" and "y" or "z", not None, not [0])
