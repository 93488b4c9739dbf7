# match inside loops, functions, generators and try, with break/continue/return.
def first_even(items):
    for item in items:
        match item:
            case int(n) if n % 2 == 0:
                return n
            case int():
                continue
            case "stop":
                break
            case _:
                print("skipping", item)
    return None

print(first_even([1, 3, "x", 4, 5]))
print(first_even([1, "stop", 2]))
print(first_even([]))

def tokens(text):
    for word in text.split():
        match word:
            case "+" | "-" | "*" | "/":
                yield ("op", word)
            case _ if word.isdigit():
                yield ("num", int(word))
            case _:
                yield ("name", word)

print(list(tokens("x + 12 * y - 3")))

def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", operand):
            return -evaluate(operand)
        case _:
            raise ValueError(f"bad expression {expr!r}")

tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(tree))
try:
    evaluate(("div", 1, 2))
except ValueError as e:
    print(e)

# A match statement with every case failing and no default does nothing.
match 99:
    case 1:
        print("one")
    case 2:
        print("two")
print("after non-matching match")

# Subjects are evaluated once.
calls = []
def subject():
    calls.append(1)
    return [1, 2]
match subject():
    case [1]:
        pass
    case [1, 2, 3]:
        pass
    case [a, b]:
        print("matched", a, b)
print("subject evaluated", len(calls), "time(s)")

# Subject tuples, starred.
rest = [3, 4]
match 1, 2, *rest:
    case (1, 2, 3, 4):
        print("starred subject")

while True:
    match "loop":
        case "loop":
            print("breaking out of while from a case")
            break

with open(__file__) as fh:
    match fh.readline().split():
        case ["#", first_word, *_]:
            print("first comment word:", first_word)

try:
    match {"a": 1}:
        case {"a": 1}:
            raise KeyError("from a case")
except KeyError as e:
    print("caught", e)
