def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: "abc" + 1)
t(lambda: 1 + "abc")
t(lambda: "abc"[10])
t(lambda: "abc".index("z"))
t(lambda: "abc".rindex("z"))
t(lambda: int("abc"))
t(lambda: int("12.5"))
t(lambda: float("x1"))
t(lambda: "a" * "b")
t(lambda: "abc".foo)
t(lambda: "{} {}".format(1))
t(lambda: "{x}".format(y=1))
t(lambda: "%d" % "s")
t(lambda: "%s %s" % (1,))
t(lambda: "%s" % (1, 2))
t(lambda: "abc"[1:2:0])
t(lambda: "".join([1, 2]))
t(lambda: "a,b".split(""))
t(lambda: chr(-1))
t(lambda: ord("ab"))
t(lambda: "abc".center(10, "ab"))
t(lambda: "x".startswith(1))
t(lambda: str.upper(5))
t(lambda: "abc".replace("a"))
t(lambda: "abc".__setitem__(0, "x"))
def setitem():
    s = "abc"
    s[0] = "x"
t(setitem)
def delitem():
    s = "abc"
    del s[0]
t(delitem)
t(lambda: "{:d}".format("x"))
t(lambda: "{:.2f}".format("x"))
t(lambda: format(1, "q"))
t(lambda: "{0} {}".format(1, 2))
t(lambda: int("0x10", 10))
t(lambda: int("10", 99))
t(lambda: "abc" < 3)
t(lambda: sum(["a", "b"], ""))
t(lambda: len(5))
