"""Type checking a tiny expression language with let, lambda and if."""


class TypeError_(Exception):
    pass


INT, BOOL = ("int",), ("bool",)


def fn(arg, result):
    return ("fn", arg, result)


def show(t):
    return t[0] if len(t) == 1 else f"({show(t[1])} -> {show(t[2])})"


def check(expr, env):
    kind = expr[0]
    if kind == "lit":
        return BOOL if isinstance(expr[1], bool) else INT
    if kind == "var":
        if expr[1] not in env:
            raise TypeError_(f"unbound variable {expr[1]}")
        return env[expr[1]]
    if kind == "add":
        for side in expr[1:]:
            if check(side, env) != INT:
                raise TypeError_("+ expects ints")
        return INT
    if kind == "eq":
        left, right = check(expr[1], env), check(expr[2], env)
        if left != right:
            raise TypeError_(f"cannot compare {show(left)} with {show(right)}")
        return BOOL
    if kind == "if":
        if check(expr[1], env) != BOOL:
            raise TypeError_("condition must be bool")
        then, other = check(expr[2], env), check(expr[3], env)
        if then != other:
            raise TypeError_(f"branches differ: {show(then)} vs {show(other)}")
        return then
    if kind == "lambda":
        _, name, arg_type, body = expr
        return fn(arg_type, check(body, {**env, name: arg_type}))
    if kind == "call":
        f, arg = check(expr[1], env), check(expr[2], env)
        if f[0] != "fn":
            raise TypeError_(f"cannot call {show(f)}")
        if f[1] != arg:
            raise TypeError_(f"expected {show(f[1])}, got {show(arg)}")
        return f[2]
    if kind == "let":
        _, name, value, body = expr
        return check(body, {**env, name: check(value, env)})
    raise ValueError(kind)


programs = {
    "inc": ("lambda", "x", INT, ("add", ("var", "x"), ("lit", 1))),
    "apply": ("let", "f", ("lambda", "x", INT, ("eq", ("var", "x"), ("lit", 0))), ("call", ("var", "f"), ("lit", 5))),
    "bad_if": ("if", ("lit", 1), ("lit", 2), ("lit", 3)),
    "bad_call": ("call", ("lit", 3), ("lit", 4)),
    "mismatch": ("if", ("lit", True), ("lit", 1), ("lit", False)),
    "higher": ("lambda", "f", fn(INT, BOOL), ("lambda", "n", INT, ("call", ("var", "f"), ("var", "n")))),
    "unbound": ("add", ("var", "y"), ("lit", 1)),
}
for name, program in programs.items():
    try:
        print(f"{name:<9} : {show(check(program, {}))}")
    except TypeError_ as err:
        print(f"{name:<9} ! {err}")
