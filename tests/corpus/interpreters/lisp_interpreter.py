"""A small Scheme: reader, environments, special forms, closures, tail calls."""
import math
import operator


class Symbol(str):
    pass


def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    token = tokens.pop(0)
    if token == "(":
        items = []
        while tokens[0] != ")":
            items.append(read(tokens))
        tokens.pop(0)
        return items
    if token == ")":
        raise SyntaxError("unexpected )")
    if token == "'":
        return [Symbol("quote"), read(tokens)]
    for convert in (int, float):
        try:
            return convert(token)
        except ValueError:
            pass
    return Symbol(token)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise NameError(f"unbound symbol {name}")


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env


def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": operator.sub, "*": lambda *a: math.prod(a), "/": operator.truediv,
        "<": operator.lt, ">": operator.gt, "=": operator.eq, "<=": operator.le,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
        "list": lambda *a: list(a), "null?": lambda x: x == [], "length": len,
        "abs": abs, "display": lambda x: print(to_string(x)), "apply": lambda f, a: call(f, a),
    })
    return env


def call(fn, args):
    if isinstance(fn, Lambda):
        return evaluate(fn.body, Env(fn.params, args, fn.env))
    return fn(*args)


def evaluate(x, env):
    while True:  # loop instead of recursing for calls in tail position
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        head, *rest = x
        if head == "quote":
            return rest[0]
        if head == "if":
            test, then, alt = rest
            x = then if evaluate(test, env) is not False else alt
        elif head == "define":
            name, value = rest
            if isinstance(name, list):
                env[name[0]] = Lambda(name[1:], value, env)
            else:
                env[name] = evaluate(value, env)
            return None
        elif head == "set!":
            env.find(rest[0])[rest[0]] = evaluate(rest[1], env)
            return None
        elif head == "lambda":
            return Lambda(rest[0], rest[1], env)
        elif head == "begin":
            for expr in rest[:-1]:
                evaluate(expr, env)
            x = rest[-1]
        elif head == "let":
            bindings, body = rest
            env = Env([b[0] for b in bindings], [evaluate(b[1], env) for b in bindings], env)
            x = body
        else:
            fn = evaluate(head, env)
            args = [evaluate(a, env) for a in rest]
            if isinstance(fn, Lambda):
                x, env = fn.body, Env(fn.params, args, fn.env)
            else:
                return fn(*args)


def to_string(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_string, x)) + ")"
    return str(x)


PROGRAM = """
(begin
  (define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
  (define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
  (define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
  (define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
  (define c (make-counter))
  (c) (c)
  (display (fact 20))
  (display (count-down 5000 0))
  (display (map (lambda (x) (* x x)) '(1 2 3 4)))
  (display (list (c) (length '(a b c)) (apply + '(1 2 3))))
  (if (< 1 2) 'yes 'no))
"""
print(to_string(evaluate(read(tokenize(PROGRAM)), standard_env())))
