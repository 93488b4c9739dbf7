class ConfigError(Exception):
    pass


def load_port(text):
    try:
        return int(text)
    except ValueError as err:
        raise ConfigError(f"invalid port {text!r}") from err


print(load_port("8080"))
load_port("eighty")
