def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return dict(a=a, b=b, c=c, args=args, d=d, e=e, kwargs=kwargs)


def only_positional(x, y, /):
    return x - y


def only_keyword(*, verbose=False, level=0):
    return verbose, level


def annotated(name: str, times: int = 1, *parts: str, sep: str = " ", **meta: object) -> str:
    return sep.join([name] * times + list(parts))


def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket


def safe_default(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket


print(everything(1, d=4))
print(everything(1, 2, 3, 4, 5, d=6, f=7))
print(only_positional(5, 3), only_keyword(level=2), annotated("hi", 2, "there", sep="-"))
print(defaults_evaluated_once(1), defaults_evaluated_once(2), safe_default(1), safe_default(2))
print(annotated.__annotations__, everything.__defaults__, everything.__kwdefaults__)
for bad_call in (lambda: only_positional(x=1, y=2), lambda: everything(1), lambda: only_keyword(True)):
    try:
        bad_call()
    except TypeError as err:
        print("TypeError:", err)
