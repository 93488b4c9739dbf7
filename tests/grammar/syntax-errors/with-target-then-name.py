with open(f) as f g:
    pass
