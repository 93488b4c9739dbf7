MORSE = {
    "a": ".-", "b": "-...", "c": "-.-.", "d": "-..", "e": ".", "f": "..-.", "g": "--.",
    "h": "....", "i": "..", "j": ".---", "k": "-.-", "l": ".-..", "m": "--", "n": "-.",
    "o": "---", "p": ".--.", "q": "--.-", "r": ".-.", "s": "...", "t": "-", "u": "..-",
    "v": "...-", "w": ".--", "x": "-..-", "y": "-.--", "z": "--..", " ": "/",
}
REVERSE = {code: letter for letter, code in MORSE.items()}


def to_morse(text):
    return " ".join(MORSE[c] for c in text.lower() if c in MORSE)


def from_morse(code):
    return "".join(REVERSE[c] for c in code.split())


def soundex(name):
    codes = {c: d for d, letters in enumerate(["aeiouyhw", "bfpv", "cgjkqsxz", "dt", "l", "mn", "r"])
             for c in letters}
    name = name.lower()
    first, digits, last = name[0].upper(), [], codes.get(name[0])
    for c in name[1:]:
        code = codes.get(c)
        if code and code != last:
            digits.append(str(code))
        if c not in "hw":
            last = code
    return (first + "".join(digits) + "000")[:4]


coded = to_morse("SOS help")
print(coded, "|", from_morse(coded))
print([soundex(n) for n in ("Robert", "Rupert", "Rubin", "Ashcraft", "Tymczak", "Pfister")])
