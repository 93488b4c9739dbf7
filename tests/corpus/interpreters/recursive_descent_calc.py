"""A calculator: tokenizer, recursive-descent parser to a tree, evaluator."""
import math
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%(),^])|([A-Za-z_]\w*))")


def tokenize(text):
    pos, tokens = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise SyntaxError(f"bad character at {pos}: {text[pos]!r}")
        number, op, name = m.groups()
        tokens.append(("num", float(number)) if number else ("op", op) if op else ("name", name))
        pos = m.end()
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1] or tok[0]}")
        self.i += 1
        return tok

    def expression(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]
            node = (op, node, self.unary())
        return node

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.take()
            return ("**", base, self.unary())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expression()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expression())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expression()
            self.take("op", ")")
            return node
        raise SyntaxError(f"unexpected {value or kind}")


FUNCTIONS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}
VARIABLES = {"pi": math.pi, "e": math.e}


def evaluate(node):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return VARIABLES[node[1]]
    if kind == "neg":
        return -evaluate(node[1])
    if kind == "call":
        return FUNCTIONS[node[1]](*map(evaluate, node[2]))
    a, b = evaluate(node[1]), evaluate(node[2])
    return {"+": a + b, "-": a - b, "*": a * b, "**": a ** b if kind == "**" else 0,
            "/": a / b if b else math.inf, "%": a % b if b else math.nan}[kind]


for source in ["1 + 2 * 3", "(1 + 2) * 3", "-2 ** 2", "2 ^ 3 ^ 2", "max(1, sqrt(16), 3) % 3",
               "pi * 2", "10 / (5 - 5)", "1 +", "3 $ 4"]:
    try:
        tree = Parser(tokenize(source)).expression()
        print(f"{source:<26} = {evaluate(tree):g}")
    except SyntaxError as err:
        print(f"{source:<26} ! {err}")
