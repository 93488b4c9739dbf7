import re

SENTENCES = [
    "Was it a car or a cat I saw?", "No lemon, no melon", "Hello, world",
    "Madam, in Eden, I'm Adam", "Step on no pets", "Palindromes are fun",
]


def normalise(text):
    return re.sub(r"[^a-z0-9]", "", text.lower())


def longest_palindromic_word(text):
    words = re.findall(r"[a-z]+", text.lower())
    palindromes = [w for w in words if w == w[::-1] and len(w) > 1]
    return max(palindromes, key=len, default=None)


for sentence in SENTENCES:
    n = normalise(sentence)
    print(f"{sentence:<32} {n == n[::-1]!s:<6} {longest_palindromic_word(sentence)}")
