import re


def snake_to_camel(name, upper_first=False):
    head, *rest = name.split("_")
    result = head + "".join(part.title() for part in rest)
    return result[:1].upper() + result[1:] if upper_first else result


def camel_to_snake(name):
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def kebab(name):
    return camel_to_snake(name).replace("_", "-")


for name in ["user_id", "http_response_code", "x"]:
    print(name, snake_to_camel(name), snake_to_camel(name, True))
for name in ["userId", "HTTPResponseCode", "getHTTP2Stream", "simple"]:
    print(name, camel_to_snake(name), kebab(name))
