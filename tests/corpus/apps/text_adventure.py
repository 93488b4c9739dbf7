ROOMS = {
    "hall": {"text": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"text": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["key"]},
    "kitchen": {"text": "A cold kitchen.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"text": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def do(self, command):
        verb, _, noun = command.partition(" ")
        self.moves += 1
        action = getattr(self, "verb_" + verb, None)
        return action(noun) if action else "I don't understand."

    def verb_look(self, _):
        room = ROOMS[self.room]
        items = ", ".join(room["items"]) or "nothing"
        return f"{room['text']} Exits: {', '.join(sorted(room['exits']))}. You see {items}."

    def verb_go(self, direction):
        target = ROOMS[self.room]["exits"].get(direction)
        if target is None:
            return "You can't go that way."
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The way is locked."
            ROOMS[target]["locked"] = False
        self.room = target
        return self.verb_look("")

    def verb_take(self, item):
        items = ROOMS[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inventory.append(item)
        return f"Taken: {item}."

    def verb_inventory(self, _):
        return "You carry: " + (", ".join(self.inventory) or "nothing")


game = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword",
          "go south", "go east", "go down", "take treasure", "inventory", "dance"]
for command in script:
    print(f"> {command}\n{game.do(command)}")
print("moves:", game.moves, "won:", "treasure" in game.inventory)
