result = (
    first
    .second
    .third()
)
value = compute(
    alpha,
    beta,
)
total = (a +
         b +
         c)
if (x and
        y):
    pass
for item in (
        items):
    pass
data = {
    "key": value,
    "other": [
        1,
        2,
    ],
}
