class JSONError(ValueError):
    pass


class JSONParser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, message):
        raise JSONError(f"{message} at position {self.pos}")

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def expect(self, literal):
        if not self.text.startswith(literal, self.pos):
            self.error(f"expected {literal!r}")
        self.pos += len(literal)

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            self.error("trailing data")
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        for literal, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(literal, self.pos):
                self.pos += len(literal)
                return result
        return self.number()

    def object(self):
        self.expect("{")
        result = {}
        self.skip()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.string()
            self.skip()
            self.expect(":")
            result[key] = self.value()
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        items = []
        self.skip()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
                continue
            self.expect("]")
            return items

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                elif esc in self.ESCAPES:
                    out.append(self.ESCAPES[esc])
                else:
                    self.error(f"bad escape \\{esc}")
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        literal = self.text[start:self.pos]
        if not literal:
            self.error("unexpected character")
        try:
            return float(literal) if any(c in literal for c in ".eE") else int(literal)
        except ValueError:
            self.error(f"bad number {literal!r}")


doc = '{"name": "pygil", "ok": true, "n": [1, -2.5, 3e2], "nested": {"x": null, "s": "a\\n\\u00e9"}}'
print(JSONParser(doc).parse())
for bad in ['{"a": }', "[1, 2", '"abc', "12 13", "{'a': 1}"]:
    try:
        JSONParser(bad).parse()
    except JSONError as err:
        print(f"{bad!r:>12}: {err}")
