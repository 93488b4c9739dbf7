"""A traffic light controller kept in module-level state."""
STATES = ("red", "green", "yellow")
DURATIONS = {"red": 3, "green": 2, "yellow": 1}
state = "red"
elapsed = 0
history = []


def tick():
    global state, elapsed
    elapsed += 1
    if elapsed >= DURATIONS[state]:
        index = STATES.index(state)
        state = STATES[(index + 1) % len(STATES)]
        elapsed = 0
        history.append(state)


def run(ticks):
    for _ in range(ticks):
        tick()
    return state


print(run(10), history)
