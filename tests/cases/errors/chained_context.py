def cleanup():
    raise RuntimeError("cleanup failed")


def process():
    try:
        return {}["missing"]
    except KeyError:
        cleanup()


print("processing")
process()
