COLORS = {
    "red": (255, 0, 0),
    "green": (
        0,
        255,
        0,
    ),
    "blue": (0, 0,
             255),
}


def mix(
    first,
    second,
    *,
    weight=0.5,
):
    return tuple(
        round(a * weight + b * (1 - weight))
        for a, b in zip(
            COLORS[first],
            COLORS[second],
        )
    )


print(mix("red",
          "blue"))
print(mix(
    "green", "blue",
    weight=0.25))
matrix = [
    [1, 2, 3],
    [4, 5, 6]
]
flattened = [
    cell
    for row in matrix
        for cell in row
            if cell % 2
]
print(flattened, (
    "strings "
    "across "
    "lines"
))
result = (1 +
          2 *
       3)
print(result, [
], {
}, (
))
