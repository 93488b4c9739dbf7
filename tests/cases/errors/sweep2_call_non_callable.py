handlers = {"a": print, "b": "not a function"}
handlers["a"]("handled a")
handlers["b"]("handled b")
