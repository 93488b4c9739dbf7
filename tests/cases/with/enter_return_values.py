class ReturnsSelf:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return None

    def __repr__(self):
        return "ReturnsSelf()"


class ReturnsOther:
    def __enter__(self):
        return {"opened": True}

    def __exit__(self, *a):
        pass


class ReturnsNone:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        pass


for cm in (ReturnsSelf(), ReturnsOther(), ReturnsNone()):
    with cm as target:
        print(type(cm).__name__, repr(target))
with ReturnsOther() as (a_dict):
    print(a_dict["opened"])
results = {}
with ReturnsSelf() as results["slot"]:
    pass
print(results)


class Pair:
    def __enter__(self):
        return 1, 2

    def __exit__(self, *a):
        pass


with Pair() as (first, second):
    print(first + second)
