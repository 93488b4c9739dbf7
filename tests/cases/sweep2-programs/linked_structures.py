class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None): self.val, self.next = val, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None; self.size = 0
        for x in reversed(list(items)):
            self.head = Node(x, self.head); self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val; n = n.next
    def __len__(self): return self.size
    def __repr__(self): return "LL[" + " -> ".join(map(repr, self)) + "]"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __getitem__(self, i):
        if i < 0: i += self.size
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("LL index out of range")
ll = LinkedList([1, 2, 3, "four"]); print(ll, len(ll), ll[1], ll[-1]); ll.reverse(); print(ll, list(ll), 3 in ll)
try:
    ll[10]
except IndexError as e:
    print(e)
class Stack:
    def __init__(self): self._d = []
    def push(self, x): self._d.append(x)
    def pop(self):
        if not self._d: raise IndexError("pop from empty stack")
        return self._d.pop()
    def __bool__(self): return bool(self._d)
def balanced(s):
    st, pairs = Stack(), {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{": st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]: return False
            except IndexError:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "())", ""]:
    print(repr(s), balanced(s))
from collections import deque
q = deque([1, 2, 3], maxlen=4); q.append(4); q.append(5); q.appendleft(0); print(q, q.popleft(), q.pop(), q)
q.rotate(1); print(q, q[0], len(q), q.maxlen); q.extend([7, 8]); print(q, list(reversed(q)), q.count(7))
tree = {}
for w in ["car", "cat", "cart", "dog"]:
    node = tree
    for ch in w:
        node = node.setdefault(ch, {})
    node["$"] = True
def words(n, prefix=""):
    for k in sorted(n):
        if k == "$": yield prefix
        else: yield from words(n[k], prefix + k)
print(list(words(tree)), list(words(tree["c"]["a"], "ca")))
