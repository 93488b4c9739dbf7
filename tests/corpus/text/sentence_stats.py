import re

TEXT = """Python is a programming language that lets you work quickly and integrate
systems more effectively. It is easy to learn! Is it fast? Sometimes. Dr. Smith
disagrees, e.g. for numerical work."""

ABBREVIATIONS = {"dr.", "e.g.", "i.e.", "mr.", "mrs."}


def sentences(text):
    tokens = text.split()
    current, out = [], []
    for tok in tokens:
        current.append(tok)
        if tok[-1] in ".!?" and tok.lower() not in ABBREVIATIONS:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def syllables(word):
    word = word.lower().strip(".,!?")
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups) - (word.endswith("e") and len(groups) > 1)
    return max(count, 1)


found = sentences(TEXT)
words = re.findall(r"[A-Za-z']+", TEXT)
total_syllables = sum(map(syllables, words))
print(len(found), len(words), total_syllables)
for s in found:
    print(f"- {s}")
flesch = 206.835 - 1.015 * len(words) / len(found) - 84.6 * total_syllables / len(words)
print(f"reading ease {flesch:.1f}")
