import string

template = string.Template("$who likes ${what}s, costs $$${price}")
print(template.substitute(who="Ann", what="apple", price=3))
print(template.safe_substitute(who="Bob"))
print(string.ascii_letters[:10], string.digits, string.punctuation[:8], repr(string.whitespace))
print(string.capwords("hello   big  world"))
formatter = string.Formatter()
print(formatter.format("{0}-{name}", "x", name="y"), list(formatter.parse("a{b}c{d!r:>4}")))
