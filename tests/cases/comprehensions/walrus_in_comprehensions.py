values = [4, 9, 15, 16, 22, 25]
roots = [r for v in values if (r := int(v ** 0.5)) ** 2 == v]
print(roots, r)
total = 0
running = [total := total + v for v in values]
print(running, total)
print([(y, y * 2) for x in range(5) if (y := x * x) > 4])
print({k: last for k in "abc" if (last := k.upper())}, last)


def first_long(words):
    if any(len(found := w) > 5 for w in words):
        return found
    return None


print(first_long(["hi", "hello", "greetings", "hey"]), first_long(["a"]))
data = ["3", "x", "10", "-2", "y"]
parsed = [n for s in data if (n := int(s) if s.lstrip("-").isdigit() else None) is not None]
print(parsed, n)
print([last := c for c in "abc"], last)
print(any((hit := v) > 5 for v in [1, 7, 3]), hit)
print(all((miss := v) < 5 for v in [1, 7, 3]), miss)
counts = {}
print([counts.setdefault(w, (size := len(w))) for w in ["aa", "b", "aa"]], size, counts)
