# The arguments sys.unraisablehook receives for an exception that escapes a
# function started with _thread.start_new_thread.
import _thread
import sys

seen = []
reported = _thread.allocate_lock()
reported.acquire()


def hook(unraisable):
    seen.append((unraisable.exc_type.__name__, str(unraisable.exc_value),
                 unraisable.exc_traceback is not None, unraisable.object))
    seen.append(unraisable.err_msg)
    reported.release()


class Task:
    def __repr__(self):
        return "<Task>"

    def __call__(self, a, b):
        return a // b


sys.unraisablehook = hook
_thread.start_new_thread(Task(), (1, 0))
reported.acquire()
for item in seen:
    print(item)
