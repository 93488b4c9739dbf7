print("b starts")
import _circ_a
print("b sees a partially:", hasattr(_circ_a, "A"))
B = "b"
