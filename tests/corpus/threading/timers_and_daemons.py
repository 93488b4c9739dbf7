import threading
import time

fired = []
timer = threading.Timer(0.01, fired.append, args=("timer fired",))
timer.start()
cancelled = threading.Timer(10, fired.append, args=("never",))
cancelled.start()
cancelled.cancel()
timer.join()
print(fired, cancelled.finished.is_set())


def heartbeat(stop, beats):
    while not stop.wait(0.002):
        beats.append(time.monotonic())


stop, beats = threading.Event(), []
daemon = threading.Thread(target=heartbeat, args=(stop, beats), daemon=True)
daemon.start()
time.sleep(0.02)
stop.set()
daemon.join()
print(daemon.daemon, len(beats) > 0, daemon.is_alive())
