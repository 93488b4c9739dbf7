# active_count() and enumerate(): the main thread plus every started thread
# that has not finished.
import threading

release = threading.Event()
print(threading.active_count(), [t.name for t in threading.enumerate()])
threads = [threading.Thread(target=release.wait, name=f"waiter-{k}") for k in range(3)]
print("created, not started:", threading.active_count())
for t in threads:
    t.start()
print("started:", threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t in threading.enumerate() for t in threads))
release.set()
for t in threads:
    t.join()
print("joined:", threading.active_count(), [t.name for t in threading.enumerate()])
