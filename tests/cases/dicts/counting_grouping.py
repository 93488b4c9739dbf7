text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_length = {}
for word in text.split():
    by_length.setdefault(len(word), []).append(word)
print(by_length)
letters = {}
for ch in text.replace(" ", ""):
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
inverted = {}
for word, n in counts.items():
    inverted.setdefault(n, []).append(word)
print(inverted)
first_seen = {}
for i, word in enumerate(text.split()):
    first_seen.setdefault(word, i)
print(first_seen)
print(max(counts, key=counts.get), min(by_length), sorted(by_length, reverse=True))
pairs = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("grain", "rice"), ("veg", "leek")]
groups = {}
for kind, item in pairs:
    groups.setdefault(kind, []).append(item)
print(groups, {k: len(v) for k, v in groups.items()})
histogram = {}
for n in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    histogram[n] = histogram.get(n, 0) + 1
for n in sorted(histogram):
    print(f"{n}: {'*' * histogram[n]}")
