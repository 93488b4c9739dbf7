# re.error messages and positions for malformed patterns.
import re
for bad in ["(unclosed", "a{2,1}", "*start", "[z-a]", "(?P<1>x)", "a)b", "[abc", "a**", "x|*", "(?:a", "a{,3}b", "a{3}{2}", "[\\d-z]", "[a-\\d]", "((a)", "(*)", "a*?", "a{2}?", "[]a]", "[^]a]", "a{x}", "\\(a", "[(]", "(?=x)*", "^*", "$*", "(?i)*"]:
    try:
        re.compile(bad)
        print(repr(bad), "ok")
    except re.error as e:
        print(repr(bad), "error:", e)
