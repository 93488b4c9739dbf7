from collections import deque


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


def next_greater(values):
    result, stack = [-1] * len(values), []
    for i, v in enumerate(values):
        while stack and values[stack[-1]] < v:
            result[stack.pop()] = v
        stack.append(i)
    return result


def sliding_max(values, k):
    window, out = deque(), []
    for i, v in enumerate(values):
        while window and values[window[-1]] <= v:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(values[window[0]])
    return out


def josephus(n, k):
    circle = deque(range(1, n + 1))
    order = []
    while circle:
        circle.rotate(-(k - 1))
        order.append(circle.popleft())
    return order


print([balanced(s) for s in ("([]{})", "([)]", "((", "")])
print(next_greater([4, 5, 2, 25, 7, 8]), sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
print(josephus(7, 3))
