seq = list(range(10))
text = "abcdefghij"
print(seq[2:5], seq[:3], seq[7:], seq[:], seq[::2], seq[::-1], seq[1::3])
print(seq[-3:], seq[:-3], seq[-1:-4:-1], seq[8:2:-2], seq[100:], seq[-100:2])
print(text[::3], text[3:-3], text[-2:], text[::-2], text[5:5])
lo, hi, step = 1, 8, 3
print(seq[lo:hi:step], seq[lo + 1:hi - 1], seq[(lo):(hi)], seq[len(seq) // 2:])


class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[1:2], g[1:2, 3], g[:, ::2], g[..., 0], g[1:2:3, :, 4:])
print(g[()], g[1,], g[lo:hi, step], g[::], g[::, ::])
print(g[slice(1, 2)], g[-1], g["key"], g[1:-1:-1])
seq[2:4] = ["x", "y", "z"]
seq[::3] = [0] * len(seq[::3])
del seq[-2:]
print(seq)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([row[1:] for row in matrix[::2]], matrix[1][::-1])
