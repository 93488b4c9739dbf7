# A tiny command interpreter for a text adventure, using match statements.
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall"}, "items": []},
}
state = {"room": "hall", "inventory": [], "moves": 0}
def handle(command):
    words = command.lower().split()
    match words:
        case []:
            return "Say something."
        case ["look"]:
            r = rooms[state["room"]]
            items = ", ".join(r["items"]) or "nothing"
            return f"You are in {r['desc']}. You see {items}. Exits: {', '.join(sorted(r['exits']))}."
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            exits = rooms[state["room"]]["exits"]
            if direction not in exits:
                return f"You can't go {direction}."
            state["room"] = exits[direction]
            state["moves"] += 1
            return f"You walk {direction} to the {state['room']}."
        case ["take", item] if item in rooms[state["room"]]["items"]:
            rooms[state["room"]]["items"].remove(item)
            state["inventory"].append(item)
            return f"Taken: {item}."
        case ["take", item]:
            return f"There is no {item} here."
        case ["drop", *items] if items:
            dropped = [i for i in items if i in state["inventory"]]
            for i in dropped:
                state["inventory"].remove(i)
                rooms[state["room"]]["items"].append(i)
            return f"Dropped: {', '.join(dropped) or 'nothing'}."
        case ["inventory" | "inv" | "i"]:
            return "You carry: " + (", ".join(sorted(state["inventory"])) or "nothing")
        case [verb, *rest]:
            return f"I don't know how to {verb!r} ({len(rest)} more words)."
script = ["look", "take lamp", "take sword", "north", "look", "take key", "take book", "inv",
          "go west", "south", "east", "drop key lamp coin", "look", "", "dance wildly now", "i"]
for cmd in script:
    print(f"> {cmd}")
    print(handle(cmd))
print("moves:", state["moves"])
