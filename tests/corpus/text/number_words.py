ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]


def in_words(n):
    if n < 0:
        return "minus " + in_words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + ("-" + ONES[ones] if ones else "")
    for value, name in SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            words = f"{in_words(head)} {name}"
            if rest:
                words += (" and " if rest < 100 else " ") + in_words(rest)
            return words
    raise AssertionError("unreachable")


for n in (0, 7, 13, 42, 100, 101, 999, 1234, 1_000_001, -56, 2_147_483_647):
    print(f"{n:>13,}: {in_words(n)}")
