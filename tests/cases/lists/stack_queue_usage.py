stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
    print(f"{token:>2} {stack}")
queue = []
for i in range(5):
    queue.append(i)
served = []
while queue:
    served.append(queue.pop(0))
    if served[-1] == 2:
        queue.append(99)
print(served)
history = []
for page in ["home", "about", "blog", "post1"]:
    history.append(page)
print(history.pop(), history.pop(), history[-1], history)
undo = [("insert", "a"), ("insert", "b"), ("delete", "a")]
while undo:
    print("undo", *undo.pop())
