class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent

    def path(self):
        parts, node = [], self
        while node.parent is not None:
            parts.append(node.name)
            node = node.parent
        return "/" + "/".join(reversed(parts))


class File(Node):
    def __init__(self, name, parent, size):
        super().__init__(name, parent)
        self.size = size

    def total(self):
        return self.size


class Directory(Node):
    def __init__(self, name, parent=None):
        super().__init__(name, parent)
        self.children = {}

    def total(self):
        return sum(child.total() for child in self.children.values())

    def resolve(self, path, create=False):
        node = self
        for part in filter(None, path.split("/")):
            if part == "..":
                node = node.parent or node
                continue
            if part not in node.children:
                if not create:
                    raise FileNotFoundError(path)
                node.children[part] = Directory(part, node)
            node = node.children[part]
        return node

    def tree(self, indent=""):
        lines = []
        for name in sorted(self.children):
            child = self.children[name]
            if isinstance(child, Directory):
                lines.append(f"{indent}{name}/ ({child.total()})")
                lines.extend(child.tree(indent + "  "))
            else:
                lines.append(f"{indent}{name} {child.size}")
        return lines


root = Directory("")
for path, size in [("/home/ann/notes.txt", 120), ("/home/ann/photos/cat.jpg", 2048),
                   ("/home/bob/todo.md", 80), ("/etc/hosts", 12), ("/home/ann/photos/dog.jpg", 3000)]:
    folder, _, name = path.rpartition("/")
    parent = root.resolve(folder, create=True)
    parent.children[name] = File(name, parent, size)
print("\n".join(root.tree()))
print(root.resolve("/home/ann/photos/../notes.txt").path(), root.total())
small = [d.path() for d in (root.resolve(p) for p in ("/home", "/home/ann", "/home/bob", "/etc")) if d.total() < 1000]
print(small)
try:
    root.resolve("/nope")
except FileNotFoundError as err:
    print("not found:", err)
