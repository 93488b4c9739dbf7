# Worker threads of a ThreadPoolExecutor are named PREFIX_N; the default
# prefix counts executors: ThreadPoolExecutor-0, -1, ...
import threading
from concurrent.futures import ThreadPoolExecutor


def my_name():
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=1) as first:
    print(first.submit(my_name).result())
with ThreadPoolExecutor(max_workers=1) as second:
    print(second.submit(my_name).result())
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as named:
    print(named.submit(my_name).result(), named.submit(my_name).result())
with ThreadPoolExecutor(max_workers=1) as third:
    print(third.submit(my_name).result())
    print(third.submit(lambda: threading.current_thread().daemon).result())
