import itertools
from collections import deque


class ChatRoom:
    def __init__(self, name, history=5):
        self.name = name
        self.members = {}
        self.history = deque(maxlen=history)
        self.ids = itertools.count(1)

    def join(self, user):
        self.members[user.name] = user
        for message in self.history:
            user.receive(message)
        self.broadcast("system", f"{user.name} joined")

    def leave(self, name):
        self.members.pop(name, None)
        self.broadcast("system", f"{name} left")

    def broadcast(self, sender, text):
        message = (next(self.ids), sender, text)
        self.history.append(message)
        for member in self.members.values():
            if member.name != sender:
                member.receive(message)

    def command(self, sender, line):
        if line.startswith("/msg "):
            _, target, text = line.split(" ", 2)
            if target in self.members:
                self.members[target].receive((0, sender, f"(private) {text}"))
                return
        self.broadcast(sender, line)


class User:
    def __init__(self, name):
        self.name = name
        self.inbox = []

    def receive(self, message):
        self.inbox.append(f"#{message[0]} <{message[1]}> {message[2]}")


room = ChatRoom("general", history=3)
ann, bob, cy = User("ann"), User("bob"), User("cy")
room.join(ann)
room.command("ann", "hello?")
room.join(bob)
room.command("bob", "hi ann")
room.command("ann", "/msg bob secret plan")
room.join(cy)
room.leave("bob")
for user in (ann, bob, cy):
    print(user.name, user.inbox)
