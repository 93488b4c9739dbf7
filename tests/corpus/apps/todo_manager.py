import shlex
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Task:
    id: int
    title: str
    due: date | None = None
    tags: set[str] = field(default_factory=set)
    done: bool = False

    def line(self):
        box = "x" if self.done else " "
        due = f" (due {self.due})" if self.due else ""
        tags = " " + " ".join(f"#{t}" for t in sorted(self.tags)) if self.tags else ""
        return f"[{box}] {self.id:>2}. {self.title}{due}{tags}"


class TodoList:
    def __init__(self):
        self.tasks: dict[int, Task] = {}
        self.next_id = 1

    def execute(self, command_line):
        command, *args = shlex.split(command_line)
        handler = getattr(self, f"cmd_{command}", None)
        if handler is None:
            return f"unknown command: {command}"
        try:
            return handler(*args)
        except (TypeError, ValueError, KeyError) as err:
            return f"error: {err}"

    def cmd_add(self, title, *options):
        task = Task(self.next_id, title)
        for opt in options:
            if opt.startswith("due:"):
                task.due = date.fromisoformat(opt[4:])
            elif opt.startswith("#"):
                task.tags.add(opt[1:])
        self.tasks[task.id] = task
        self.next_id += 1
        return f"added {task.id}"

    def cmd_done(self, task_id):
        self.tasks[int(task_id)].done = True
        return f"completed {task_id}"

    def cmd_list(self, tag=None):
        chosen = [t for t in self.tasks.values() if tag is None or tag.lstrip("#") in t.tags]
        chosen.sort(key=lambda t: (t.done, t.due or date.max, t.id))
        return "\n".join(t.line() for t in chosen) or "(nothing)"

    def cmd_remove(self, task_id):
        del self.tasks[int(task_id)]
        return f"removed {task_id}"


todo = TodoList()
for line in [
    'add "write report" due:2024-05-01 #work',
    'add "buy milk" #home',
    'add "call mum" due:2024-04-20',
    "done 2",
    "list",
    "list #work",
    "remove 7",
    "done x",
    "frobnicate",
    'add "bad date" due:2024-13-01',
]:
    print(f"> {line}")
    print(todo.execute(line))
