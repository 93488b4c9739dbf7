import json
from datetime import date


class Encoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, date):
            return {"__date__": obj.isoformat()}
        if isinstance(obj, set):
            return {"__set__": sorted(obj)}
        return super().default(obj)


def decode_hook(obj):
    if "__date__" in obj:
        return date.fromisoformat(obj["__date__"])
    if "__set__" in obj:
        return set(obj["__set__"])
    return obj


record = {"name": "launch", "when": date(2024, 7, 1), "tags": {3, 1, 2}, "ok": True, "ratio": 0.1,
          "nested": [None, {"x": "ü"}]}
text = json.dumps(record, cls=Encoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back == record, type(back["when"]).__name__, back["tags"])
print(json.dumps(record["nested"], ensure_ascii=False), json.dumps([1, 2], indent=2))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as err:
    print(err.msg, err.pos)
