class Forth:
    def __init__(self):
        self.stack = []
        self.output = []
        self.words = {
            "+": self.binary(lambda a, b: a + b), "-": self.binary(lambda a, b: a - b),
            "*": self.binary(lambda a, b: a * b), "/": self.binary(lambda a, b: a // b),
            "mod": self.binary(lambda a, b: a % b), "=": self.binary(lambda a, b: -1 if a == b else 0),
            "<": self.binary(lambda a, b: -1 if a < b else 0),
            "dup": lambda: self.stack.append(self.stack[-1]), "drop": lambda: self.stack.pop(),
            "swap": self.swap, "over": lambda: self.stack.append(self.stack[-2]),
            ".": lambda: self.output.append(str(self.stack.pop())),
            "cr": lambda: self.output.append("\n"),
        }
        self.user = {}

    def binary(self, fn):
        def word():
            b, a = self.stack.pop(), self.stack.pop()
            self.stack.append(fn(a, b))
        return word

    def swap(self):
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]

    def run(self, source):
        self.execute(source.lower().split())
        return " ".join(self.output).replace(" \n ", "\n")

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token == ":":
                end = tokens.index(";", i)
                self.user[tokens[i + 1]] = tokens[i + 2:end]
                i = end
            elif token == "if":
                depth, j, else_at = 1, i + 1, None
                while depth:
                    depth += {"if": 1, "then": -1}.get(tokens[j], 0)
                    if tokens[j] == "else" and depth == 1:
                        else_at = j
                    j += 1
                then_at = j - 1
                flag = self.stack.pop()
                if flag:
                    self.execute(tokens[i + 1:else_at or then_at])
                elif else_at:
                    self.execute(tokens[else_at + 1:then_at])
                i = then_at
            elif token in self.user:
                self.execute(self.user[token])
            elif token in self.words:
                self.words[token]()
            else:
                self.stack.append(int(token))
            i += 1


f = Forth()
print(f.run("""
: square dup * ;
: cube dup square * ;
: sign dup 0 < if drop -1 else 0 = if 0 else 1 then then ;
3 square . 4 cube . cr
-5 sign . 0 sign . 7 sign . cr
10 3 mod . 10 3 / . 1 2 swap . . cr
"""))
print(f.stack)
