# The sign of zero.
z = -0.0
print(z, 0.0, z == 0.0, repr(z), str(z), abs(z), -z, +z)
print(-0.0 + 0.0, 0.0 - 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -1 * 0.0)
print(1 / float("inf"), -1 / float("inf"), 0.0 / -1, round(-0.4), round(-0.4, 1))
print(int(-0.0), float(-0), -0, 0 * -1.0, -(0.0))
print(f"{-0.0}", f"{-0.0:.1f}", f"{-0.0:+}", f"{0.0:+}", "%f" % -0.0, "%.0f" % -0.4)
print(format(-0.0, "g"), format(-0.0, "e"), format(-1e-10, ".3f"), format(-0.0001, ".2f"))
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
print(sorted([0.0, -0.0, 0.0, -0.0]), (-0.0).hex(), (0.0).hex())
print(-0.0 < 0.0, -0.0 <= 0.0, hash(-0.0) == hash(0.0), {0.0: "a", -0.0: "b"})
print(divmod(-0.0, 1), divmod(0.0, -1), -0.0 % 5, 0.0 % -5, -0.0 // 5)
print(round(-0.5), round(-1.5), round(-2.5), round(-0.05, 1), round(-0.0001, 2))
