try:
    risky()
except ValueError:
    handle()

try:
    risky()
except (TypeError, KeyError) as err:
    print(err)
except Exception:
    pass
except:
    raise
else:
    ok()
finally:
    cleanup()

def returns_in_finally():
    try:
        return compute()
    finally:
        print("done")

def loop_with_finally(items):
    for item in items:
        try:
            if item:
                continue
            if item is None:
                break
        finally:
            release(item)

def nested():
    try:
        try:
            a()
        except KeyError:
            b()
    except Exception as outer:
        raise RuntimeError("wrapped") from outer

def raises():
    raise
    raise ValueError
    raise ValueError("x") from None
