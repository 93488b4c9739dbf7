import string


def caesar(text, shift):
    lower, upper = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def atbash(text):
    return "".join(chr(ord("z") - ord(c) + ord("a")) if c.islower() else c for c in text.lower())


message = "Attack at Dawn!"
secret = caesar(message, 3)
print(secret, caesar(secret, -3), caesar(message, 13) == caesar(caesar(message, 13), 26))
coded = vigenere(message, "lemon")
print(coded, vigenere(coded, "lemon", decrypt=True))
print(atbash("wizard"), atbash(atbash("hello")))
