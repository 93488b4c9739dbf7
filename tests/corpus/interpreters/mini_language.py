"""A small imperative language: lexer, parser to an AST, and a tree-walking
interpreter with functions, closures, while loops and lists.

    fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable


# ---------------------------------------------------------------------------
# Lexer

KEYWORDS = {"fn", "let", "if", "else", "while", "return", "true", "false", "nil", "and", "or", "not"}
TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t\r\n]+|//[^\n]*)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>"(?:\\.|[^"\\])*")
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|[-+*/%<>=(){}\[\],;])
""", re.VERBOSE)


@dataclass
class Token:
    kind: str
    text: str
    line: int


class LangError(Exception):
    pass


def lex(source: str) -> list[Token]:
    tokens, pos, line = [], 0, 1
    while pos < len(source):
        m = TOKEN_RE.match(source, pos)
        if m is None:
            raise LangError(f"line {line}: unexpected {source[pos]!r}")
        kind, text = m.lastgroup, m.group()
        if kind == "name" and text in KEYWORDS:
            kind = text
        if kind != "ws":
            tokens.append(Token(kind, text, line))
        line += text.count("\n")
        pos = m.end()
    tokens.append(Token("eof", "", line))
    return tokens


# ---------------------------------------------------------------------------
# AST

@dataclass
class Node:
    pass


@dataclass
class Literal(Node):
    value: Any


@dataclass
class Var(Node):
    name: str


@dataclass
class Binary(Node):
    op: str
    left: Node
    right: Node


@dataclass
class Unary(Node):
    op: str
    operand: Node


@dataclass
class Call(Node):
    callee: Node
    args: list[Node]


@dataclass
class Index(Node):
    target: Node
    index: Node


@dataclass
class ListLit(Node):
    items: list[Node]


@dataclass
class Let(Node):
    name: str
    value: Node


@dataclass
class Assign(Node):
    name: str
    value: Node


@dataclass
class If(Node):
    test: Node
    body: list[Node]
    orelse: list[Node] = field(default_factory=list)


@dataclass
class While(Node):
    test: Node
    body: list[Node]


@dataclass
class Return(Node):
    value: Node | None


@dataclass
class FnDef(Node):
    name: str | None
    params: list[str]
    body: list[Node]


@dataclass
class ExprStmt(Node):
    expr: Node


# ---------------------------------------------------------------------------
# Parser

PRECEDENCE = [("or",), ("and",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")]


class Parser:
    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.pos = 0

    @property
    def current(self) -> Token:
        return self.tokens[self.pos]

    def match(self, *kinds: str) -> Token | None:
        tok = self.current
        if tok.kind in kinds or (tok.kind == "op" and tok.text in kinds):
            self.pos += 1
            return tok
        return None

    def expect(self, kind: str) -> Token:
        tok = self.match(kind)
        if tok is None:
            raise LangError(f"line {self.current.line}: expected {kind!r}, found {self.current.text or 'end'!r}")
        return tok

    def program(self) -> list[Node]:
        statements = []
        while self.current.kind != "eof":
            statements.append(self.statement())
        return statements

    def block(self) -> list[Node]:
        self.expect("{")
        body = []
        while not self.match("}"):
            body.append(self.statement())
        return body

    def statement(self) -> Node:
        if self.match("let"):
            name = self.expect("name").text
            self.expect("=")
            value = self.expression()
            self.expect(";")
            return Let(name, value)
        if self.match("if"):
            test = self.expression()
            body = self.block()
            orelse = []
            if self.match("else"):
                orelse = [self.statement()] if self.current.kind == "if" else self.block()
            return If(test, body, orelse)
        if self.match("while"):
            return While(self.expression(), self.block())
        if self.match("return"):
            value = None if self.current.text == ";" else self.expression()
            self.expect(";")
            return Return(value)
        if self.current.kind == "fn" and self.tokens[self.pos + 1].kind == "name":
            self.pos += 1
            name = self.expect("name").text
            return self.function_rest(name)
        expr = self.expression()
        if isinstance(expr, Var) and self.match("="):
            value = self.expression()
            self.expect(";")
            return Assign(expr.name, value)
        self.expect(";")
        return ExprStmt(expr)

    def function_rest(self, name: str | None) -> FnDef:
        self.expect("(")
        params = []
        while not self.match(")"):
            params.append(self.expect("name").text)
            self.match(",")
        return FnDef(name, params, self.block())

    def expression(self, level: int = 0) -> Node:
        if level == len(PRECEDENCE):
            return self.unary()
        left = self.expression(level + 1)
        while (tok := self.match(*PRECEDENCE[level])) is not None:
            left = Binary(tok.text, left, self.expression(level + 1))
        return left

    def unary(self) -> Node:
        if tok := self.match("-", "not"):
            return Unary(tok.text, self.unary())
        return self.postfix(self.primary())

    def postfix(self, node: Node) -> Node:
        while True:
            if self.match("("):
                args = []
                while not self.match(")"):
                    args.append(self.expression())
                    self.match(",")
                node = Call(node, args)
            elif self.match("["):
                node = Index(node, self.expression())
                self.expect("]")
            else:
                return node

    def primary(self) -> Node:
        tok = self.current
        self.pos += 1
        if tok.kind == "number":
            return Literal(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "string":
            return Literal(bytes(tok.text[1:-1], "utf-8").decode("unicode_escape"))
        if tok.kind in ("true", "false", "nil"):
            return Literal({"true": True, "false": False, "nil": None}[tok.kind])
        if tok.kind == "name":
            return Var(tok.text)
        if tok.kind == "fn":
            return self.function_rest(None)
        if tok.text == "(":
            node = self.expression()
            self.expect(")")
            return node
        if tok.text == "[":
            items = []
            while not self.match("]"):
                items.append(self.expression())
                self.match(",")
            return ListLit(items)
        raise LangError(f"line {tok.line}: unexpected {tok.text or 'end'!r}")


# ---------------------------------------------------------------------------
# Interpreter

class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Environment:
    def __init__(self, parent: Environment | None = None):
        self.values: dict[str, Any] = {}
        self.parent = parent

    def lookup(self, name: str) -> Environment:
        env: Environment | None = self
        while env is not None:
            if name in env.values:
                return env
            env = env.parent
        raise LangError(f"undefined variable {name!r}")


@dataclass
class Function:
    definition: FnDef
    closure: Environment

    def __call__(self, interpreter: "Interpreter", args: list[Any]) -> Any:
        if len(args) != len(self.definition.params):
            raise LangError(f"{self.definition.name or 'fn'} expects {len(self.definition.params)} arguments")
        env = Environment(self.closure)
        env.values.update(zip(self.definition.params, args))
        try:
            interpreter.run_block(self.definition.body, env)
        except ReturnSignal as signal:
            return signal.value
        return None


BINARY_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "%": lambda a, b: a % b, "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b, "<": lambda a, b: a < b, "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b, ">=": lambda a, b: a >= b,
}


class Interpreter:
    def __init__(self):
        self.output: list[str] = []
        self.globals = Environment()
        self.globals.values.update({
            "print": lambda _, args: self.output.append(" ".join(map(self.show, args))),
            "len": lambda _, args: len(args[0]),
            "push": lambda _, args: args[0].append(args[1]),
        })

    @staticmethod
    def show(value: Any) -> str:
        if value is None:
            return "nil"
        if isinstance(value, bool):
            return str(value).lower()
        if isinstance(value, list):
            return "[" + ", ".join(map(Interpreter.show, value)) + "]"
        if isinstance(value, Function):
            return f"<fn {value.definition.name or 'anonymous'}>"
        return str(value)

    def run(self, source: str) -> list[str]:
        self.run_block(Parser(lex(source)).program(), self.globals)
        return self.output

    def run_block(self, statements: list[Node], env: Environment) -> None:
        for statement in statements:
            self.execute(statement, env)

    def execute(self, node: Node, env: Environment) -> None:
        if isinstance(node, Let):
            env.values[node.name] = self.evaluate(node.value, env)
        elif isinstance(node, Assign):
            env.lookup(node.name).values[node.name] = self.evaluate(node.value, env)
        elif isinstance(node, If):
            branch = node.body if self.truthy(self.evaluate(node.test, env)) else node.orelse
            self.run_block(branch, Environment(env))
        elif isinstance(node, While):
            while self.truthy(self.evaluate(node.test, env)):
                self.run_block(node.body, Environment(env))
        elif isinstance(node, Return):
            raise ReturnSignal(None if node.value is None else self.evaluate(node.value, env))
        elif isinstance(node, FnDef):
            env.values[node.name] = Function(node, env)
        elif isinstance(node, ExprStmt):
            self.evaluate(node.expr, env)
        else:
            raise LangError(f"cannot execute {type(node).__name__}")

    @staticmethod
    def truthy(value: Any) -> bool:
        return value is not None and value is not False

    def evaluate(self, node: Node, env: Environment) -> Any:
        match_type = type(node)
        if match_type is Literal:
            return node.value
        if match_type is Var:
            return env.lookup(node.name).values[node.name]
        if match_type is ListLit:
            return [self.evaluate(item, env) for item in node.items]
        if match_type is Index:
            return self.evaluate(node.target, env)[self.evaluate(node.index, env)]
        if match_type is Unary:
            value = self.evaluate(node.operand, env)
            return -value if node.op == "-" else not self.truthy(value)
        if match_type is Binary:
            if node.op == "and":
                left = self.evaluate(node.left, env)
                return self.evaluate(node.right, env) if self.truthy(left) else left
            if node.op == "or":
                left = self.evaluate(node.left, env)
                return left if self.truthy(left) else self.evaluate(node.right, env)
            return BINARY_OPS[node.op](self.evaluate(node.left, env), self.evaluate(node.right, env))
        if match_type is Call:
            callee = self.evaluate(node.callee, env)
            args = [self.evaluate(a, env) for a in node.args]
            return callee(self, args)
        if match_type is FnDef:
            return Function(node, env)
        raise LangError(f"cannot evaluate {match_type.__name__}")


PROGRAM = r"""
// closures, recursion, lists and loops
fn fib(n) { if n < 2 { return n; } return fib(n - 1) + fib(n - 2); }
fn counter() {
    let count = 0;
    return fn() { count = count + 1; return count; };
}
fn map(xs, f) {
    let out = [];
    let i = 0;
    while i < len(xs) { push(out, f(xs[i])); i = i + 1; }
    return out;
}
let c = counter();
c(); c();
print("fib(15) =", fib(15), "count =", c());
print(map([1, 2, 3, 4], fn(x) { return x * x; }));
let n = 10;
if n % 2 == 0 and not (n > 100) { print("even and small"); } else if n > 100 { print("big"); } else { print("odd"); }
print("escape:\tdone", nil, true or false, 7 / 2, [fib, map]);
"""

print("\n".join(Interpreter().run(PROGRAM)))
for broken in ["let = 5;", "print(1", "let x = @;", "undefined_name;"]:
    try:
        Interpreter().run(broken)
    except LangError as err:
        print("error:", err)
