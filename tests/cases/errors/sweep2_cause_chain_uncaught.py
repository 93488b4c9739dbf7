class ConfigError(Exception):
    pass
def parse(text):
    try:
        return dict(line.split("=") for line in text.splitlines())
    except ValueError as e:
        raise ConfigError("malformed config") from e
def main():
    print(parse("a=1\nb=2"))
    try:
        parse("a=1\nbroken")
    except ConfigError:
        raise RuntimeError("startup failed")
main()
