from fractions import Fraction

RECIPE = """\
Pancakes (serves 4)
1 1/2 cup flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cup milk
1 egg
3 tbsp butter
"""


def parse_amount(text):
    return sum(Fraction(part) for part in text.split())


def format_amount(amount):
    whole, rest = divmod(amount, 1)
    parts = [str(whole)] if whole else []
    if rest:
        parts.append(str(rest.limit_denominator(8)))
    return " ".join(parts) or "0"


def scale(recipe, servings):
    title, *lines = recipe.splitlines()
    base = int(title.split("serves ")[1].rstrip(")"))
    factor = Fraction(servings, base)
    out = [title.replace(f"serves {base}", f"serves {servings}")]
    for line in lines:
        words = line.split()
        numeric = [w for w in words if all(c.isdigit() or c == "/" for c in w)]
        amount = parse_amount(" ".join(numeric))
        rest = " ".join(words[len(numeric):])
        out.append(f"{format_amount(amount * factor)} {rest}")
    return "\n".join(out)


print(scale(RECIPE, 6))
print(scale(RECIPE, 1))
