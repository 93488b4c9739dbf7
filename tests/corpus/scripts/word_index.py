"""Build a concordance: for each word, the lines where it appears."""
import re
from collections import defaultdict

POEM = """\
The woods are lovely, dark and deep,
But I have promises to keep,
And miles to go before I sleep,
And miles to go before I sleep.
"""

index = defaultdict(list)
for number, line in enumerate(POEM.splitlines(), 1):
    for word in re.findall(r"[a-z']+", line.lower()):
        if number not in index[word]:
            index[word].append(number)
width = max(map(len, index))
for word in sorted(index):
    if len(word) > 3:
        print(f"{word:<{width}} {', '.join(map(str, index[word]))}")
print(len(index), "distinct words")
