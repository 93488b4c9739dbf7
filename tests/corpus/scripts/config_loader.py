"""Layered configuration: defaults, a file, environment variables, overrides."""
import json
import os

DEFAULTS = {"host": "localhost", "port": 8000, "debug": False, "workers": 2, "tags": []}
FILE_CONTENT = '{"port": 9000, "tags": ["web"], "unknown": 1}'
ENV = {"APP_DEBUG": "true", "APP_WORKERS": "8", "HOME": "/root"}


def coerce(value, like):
    if isinstance(like, bool):
        return value.lower() in ("1", "true", "yes", "on")
    if isinstance(like, int):
        return int(value)
    if isinstance(like, list):
        return [v for v in value.split(",") if v]
    return value


def load(defaults, file_text, env, overrides, prefix="APP_"):
    config, sources = dict(defaults), {k: "default" for k in defaults}
    for key, value in json.loads(file_text).items():
        if key in config:
            config[key], sources[key] = value, "file"
    for name, value in env.items():
        key = name.removeprefix(prefix).lower()
        if name.startswith(prefix) and key in config:
            config[key], sources[key] = coerce(value, defaults[key]), "env"
    for key, value in overrides.items():
        config[key], sources[key] = value, "override"
    return config, sources


config, sources = load(DEFAULTS, FILE_CONTENT, ENV, {"host": "0.0.0.0"})
for key in sorted(config):
    print(f"{key:<8} = {config[key]!r:<12} ({sources[key]})")
print(os.path.basename(__file__).endswith(".py"))
