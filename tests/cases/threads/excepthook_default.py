# An exception escaping a Thread's target: the default threading.excepthook
# writes "Exception in thread NAME:" and the traceback to sys.stderr, the
# thread ends, and the program goes on. sys.stderr is replaced by an object
# with write() and flush() to capture the report; it is printed with file
# names only (CPython names the script by its absolute path) and with the
# frames of the threading module reduced to their function names, since their
# paths and line numbers belong to the library.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def report(parts):
    in_library = False
    for line in "".join(parts).splitlines():
        if line.startswith('  File "'):
            path, rest = line[len('  File "'):].split('", ', 1)
            name = path.rsplit("/", 1)[-1]
            in_library = name != "excepthook_default.py"
            if in_library:
                print("  [library]", rest.split(", ")[-1])
            else:
                print(f'  File "{name}", {rest}')
        elif not (in_library and line.startswith("    ")):
            print(line)


def worker(n):
    return 10 // n


capture = Capture()
real_stderr = sys.stderr
sys.stderr = capture
t = threading.Thread(target=worker, args=(0,))
t.start()
t.join()
sys.stderr = real_stderr
report(capture.parts)
print("after the failed thread:", t.is_alive())
ok = threading.Thread(target=worker, args=(5,))
ok.start()
ok.join()
print("program continues")
