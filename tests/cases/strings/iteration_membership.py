s = "hello, world"
print(list(s))
print([c for c in s if c in "aeiou"], sum(1 for c in s if c.isalpha()))
for i, c in enumerate("abc"):
    print(i, c, ord(c))
print("lo" in s, "xyz" in s, "" in s, "H" not in s, "," in s)
print(sorted(s), sorted(set(s)), "".join(sorted(s, reverse=True)).strip())
print(max(s), min(s.replace(" ", "")), list(reversed("abc")), list(zip("ab", "xyz")))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(list(map(str.upper, "abc")), "".join(map(chr, range(97, 102))), tuple("ab"))
print([s[i:i + 3] for i in range(0, len(s), 3)], len(s), s.__len__())
