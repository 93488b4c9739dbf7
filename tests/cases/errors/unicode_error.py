data = "caf\u00e9".encode("utf-8")
print(data, data.decode("utf-8"))
print(data.decode("ascii"))
