text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
A quick, quick fox."""
words = [w.strip(".,;!").lower() for w in text.split()]
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
from collections import Counter
c = Counter(words)
print(c.most_common(3))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:>2}: {line!r} ({len(line)} chars, {len(line.split())} words)")
print(max(words, key=len), min(words, key=len), sorted(sorted(set(words)), key=len)[-3:])
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels, "consonants:", sum(ch.isalpha() for ch in text) - vowels)
print(text.count("the"), text.lower().count("the"), text.find("fox"), text.rfind("fox"))
caps = " ".join(w.capitalize() for w in words[:5])
print(caps, caps.swapcase(), caps[::-1])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))
print("-".join(sorted(set("mississippi"))), "".join(reversed("stressed")))
table = str.maketrans({"a": "4", "e": "3", "o": "0"})
print("leet speak is cool".translate(table))
print("{:=^30}".format(" REPORT "))
print("|".join(f"{w:^7}" for w in ["one", "two", "three"]))
encoded = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(encoded)
print(text.replace("\n", " / ")[:50] + "...")
print([line.split()[0] for line in lines], [len(l) for l in lines])
print(" ".join(text.split()[::-1][:4]))
