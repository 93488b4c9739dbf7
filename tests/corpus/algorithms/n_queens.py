def solve_queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for col in range(n):
            if col in cols or row - col in diag1 or row + col in diag2:
                continue
            cols.add(col); diag1.add(row - col); diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col); diag1.remove(row - col); diag2.remove(row + col)

    place(0)
    return solutions


def draw(solution):
    return "\n".join("".join("Q" if c == col else "." for c in range(len(solution)))
                     for col in solution)


for size in range(4, 9):
    print(size, len(solve_queens(size)))
print(draw(solve_queens(6)[0]))
