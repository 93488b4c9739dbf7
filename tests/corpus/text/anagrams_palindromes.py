from collections import defaultdict

WORDS = ["listen", "silent", "enlist", "google", "elgoog", "inlets", "banana", "stone",
         "tones", "notes", "onset", "racecar", "level", "rotor", "python"]


def anagram_groups(words):
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w))].append(w)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))


def is_palindrome(text):
    cleaned = [c.lower() for c in text if c.isalnum()]
    return cleaned == cleaned[::-1]


def can_form_palindrome(word):
    odd = sum(word.count(c) % 2 for c in set(word))
    return odd <= 1


print(anagram_groups(WORDS))
print([w for w in WORDS if is_palindrome(w)])
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("Not one"))
print([w for w in ("carrace", "aabbc", "abc") if can_form_palindrome(w)])
