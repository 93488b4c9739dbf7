class Matrix:
    def __init__(self, rows):
        width = len(rows[0])
        for row in rows:
            if len(row) != width:
                raise ValueError(f"ragged row of length {len(row)}, expected {width}")
        self.rows = rows


m = Matrix([[1, 2], [3, 4]])
print("built", m.rows)
Matrix([[1, 2], [3]])
