# Classic ciphers: Caesar, Vigenere, Atbash, ROT13, frequency analysis.
import string
from collections import Counter
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)
def vigenere(text, key, decrypt=False):
    shifts = [ord(k) - 97 for k in key.lower()]
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            s = shifts[i % len(shifts)] * (-1 if decrypt else 1)
            out.append(caesar(ch, s))
            i += 1
        else:
            out.append(ch)
    return "".join(out)
atbash_table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                             string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])
msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg, caesar(msg, 26) == msg, caesar("xyz", 3))
v = vigenere(msg, "Lemon")
print(v)
print(vigenere(v, "Lemon", decrypt=True))
print(msg.translate(atbash_table))
import codecs
print(codecs.encode(msg, "rot13"), codecs.decode(codecs.encode(msg, "rot13"), "rot13") == msg)
def crack(ciphertext):
    letters = [c for c in ciphertext.lower() if c.isalpha()]
    common = Counter(letters).most_common(1)[0][0]
    shift = (ord(common) - ord("e")) % 26
    return shift, caesar(ciphertext, -shift)
secret = caesar("the quick brown fox jumps over the lazy dog and then sleeps in the sun", 11)
print(crack(secret))
freq = Counter(c for c in msg.lower() if c.isalpha())
print(freq.most_common(5))
print(" ".join(f"{c}:{'*' * n}" for c, n in sorted(freq.items()) if n > 1))
