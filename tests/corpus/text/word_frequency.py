import re
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness.
"""

STOP_WORDS = {"it", "was", "the", "of"}
words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(w for w in words if w not in STOP_WORDS)
print(len(words), len(set(words)))
for word, n in sorted(counts.most_common(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<12}{'#' * n} {n}")
longest = max(words, key=len)
print(longest, sum(map(len, words)) / len(words))
