import string, random
print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   big world"), string.ascii_uppercase[:5], string.hexdigits)
t = string.Template("$who likes ${what}")
print(t.substitute(who="tim", what="pie"), t.safe_substitute(who="x"))
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.sample(range(10), 3))
l = list(range(10)); random.shuffle(l); print(l)
print(random.uniform(1, 2), random.randrange(0, 100, 5), random.choices([1, 2, 3], k=5))
print(string.Template("$$ costs $amt$$").substitute(amt=5), string.Template("${a}b$c").safe_substitute(a=1))
for bad in ["$", "x $1", "${unclosed"]:
    try:
        string.Template(bad).substitute({})
    except ValueError as e:
        print("ValueError:", e)
try:
    string.Template("$missing").substitute(other=1)
except KeyError as e:
    print("KeyError:", e)
print(string.Template("$a $b $a").get_identifiers(), string.Template("$ok").is_valid(), string.Template("$").is_valid())
