import json
from dataclasses import dataclass, field, asdict
@dataclass
class Task:
    title: str
    done: bool = False
    tags: list = field(default_factory=list)
class TodoList:
    def __init__(self): self.tasks = []
    def add(self, title, *tags):
        t = Task(title, tags=list(tags)); self.tasks.append(t); return len(self.tasks)
    def complete(self, n):
        if not 1 <= n <= len(self.tasks):
            raise IndexError(f"no task #{n}")
        self.tasks[n - 1].done = True
    def render(self):
        for i, t in enumerate(self.tasks, 1):
            mark = "x" if t.done else " "
            tags = f" [{', '.join(t.tags)}]" if t.tags else ""
            print(f"{i:>2}. [{mark}] {t.title}{tags}")
    def stats(self):
        done = sum(t.done for t in self.tasks)
        return f"{done}/{len(self.tasks)} done ({done / len(self.tasks):.0%})"
todo = TodoList()
for cmd in ["add buy milk #shop", "add write report #work #urgent", "add call mom", "done 2", "done 7", "list", "stats", "export", "bogus"]:
    verb, _, rest = cmd.partition(" ")
    try:
        if verb == "add":
            words = rest.split()
            print("added", todo.add(" ".join(w for w in words if not w.startswith("#")), *[w[1:] for w in words if w.startswith("#")]))
        elif verb == "done":
            todo.complete(int(rest)); print("completed", rest)
        elif verb == "list":
            todo.render()
        elif verb == "stats":
            print(todo.stats())
        elif verb == "export":
            print(json.dumps([asdict(t) for t in todo.tasks], indent=1, sort_keys=True))
        else:
            raise ValueError(f"unknown command {verb!r}")
    except (IndexError, ValueError) as e:
        print("error:", e)
