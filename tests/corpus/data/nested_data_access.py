from functools import reduce

CONFIG = {
    "services": {
        "web": {"port": 8080, "hosts": ["a.example", "b.example"], "tls": {"enabled": True}},
        "db": {"port": 5432, "replicas": [{"host": "r1", "lag": 0.2}, {"host": "r2", "lag": 1.5}]},
    },
    "version": 3,
}


def get_path(data, path, default=None):
    try:
        return reduce(lambda acc, key: acc[int(key)] if isinstance(acc, list) else acc[key],
                      path.split("."), data)
    except (KeyError, IndexError, ValueError, TypeError):
        return default


def set_path(data, path, value):
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node.setdefault(key, {})
    node[last] = value


def flatten(data, prefix=""):
    if isinstance(data, dict):
        for k, v in data.items():
            yield from flatten(v, f"{prefix}{k}.")
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from flatten(v, f"{prefix}{i}.")
    else:
        yield prefix[:-1], data


for path in ("services.web.port", "services.db.replicas.1.host", "services.web.tls.enabled",
             "services.cache.port", "services.web.hosts.9", "version.x"):
    print(f"{path:<30} {get_path(CONFIG, path, '<missing>')}")
set_path(CONFIG, "services.cache.port", 6379)
print(sorted(dict(flatten(CONFIG)).items())[:5])
