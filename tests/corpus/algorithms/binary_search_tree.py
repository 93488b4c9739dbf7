class BST:
    class _Node:
        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value=None):
        def _insert(node):
            if node is None:
                self.count += 1
                return BST._Node(key, value)
            if key < node.key:
                node.left = _insert(node.left)
            elif key > node.key:
                node.right = _insert(node.right)
            else:
                node.value = value
            return node
        self.root = _insert(self.root)

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def height(self, node=...):
        if node is ...:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        def _min(node):
            while node.left:
                node = node.left
            return node

        def _delete(node, key):
            if node is None:
                return None
            if key < node.key:
                node.left = _delete(node.left, key)
            elif key > node.key:
                node.right = _delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                successor = _min(node.right)
                node.key, node.value = successor.key, successor.value
                node.right = _delete(node.right, successor.key)
            return node
        self.root = _delete(self.root, key)


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree.insert(k, str(k))
print(list(tree.inorder()), tree.height(), 45 in tree, 99 in tree)
for k in (20, 30, 50):
    tree.delete(k)
print(list(tree.inorder()), tree.height(), tree.root.key)
