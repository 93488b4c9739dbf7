def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_palindrome(s))
def caesar(s, k):
    out = []
    for c in s:
        if c.isupper():
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        elif c.islower():
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3); print(enc, caesar(enc, -3))
def rle(s):
    if not s: return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev: n += 1
        else: out.append(f"{n}{prev}"); prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)
print(rle("aaabccddddd"), rle("x"), rle(""))
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
print(" ".join(w[::-1] for w in "reverse each word".split()), "snake_case_name".title().replace("_", ""))
camel = "camelCaseStringHere"
print("".join("_" + c.lower() if c.isupper() else c for c in camel))
print("{:-^30}".format(" centered "), "abc".center(9, "*"), "|".join("abc"), "a-b-c".split("-", 1))
text = "the rain in spain stays mainly in the plain"
print(text.count("ain"), text.find("spain"), text.replace("ain", "AIN", 2), text.title())
print(sorted(set(text.split()), key=lambda w: (-len(w), w))[:4], max(text.split(), key=text.count))
vowels = sum(1 for c in text if c in "aeiou"); print(vowels, len(text) - text.count(" ") - vowels)
print(" ".join(f"{c}{text.count(c)}" for c in sorted(set(text.replace(" ", "")))[:6]))
