try:
    pass
except* ValueError:
    pass
else:
    pass
except* TypeError:
    pass
