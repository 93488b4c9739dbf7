class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head
total = 0
for round in range(3):
    head = build(300)
    items = []
    while head is not None:
        items.append((head.value, str(head.value), [head.value] * 2, {"k": head.value}))
        head = head.next
    total += sum(v for v, s, l, d in items if int(s) == l[1] == d["k"])
print(total)
words = sorted(["pear", "apple", "fig", "banana"] * 20, key=lambda w: (len(w), w))
print(words[:5], len(set(words)))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(200)), max(squares(50)), {i: i % 7 for i in range(30)}[29])
