# A Barrier used round after round: the action prints the round once all
# parties arrived, so the output order is fixed.
import threading

rounds = []
lock = threading.Lock()
work = {0: [], 1: [], 2: []}


def end_of_round():
    rounds.append(len(rounds))
    print("round", rounds[-1], "complete:", sorted(len(v) for v in work.values()))


barrier = threading.Barrier(3, action=end_of_round)


def party(k):
    for r in range(3):
        with lock:
            work[k].append(r)
        barrier.wait()


threads = [threading.Thread(target=party, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(work)
