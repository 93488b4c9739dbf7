# SystemExit in a thread ends only that thread, silently: the excepthook
# ignores it and the program's exit status stays 0.
import sys
import threading

calls = []


def hook(args):
    calls.append(args.exc_type.__name__)


def quit_thread():
    print("thread exiting")
    sys.exit(3)
    print("not reached")


t = threading.Thread(target=quit_thread)
t.start()
t.join()
print("main still running, alive:", t.is_alive())
threading.excepthook = hook
t = threading.Thread(target=quit_thread)
t.start()
t.join()
print("hook calls:", calls)
