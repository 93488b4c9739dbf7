import hashlib
import string

ALPHABET = string.digits + string.ascii_letters


def encode(number):
    if number == 0:
        return ALPHABET[0]
    out = []
    while number:
        number, r = divmod(number, len(ALPHABET))
        out.append(ALPHABET[r])
    return "".join(reversed(out))


def decode(code):
    number = 0
    for ch in code:
        number = number * len(ALPHABET) + ALPHABET.index(ch)
    return number


class Shortener:
    def __init__(self, domain="https://sho.rt/"):
        self.domain = domain
        self.by_code = {}
        self.by_url = {}
        self.counter = 100_000

    def shorten(self, url):
        if url in self.by_url:
            return self.domain + self.by_url[url]
        self.counter += 1
        code = encode(self.counter)
        self.by_code[code] = url
        self.by_url[url] = code
        return self.domain + code

    def expand(self, short):
        return self.by_code.get(short.removeprefix(self.domain))


s = Shortener()
urls = ["https://example.com/a/very/long/path?with=query", "https://python.org", "https://example.com/a/very/long/path?with=query"]
shorts = [s.shorten(u) for u in urls]
print(shorts, [s.expand(x) == u for x, u in zip(shorts, urls)], s.expand("https://sho.rt/zzz"))
print([encode(n) for n in (0, 61, 62, 3843, 10 ** 9)], decode(encode(123456789)))
print(hashlib.md5(urls[1].encode()).hexdigest()[:8])
