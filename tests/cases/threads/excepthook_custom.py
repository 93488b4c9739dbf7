# A custom threading.excepthook receives ExceptHookArgs: exc_type, exc_value,
# exc_traceback and thread. threading.__excepthook__ keeps the original.
import threading

reports = []


def hook(args):
    reports.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                    args.thread.name, len(args)))


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def fail(message):
    raise RuntimeError(message)


for k in range(3):
    t = threading.Thread(target=fail, args=(f"failure {k}",), name=f"job-{k}")
    t.start()
    t.join()
for r in reports:
    print(r)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
print("no stderr output")
