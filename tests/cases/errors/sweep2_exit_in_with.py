class Tracker:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit saw", et.__name__ if et else None)
        return False
with Tracker():
    print("working")
    int("not a number")
