class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push_front(v)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def remove(self, value):
        link = self
        attr = "head"
        while (node := getattr(link, attr)) is not None:
            if node.value == value:
                setattr(link, attr, node.next)
                self.size -= 1
                return True
            link, attr = node, "next"
        return False

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


items = LinkedList(range(1, 8))
print(items, len(items), items.middle())
items.reverse()
print(items)
print(items.remove(4), items.remove(42), items, len(items))
print(LinkedList())
