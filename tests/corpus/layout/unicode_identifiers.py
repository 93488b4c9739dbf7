# Identifiers may use any letters, not only ASCII.
π = 3.14159
größe = 180
café = "open"
naïve_count = 0
日本 = "Japan"
Ωmega = "last"
λ = lambda x: x * π


def 面积(半径):
    return π * 半径 ** 2


class Ελληνικά:
    ονομα = "Greek"

    def καλημέρα(self):
        return f"{self.ονομα}: good morning"


for ñ in range(2):
    naïve_count += ñ

print(round(面积(2), 3), größe, café, naïve_count, 日本, Ωmega, λ(2))
print(Ελληνικά().καλημέρα())
