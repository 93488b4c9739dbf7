class Box:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def ratio(self):
        return self.w / self.h
    def describe(self):
        return f"box {self.w}x{self.h} ratio {self.ratio:.2f}"
print(Box(4, 2).describe())
print(Box(4, 0).describe())
