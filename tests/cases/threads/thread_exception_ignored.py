# An exception escaping a function started by _thread.start_new_thread is
# reported through sys.unraisablehook, whose default writes "Exception ignored
# in thread started by <repr of the function>:" and the traceback to
# sys.stderr. The function is a callable object with a fixed repr (a plain
# function's repr has an address); the hook signals the main thread once the
# report is written. sys.stderr is replaced to capture the report, which is
# printed with file names only (CPython names the script by its absolute path).
import _thread
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


reported = _thread.allocate_lock()
reported.acquire()


def hook(unraisable):
    sys.__unraisablehook__(unraisable)
    reported.release()


class Job:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"<Job {self.value}>"

    def __call__(self):
        print("job", self.value, "running")
        raise ValueError(f"bad value {self.value}")


capture = Capture()
real_stderr = sys.stderr
sys.stderr = capture
sys.unraisablehook = hook
_thread.start_new_thread(Job(7), ())
reported.acquire()
sys.stderr = real_stderr
for line in "".join(capture.parts).splitlines():
    if line.startswith('  File "'):
        path, rest = line[len('  File "'):].split('", ', 1)
        line = f'  File "{path.rsplit("/", 1)[-1]}", {rest}'
    print(line)
print("main thread continues")
