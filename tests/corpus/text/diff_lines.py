def lcs_table(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = table[i + 1][j + 1] + 1 if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    return table


def diff(a, b):
    table, i, j, out = lcs_table(a, b), 0, 0, []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append("  " + a[i]); i += 1; j += 1
        elif table[i + 1][j] >= table[i][j + 1]:
            out.append("- " + a[i]); i += 1
        else:
            out.append("+ " + b[j]); j += 1
    out += ["- " + x for x in a[i:]] + ["+ " + x for x in b[j:]]
    return out


old = """def greet(name):
    print("Hello", name)
    return None
greet("world")""".splitlines()
new = """def greet(name, punctuation="!"):
    print("Hello", name + punctuation)
    return None
greet("world")
greet("again")""".splitlines()
print("\n".join(diff(old, new)))
