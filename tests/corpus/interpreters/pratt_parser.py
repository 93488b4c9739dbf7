"""Operator-precedence (Pratt) parsing, printing fully parenthesised output."""
import re

BINDING = {"=": 1, "?": 2, "||": 3, "&&": 4, "==": 5, "<": 6, "+": 7, "-": 7, "*": 8, "/": 8, "^": 9, "(": 11, "[": 11}
RIGHT_ASSOC = {"^", "=", "?"}


def tokens(text):
    return re.findall(r"\d+|\w+|\|\||&&|==|[-+*/^()=?:<!\[\],]", text) + ["<end>"]


class Pratt:
    def __init__(self, text):
        self.toks = tokens(text)
        self.i = 0

    def next(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def peek(self):
        return self.toks[self.i]

    def expect(self, tok):
        if self.next() != tok:
            raise SyntaxError(f"expected {tok}")

    def parse(self, rbp=0):
        tok = self.next()
        if tok == "(":
            left = self.parse()
            self.expect(")")
        elif tok in ("-", "!"):
            left = f"({tok}{self.parse(10)})"
        elif tok == "<end>":
            raise SyntaxError("unexpected end")
        else:
            left = tok
        while BINDING.get(self.peek(), 0) > rbp:
            op = self.next()
            bp = BINDING[op]
            if op == "(":
                args = []
                while self.peek() != ")":
                    args.append(self.parse())
                    if self.peek() == ",":
                        self.next()
                self.next()
                left = f"{left}({', '.join(args)})"
            elif op == "[":
                index = self.parse()
                self.expect("]")
                left = f"{left}[{index}]"
            elif op == "?":
                then = self.parse()
                self.expect(":")
                left = f"({left} ? {then} : {self.parse(bp - 1)})"
            else:
                right = self.parse(bp - 1 if op in RIGHT_ASSOC else bp)
                left = f"({left} {op} {right})"
        return left


for source in ["1 + 2 * 3", "a = b = c", "2 ^ 3 ^ 2", "-a * b", "f(x, y + 1)[0]", "a ? b : c ? d : e",
               "!a && b || c == d < e", "(1 + 2) * 3", "1 +"]:
    try:
        print(f"{source:<24} {Pratt(source).parse()}")
    except SyntaxError as err:
        print(f"{source:<24} error: {err}")
