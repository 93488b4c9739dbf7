PROGRAM = """
10 LET N = 10
20 LET A = 0
30 LET B = 1
40 PRINT A
50 LET T = A + B
60 LET A = B
70 LET B = T
80 LET N = N - 1
90 IF N > 0 THEN 40
100 PRINT "DONE"
110 END
"""


def evaluate(expr, variables):
    tokens = expr.replace("+", " + ").replace("-", " - ").replace("*", " * ").split()
    total, op = 0, "+"
    for tok in tokens:
        if tok in "+-*":
            op = tok
            continue
        value = int(tok) if tok.isdigit() else variables[tok]
        total = total + value if op == "+" else total - value if op == "-" else total * value
    return total


def run(source):
    lines = {}
    for raw in source.strip().splitlines():
        number, statement = raw.split(" ", 1)
        lines[int(number)] = statement
    order = sorted(lines)
    variables, output, index = {}, [], 0
    while index < len(order):
        statement = lines[order[index]]
        index += 1
        keyword, _, rest = statement.partition(" ")
        if keyword == "LET":
            name, _, expr = rest.partition("=")
            variables[name.strip()] = evaluate(expr, variables)
        elif keyword == "PRINT":
            output.append(rest.strip('"') if rest.startswith('"') else str(evaluate(rest, variables)))
        elif keyword == "IF":
            condition, _, target = rest.partition(" THEN ")
            left, op, right = condition.split()
            a, b = evaluate(left, variables), evaluate(right, variables)
            if {">": a > b, "<": a < b, "=": a == b}[op]:
                index = order.index(int(target))
        elif keyword == "END":
            break
        else:
            raise SyntaxError(f"unknown statement {statement!r}")
    return output


print(" ".join(run(PROGRAM)))
