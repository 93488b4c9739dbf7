# threading.local: one name, a separate value in every thread.
#
# A global is shared by all threads; sometimes each thread needs its own copy
# of something, such as a database connection or the request it is serving,
# without passing it down through every call. An attribute of a
# threading.local() object is seen only by the thread that set it: the other
# threads see their own value, or none at all.
#
# With or without the GIL the output is the same. The GIL does not make a
# global per-thread; threading.local does, in both modes. Compare the shared
# global `last_request`, which every thread overwrites: which value it holds at
# the end depends on which thread wrote last.
#
# Try:   pygil samples/thread_local.py
#        pygil --disable-gil samples/thread_local.py
import threading
import time

context = threading.local()  # every thread gets its own attributes
last_request = None  # one value for the whole program
results = {}


def current_user():
    # Deep in the call chain, and nothing passed in: the thread's own context.
    return context.user


def handle(request, user):
    global last_request
    context.user = user
    last_request = request
    for step in range(3):
        # Other threads set context.user meanwhile; this thread's value holds.
        results[(request, step)] = current_user()
        time.sleep(0.01)  # let the other threads run and set their own user


threads = [
    threading.Thread(target=handle, args=(f"request-{n}", user))
    for n, user in enumerate(["ada", "grace", "linus", "guido"])
]
for t in threads:
    t.start()
for t in threads:
    t.join()

for n in range(len(threads)):
    users = {results[(f"request-{n}", step)] for step in range(3)}
    print(f"request-{n} was served for: {', '.join(sorted(users))}")
print("the main thread has no user:", not hasattr(context, "user"))
print("last_request is one of the four:", last_request in {f"request-{n}" for n in range(4)})
