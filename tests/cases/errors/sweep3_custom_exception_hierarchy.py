# An uncaught custom exception with a multi-line message, raised from another.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(f"config key {key!r}: {problem}")
        self.key = key
def load(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("port", "missing or not a number") from e
print(load({"port": "8080"}))
print(load({"port": "http"}))
