from enum import Enum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise ValueError(f"bad event {event!r} in {self.state.name}")
        old, self.state = self.state, TRANSITIONS[key]
        self.log.append(f"{old.name}->{self.state.name}")
m = Machine()
for ev in ["start", "pause", "finish", "resume", "finish", "start"]:
    try:
        m.fire(ev)
        print("ok", ev, m.state)
    except ValueError as e:
        print("error:", e)
print(" | ".join(m.log))
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("NUM", int(src[i:j]))); i = j
        elif ch in "+-*/()":
            tokens.append(("OP", ch)); i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    return tokens
print(tokenize("12 + (3*45) - 6"))
try:
    tokenize("1 $ 2")
except SyntaxError as e:
    print(type(e).__name__, e)
def evaluate(tokens):
    pos = 0
    def expr():
        nonlocal pos
        v = term()
        while pos < len(tokens) and tokens[pos][1] in "+-":
            op = tokens[pos][1]; pos += 1
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        nonlocal pos
        v = atom()
        while pos < len(tokens) and tokens[pos][1] in ("*", "/"):
            op = tokens[pos][1]; pos += 1
            v = v * atom() if op == "*" else v / atom()
        return v
    def atom():
        nonlocal pos
        kind, val = tokens[pos]; pos += 1
        if val == "(":
            v = expr(); pos += 1; return v
        return val
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 8 - 2", "2 * (3 + 4) * 5"]:
    print(src, "=", evaluate(tokenize(src)))
