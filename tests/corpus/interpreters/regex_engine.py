"""Regular expressions by backtracking: literals, ., *, +, ?, ^, $, and groups with |."""


def parse(pattern):
    pos = 0

    def alternation():
        nonlocal pos
        branches = [sequence()]
        while pos < len(pattern) and pattern[pos] == "|":
            pos += 1
            branches.append(sequence())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def sequence():
        nonlocal pos
        items = []
        while pos < len(pattern) and pattern[pos] not in "|)":
            items.append(repeat())
        return ("seq", items)

    def repeat():
        nonlocal pos
        node = atom()
        while pos < len(pattern) and pattern[pos] in "*+?":
            node = (pattern[pos], node)
            pos += 1
        return node

    def atom():
        nonlocal pos
        ch = pattern[pos]
        pos += 1
        if ch == "(":
            node = alternation()
            if pos >= len(pattern) or pattern[pos] != ")":
                raise SyntaxError("missing )")
            pos += 1
            return node
        if ch == "\\":
            ch = pattern[pos]
            pos += 1
            return ("char", ch)
        return ("any",) if ch == "." else ("bol",) if ch == "^" else ("eol",) if ch == "$" else ("char", ch)

    tree = alternation()
    if pos != len(pattern):
        raise SyntaxError(f"unexpected {pattern[pos]!r}")
    return tree


def match_node(node, text, i, k):
    kind = node[0]
    if kind == "char":
        return i < len(text) and text[i] == node[1] and k(i + 1)
    if kind == "any":
        return i < len(text) and k(i + 1)
    if kind == "bol":
        return i == 0 and k(i)
    if kind == "eol":
        return i == len(text) and k(i)
    if kind == "seq":
        def run(idx, pos):
            return k(pos) if idx == len(node[1]) else match_node(node[1][idx], text, pos, lambda p: run(idx + 1, p))
        return run(0, i)
    if kind == "alt":
        return any(match_node(b, text, i, k) for b in node[1])
    if kind == "?":
        return match_node(node[1], text, i, k) or k(i)
    if kind == "*":
        return match_node(node[1], text, i, lambda p: p != i and match_node(node, text, p, k)) or k(i)
    if kind == "+":
        return match_node(node[1], text, i, lambda p: match_node(("*", node[1]), text, p, k))
    raise ValueError(kind)


def search(pattern, text):
    tree = parse(pattern)
    for start in range(len(text) + 1):
        end = []
        if match_node(tree, text, start, lambda p: end.append(p) or True):
            return text[start:end[0]]
    return None


tests = [("ab*c", "xabbbcx"), ("^a.c$", "abc"), ("colou?r", "my color"), ("(cat|dog)+s", "a dogcats"),
         ("a(b|c)*d", "abcbcd!"), ("^x", "ax"), ("\\.py$", "main.py"), ("z+", "abc")]
for pattern, text in tests:
    print(f"{pattern:<12} {text:<10} -> {search(pattern, text)!r}")
