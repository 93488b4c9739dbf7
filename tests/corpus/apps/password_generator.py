import random
import string

SETS = {
    "lower": string.ascii_lowercase,
    "upper": string.ascii_uppercase,
    "digits": string.digits,
    "symbols": "!@#$%^&*-_",
}
AMBIGUOUS = set("O0l1I")


def generate(length, rng, require=("lower", "upper", "digits"), avoid_ambiguous=True):
    if length < len(require):
        raise ValueError("too short for the required character sets")
    pools = {k: "".join(c for c in v if not (avoid_ambiguous and c in AMBIGUOUS)) for k, v in SETS.items()}
    chars = [rng.choice(pools[k]) for k in require]
    everything = "".join(pools[k] for k in require)
    chars += [rng.choice(everything) for _ in range(length - len(chars))]
    rng.shuffle(chars)
    return "".join(chars)


def entropy_bits(password):
    import math
    pool = sum(len(v) for v in SETS.values() if any(c in v for c in password))
    return round(len(password) * math.log2(pool), 1)


rng = random.Random(2024)
for length, require in [(8, ("lower", "digits")), (12, ("lower", "upper", "digits")), (16, tuple(SETS))]:
    pw = generate(length, rng, require)
    print(pw, len(pw), entropy_bits(pw), not (set(pw) & AMBIGUOUS))
try:
    generate(2, rng)
except ValueError as err:
    print(err)
