from functools import reduce

words = ["Python", "is", "a", "programming", "language", "that", "lets", "you", "work", "quickly"]
lengths = list(map(len, words))
long_words = list(filter(lambda w: len(w) > 4, words))
total_chars = reduce(lambda a, b: a + b, lengths, 0)
longest = reduce(lambda a, b: a if len(a) >= len(b) else b, words)
capitalised = list(map(str.capitalize, words))
pairs = list(map(lambda a, b: f"{a}:{b}", words, lengths))
truthy = list(filter(None, [0, 1, "", "x", [], [0], None]))
print(lengths, long_words, total_chars, longest, sep="\n")
print(capitalised[:4], pairs[:3], truthy)
compose = lambda *fs: reduce(lambda f, g: lambda x: f(g(x)), fs)
shout = compose(lambda s: s + "!", str.upper, str.strip)
print(shout("  hello "))
