try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
except (A, B) as e:
    pass
except (A, B):
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
raise
raise E
raise E()
raise E from e
raise E("msg") from None
assert x
assert x, "msg"
assert (x, "always true")
