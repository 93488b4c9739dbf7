import random
from collections import deque
random.seed(7)
tellers = 2
queue = deque()
served, waits = 0, []
busy = [0] * tellers
for minute in range(30):
    if random.random() < 0.6:
        queue.append(minute)
    for t in range(tellers):
        if busy[t] > 0:
            busy[t] -= 1
        if busy[t] == 0 and queue:
            arrived = queue.popleft()
            waits.append(minute - arrived)
            busy[t] = random.randint(1, 4)
            served += 1
    if minute % 10 == 9:
        print(f"t={minute:2} queue={len(queue)} busy={busy} served={served}")
print("served", served, "left", len(queue), "avg wait", round(sum(waits) / len(waits), 2), "max wait", max(waits))
print(random.choice("abc"), random.sample(range(10), 3), round(random.uniform(1, 2), 4), random.randrange(0, 100, 5))
