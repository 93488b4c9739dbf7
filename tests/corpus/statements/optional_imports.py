"""Feature detection through imports that may fail."""
try:
    import tomllib as toml_reader
except ImportError:  # older interpreters
    toml_reader = None

try:
    from _definitely_missing_module import speedups
except ModuleNotFoundError:
    speedups = None
else:
    print("speedups available")
finally:
    HAVE_SPEEDUPS = speedups is not None

if toml_reader is not None:
    config = toml_reader.loads('title = "demo"\n[owner]\nname = "Ada"\n')
else:
    config = {"title": "demo", "owner": {"name": "Ada"}}

print(config["title"], config["owner"]["name"], HAVE_SPEEDUPS)


def get_json():
    try:
        import ujson as json  # type: ignore
    except ImportError:
        import json
    return json


print(get_json().dumps({"ok": True}))
