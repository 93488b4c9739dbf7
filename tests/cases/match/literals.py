# Literal patterns: numbers (negative, float, complex), strings, bytes, singletons.
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1+2j:
            return "complex 1+2j"
        case -3-4j:
            return "complex -3-4j"
        case 5j:
            return "imaginary"
        case "hello":
            return "greeting"
        case "a" "b":
            return "concatenated"
        case b"raw":
            return "bytes"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case _:
            return "other: " + repr(v)

for v in [0, 1, 2, 3, 4, -1, 2.5, -0.5, 1+2j, -3-4j, 5j, "hello", "ab", b"raw", bytearray(b"raw"),
          None, True, False, 0.0, 1.0, 3.0, "raw", [], (), 10**30, -0.0, 0j]:
    print(repr(v), "->", describe(v))

# True matches only True (identity), while 1 == True still matches the value pattern 1.
match True:
    case 1:
        print("True == 1 matches the literal 1")
match 1:
    case True:
        print("not reached")
    case _:
        print("1 is not True")
match 0.0:
    case False:
        print("not reached")
    case 0:
        print("0.0 == 0")
