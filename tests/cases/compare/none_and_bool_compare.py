print(None == None, None != None, None is None, None == False, None == 0, None == "")
print(True == 1, False == 0, True == 1.0, True is True, (True + 0) == 1)
print(True > False, True >= 1, False < 0.5, sorted([True, False, 0, 1, -1]))
values = [None, None, 1]
print(values.count(None), values.index(None), None in values, [None] < [None, 1])
try:
    None < None
except TypeError as err:
    print("TypeError:", err)
try:
    sorted([None, None])
    print("sorting equal Nones needs no comparison?")
except TypeError as err:
    print("TypeError:", err)
print(sorted([None]), max([None]), min([None], key=lambda v: 0))
