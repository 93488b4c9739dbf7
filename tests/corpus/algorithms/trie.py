class Trie:
    def __init__(self):
        self.children = {}
        self.terminal = False

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.terminal = True

    def _find(self, prefix):
        node = self
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.terminal

    def complete(self, prefix):
        node = self._find(prefix)
        if node is None:
            return []
        results = []

        def walk(n, path):
            if n.terminal:
                results.append(prefix + path)
            for ch in sorted(n.children):
                walk(n.children[ch], path + ch)

        walk(node, "")
        return results

    def longest_common_prefix(self):
        node, prefix = self, ""
        while len(node.children) == 1 and not node.terminal:
            (ch, node), = node.children.items()
            prefix += ch
        return prefix


words = "car card care careful cart carbon dog dot".split()
t = Trie()
for w in words:
    t.insert(w)
print("card" in t, "ca" in t, t.complete("care"), t.complete("do"), t.complete("x"))
lcp = Trie()
for w in ("interview", "internet", "interval"):
    lcp.insert(w)
print(lcp.longest_common_prefix())
