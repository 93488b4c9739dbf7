config = {"servers": [{"name": "a", "ports": [80, 443]},
                      {"name": "b",
                       "ports": [
                           8080,
                           # a comment inside nested brackets
                           8443]}],
          "limits": (
    10, 20,
        30),  # odd but legal indentation inside brackets
}
total = sum(port for server in config["servers"]
            for port in server["ports"]
            if port > 100)
print(total, config["limits"])


def call(
        a,
    b
            ,c=3):
    return a + b + c


print(call(1,
2), call(
    a=1, b=2,
                c=
            4))
