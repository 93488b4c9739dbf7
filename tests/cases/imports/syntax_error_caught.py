# A syntax error in an imported module is a SyntaxError with its attributes.
import sys
try:
    import _bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e)
    print(e.msg, e.lineno, e.offset, repr(e.text), e.filename.rsplit("/", 1)[1])
print("_bad_syntax" in sys.modules)
try:
    import _indent_bad
except SyntaxError as e:
    print(type(e).__name__, e, e.lineno)
