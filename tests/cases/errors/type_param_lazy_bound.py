# A bound is evaluated when first read; a mistake in it shows then.
class Shape[T: Undefined]:
    pass


print("class defined")
(T,) = Shape.__type_params__
print(T.__name__)
print(T.__bound__)
