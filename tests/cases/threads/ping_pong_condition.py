# Two threads take turns through one Condition and a shared turn variable.
import threading

cond = threading.Condition()
turn = ["a"]


def player(me, other, rounds):
    for k in range(rounds):
        with cond:
            cond.wait_for(lambda: turn[0] == me)
            print(me, k)
            turn[0] = other
            cond.notify_all()


threads = [threading.Thread(target=player, args=("a", "b", 3)),
           threading.Thread(target=player, args=("b", "a", 3))]
for t in reversed(threads):
    t.start()
for t in threads:
    t.join()
print("final turn:", turn[0])
