def handler():
    raise
handler()
