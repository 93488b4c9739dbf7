try:
    work()
except* ValueError as e:
    handle(e)
except *(TypeError, KeyError):
    pass
else:
    done()
finally:
    cleanup()

try:
    pass
except* OSError: pass

try:
    pass
except (ValueError):
    pass
