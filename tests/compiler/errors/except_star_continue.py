while True:
    try:
        pass
    except* ValueError as e:
        if e:
            continue
