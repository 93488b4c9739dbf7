# json.dumps formats and json.loads values, options and hooks.
import json

data = {"name": "pygil", "tags": ["gil", "threads"], "n": 3, "pi": 3.14159,
        "ok": True, "nothing": None, "nested": {"empty": {}, "list": [], "t": (1, 2)},
        "big": 12345678901234567890, "neg": -0.0, "exp": 1e100, "small": 1e-7}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0, sort_keys=True))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}], indent=4))
print(json.dumps(data, separators=(",", ":"), sort_keys=True))
print(json.dumps("h\u00e9llo \u4e16\u754c \U0001F600 \"q\" \\ \n\t\r\b\f \x01 \x7f /"))
print(json.dumps("h\u00e9llo \u4e16\u754c \U0001F600 \x1f", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps(3), json.dumps("s"), json.dumps(None), json.dumps(1.0), json.dumps(True),
      json.dumps([]), json.dumps({}), json.dumps(()), json.dumps(2 ** 70))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps([Point(1, 2)], default=lambda o: {"x": o.x, "y": o.y}))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(5, 6)}, cls=PointEncoder), PointEncoder().encode(Point(0, 1)))
try:
    json.dumps({"p": set()}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
d = {}
d["self"] = [d]
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
shared = [1]
print(json.dumps([shared, shared]))

text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "\\u00e9\\n\\"x\\""}, "d": "\\ud83d\\ude00"}'
value = json.loads(text)
print(value, len(value["d"]))
print(json.loads("  [1 , 2 ]\n"), json.loads('"\\/\\b\\f\\t"'), json.loads("-12"), json.loads("0.5e-1"))
print(json.loads(b'{"x": 1}'), json.loads(bytearray(b"[2]")), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5, 2, NaN]", parse_float=str, parse_int=lambda s: int(s) * 10,
                 parse_constant=lambda c: c.lower()))
print(json.loads('"a\tb"', strict=False))
decoder = json.JSONDecoder()
print(decoder.raw_decode('{"k": 1} tail'), decoder.decode(' 7 '))
for sample in [data, ["x", {"y": [None, 1.5]}], "plain", 0]:
    print(json.loads(json.dumps(sample, indent=3)) == json.loads(json.dumps(sample)))
err = None
try:
    json.loads('{"a": 1,\n "b": }')
except json.JSONDecodeError as e:
    err = e
print(type(err).__name__, isinstance(err, ValueError), err.msg, err.pos, err.lineno, err.colno, err.doc[-3:])
print(str(err))
print(type(err).__module__, json.JSONDecodeError is json.decoder.JSONDecodeError)


def frame_names(exc):
    names = []
    tb = exc.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return names


for bad in ("", "[1 2]", '{"a": "\\q"}', "[" * 5):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(frame_names(e)[1:], e.__context__ is None, e.__cause__ is None)
try:
    json.loads("[")
except json.JSONDecodeError as e:
    print(type(e.__context__).__name__, e.__context__.value, e.__suppress_context__)
