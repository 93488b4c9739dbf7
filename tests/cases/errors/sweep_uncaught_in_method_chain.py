class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
def length(node):
    return 1 + length(node.next) if node.next else 1
def last_value(node):
    while node.next:
        node = node.next
    return node.next.value
chain = Node(1, Node(2, Node(3)))
print(length(chain))
print(last_value(chain))
