class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()

    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()

    def levels(self):
        level = [self]
        while level:
            yield [n.value for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def paths(self, prefix=()):
        prefix += (self.value,)
        if not (self.left or self.right):
            yield prefix
        for child in (self.left, self.right):
            if child:
                yield from child.paths(prefix)


t = Tree(8, Tree(3, Tree(1), Tree(6, Tree(4), Tree(7))), Tree(10, None, Tree(14, Tree(13))))
print(list(t.inorder()), list(t.preorder()))
print(list(t.levels()), list(t.paths()))
