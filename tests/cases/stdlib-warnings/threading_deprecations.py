# threading's deprecated camelCase spellings warn with DeprecationWarning,
# shown once per location since they are called from __main__.
import threading

t = threading.Thread(target=lambda: None, name="worker")
print(t.getName())
t.setName("renamed")
print(t.name, t.isDaemon())
t.setDaemon(True)
print(t.daemon)
print(threading.currentThread() is threading.main_thread())
print(threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
for i in range(2):
    t.getName()
print("done")
