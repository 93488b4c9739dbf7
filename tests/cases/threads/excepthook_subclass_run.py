# The default threading.excepthook with an exception raised in an overridden
# run(), reported under the thread's own name. sys.stderr is replaced by an object
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
            in_library = name != "excepthook_subclass_run.py"
            if in_library:
                print("  [library]", rest.split(", ")[-1])
            else:
                print(f'  File "{name}", {rest}')
        elif not (in_library and line.startswith("    ")):
            print(line)


class Loader(threading.Thread):
    def run(self):
        self.load("config.ini")

    def load(self, path):
        raise FileNotFoundError(2, "No such file or directory", path)


capture = Capture()
real_stderr = sys.stderr
sys.stderr = capture
t = Loader(name="loader")
t.start()
t.join()
sys.stderr = real_stderr
report(capture.parts)
print("done")
