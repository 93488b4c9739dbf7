class A:
    def f(self):
        return self.x +
