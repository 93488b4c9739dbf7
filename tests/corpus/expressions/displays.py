empty_list, empty_tuple, empty_dict, empty_set = [], (), {}, set()
single_tuple = 1,
also_single = (2,)
nested = [(1, [2, {3: (4,)}]), {5, 6}, {"seven": [8, 9]}]
trailing = [
    1,
    2,
]
dict_forms = {"a": 1, **{"b": 2}, "c": 3, **dict(d=4)}
set_forms = {1, *range(2, 5), *[9]}
list_forms = [*"ab", *(1, 2), 3]
tuple_forms = (*list_forms, *set(), 0)
keys = {(1, 2): "tuple key", None: "none", 3.5: "float", True: "bool"}
print(empty_list, empty_tuple, empty_dict, empty_set, single_tuple, also_single)
print(nested, trailing, dict_forms, sorted(set_forms), list_forms, tuple_forms)
print(keys[(1, 2)], keys[None], keys[3.5], keys[1])
print([[]], [()], ({},), {(): ()}, [[1, 2], [3, 4]][1][0])
print({1: "a", 1.0: "b", True: "c"}, {**{}, **{}})
