text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
import re
from collections import Counter
words = re.findall(r"[a-z]+", text.lower())
c = Counter(words)
print(len(words), len(c))
for w, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{w:>12} {n:3} {'#' * n}")
print(max(words, key=len), sorted({w for w in words if len(w) > 6}))
lines = text.splitlines()
for i, l in enumerate(lines, 1):
    print(f"{i:02d}: {l[:30]!r}... ({len(l)} chars, {len(l.split())} words)")
caps = " ".join(w.capitalize() for w in "hello there general kenobi".split())
print(caps, caps.swapcase(), caps[::-1], caps.count("e"))
table = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
for name, qty, price in table:
    if isinstance(qty, str):
        print(f"{name:<8}|{qty:>5}|{price:>7}")
        print("-" * 22)
    else:
        print(f"{name:<8}|{qty:>5}|{price:>7.2f}")
print(f"{'total':<8}|{sum(r[1] for r in table[1:]):>5}|{sum(r[1] * r[2] for r in table[1:]):>7.2f}")
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.split(r"[,;]\s*", "a, b;c ,d"))
