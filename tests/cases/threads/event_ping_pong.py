# Two threads alternate strictly through two Events, so every line has a
# fixed place.
import threading

ping = threading.Event()
pong = threading.Event()


def player(name, mine, other, rounds):
    for k in range(rounds):
        mine.wait()
        mine.clear()
        print(name, k)
        other.set()


a = threading.Thread(target=player, args=("ping", ping, pong, 4))
b = threading.Thread(target=player, args=("pong", pong, ping, 4))
a.start()
b.start()
ping.set()
a.join()
b.join()
print("done")
