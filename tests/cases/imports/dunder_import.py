# __import__ itself: the top package without a fromlist, the module with one.
m = __import__("shapes.solid.cube")
print(m.__name__)
m = __import__("shapes.solid", fromlist=["cube"])
print(m.__name__, m.cube.__name__)
m = __import__("shapes", globals(), None, ["*"], 0)
print(m.__name__)
m = __import__("math")
print(m.sqrt(16.0))
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("x", level=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("circle", {"__package__": "shapes"}, None, [], 1)
except ImportError as e:
    print(e)
print(__import__("circle", {"__package__": "shapes"}, None, ["area"], 1).__name__)
print(__import__("", {"__name__": "shapes.circle", "__package__": None}, None, ["square"], 1).__name__)
try:
    __import__("x", {"__package__": "shapes"}, None, [], 3)
except ImportError as e:
    print(e)
