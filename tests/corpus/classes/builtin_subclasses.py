class DefaultList(list):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory

    def __getitem__(self, index):
        if isinstance(index, int):
            while index >= len(self):
                self.append(self.factory())
        return super().__getitem__(index)


class CaseInsensitiveDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def __missing__(self, key):
        return f"<no {key}>"


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self)}°C"


class Word(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip())

    @property
    def syllables(self):
        vowels = "aeiouy"
        return max(1, sum(1 for a, b in zip(" " + self, self) if b in vowels and a not in vowels))


dl = DefaultList(int)
dl[4] += 1
print(dl, len(dl))
headers = CaseInsensitiveDict()
headers["Content-Type"] = "text/html"
print(headers["CONTENT-TYPE"], "content-type" in headers, headers["Accept"])
temps = [Celsius(21.5), Celsius(-40)]
print(temps, [t.fahrenheit for t in temps], sum(temps), isinstance(temps[0], float))
w = Word("  banana ")
print(repr(w), w.upper(), w.syllables, Word("strength").syllables, len(w))
