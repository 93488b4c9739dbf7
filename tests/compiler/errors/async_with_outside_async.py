def f():
    async with lock:
        pass
