import operator
import math

BINARY = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "^": operator.pow,
}
UNARY = {"neg": operator.neg, "sqrt": math.sqrt, "abs": abs, "fact": math.factorial}


def rpn(expression):
    stack = []
    for token in expression.split():
        if token in BINARY:
            b, a = stack.pop(), stack.pop()
            stack.append(BINARY[token](a, b))
        elif token in UNARY:
            stack.append(UNARY[token](stack.pop()))
        else:
            stack.append(float(token) if "." in token else int(token))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack: {stack}")
    return stack[0]


for expr in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 10 ^ 1000 -", "16 sqrt neg abs", "5 fact 7 //", "1 2"]:
    try:
        print(f"{expr!r:>24} = {rpn(expr)}")
    except (ValueError, IndexError, ZeroDivisionError) as err:
        print(f"{expr!r:>24} ! {err}")
