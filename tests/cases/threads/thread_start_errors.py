# The argument checks of _thread.start_new_thread.
import _thread


def attempt(*args):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)


attempt(42, ())
attempt(print, [1, 2])
attempt(print, (), [("a", 1)])
attempt(print)
