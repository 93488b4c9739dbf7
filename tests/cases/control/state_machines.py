def tokenize(text):
    tokens, state, current = [], "start", ""
    for ch in text + " ":
        if state == "start":
            if ch.isdigit():
                state, current = "number", ch
            elif ch.isalpha():
                state, current = "word", ch
            elif ch in "+-*/()":
                tokens.append(("op", ch))
        elif state == "number":
            if ch.isdigit():
                current += ch
            else:
                tokens.append(("num", int(current)))
                state = "start"
                if ch in "+-*/()":
                    tokens.append(("op", ch))
        elif state == "word":
            if ch.isalnum():
                current += ch
            else:
                tokens.append(("name", current))
                state = "start"
                if ch in "+-*/()":
                    tokens.append(("op", ch))
    return tokens


print(tokenize("x1 + 42*(y - 7)"))
light, log = "red", []
for tick in range(8):
    log.append(light)
    light = {"red": "green", "green": "yellow", "yellow": "red"}[light]
print(log)


def parse_number(text):
    state = "start"
    for ch in text:
        if state == "start":
            state = "sign" if ch in "+-" else "int" if ch.isdigit() else "error"
        elif state in ("sign", "int"):
            state = "int" if ch.isdigit() else "dot" if ch == "." and state == "int" else "error"
        elif state in ("dot", "frac"):
            state = "frac" if ch.isdigit() else "error"
        if state == "error":
            return False
    return state in ("int", "frac")


for candidate in ["42", "-7", "+", "3.14", "3.", ".5", "1.2.3", "", "12a", "-0.001"]:
    print(repr(candidate), parse_number(candidate))
vending = {"idle": {"coin": "ready"}, "ready": {"coin": "ready", "push": "vend", "refund": "idle"}, "vend": {"take": "idle"}}
state = "idle"
for event in ["push", "coin", "coin", "push", "take", "refund"]:
    nxt = vending[state].get(event)
    print(f"{state:>5} --{event}--> {nxt or 'ignored'}")
    state = nxt or state
