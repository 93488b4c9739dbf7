def area(width, height):
    return width * height


print(area(3, 4))
if area(1, 1) == 1:
    print("unit square")