tree = ("root", (("left", (("ll", ()), ("lr", ()))), ("right", (("rl", ()),))))


def walk(node, depth=0):
    name, children = node
    print("  " * depth + name)
    for child in children:
        walk(child, depth + 1)


def count(node):
    return 1 + sum(count(c) for c in node[1])


def leaves(node):
    name, children = node
    if not children:
        return (name,)
    return tuple(leaf for c in children for leaf in leaves(c))


walk(tree)
print(count(tree), leaves(tree))
matrix = ((1, 2, 3), (4, 5, 6))
transposed = tuple(zip(*matrix))
print(transposed, tuple(sum(row) for row in matrix), tuple(map(sum, transposed)))
