def outer():
    def inner():
        def deeper():
            return 1
        break
    return inner
