// Which methods of the built-in types CPython defines as slot wrappers: the
// special methods that fill a type slot (`int.__add__`), as opposed to the
// ordinary methods of its method tables (`list.append`, and a few special
// ones such as `__format__`). The two are told apart in what users see:
// `<slot wrapper '__add__' of 'int' objects>` against `<method 'append' of
// 'list' objects>`, and "descriptor ... requires" against "unbound method"
// in the errors of a method called on the wrong object.

/** Special methods defined as ordinary methods, by name, or as `type.name` for one type only. */
const PLAIN_DUNDERS = new Set([
  "__subclasses__", "__format__", "__sizeof__", "__round__", "__trunc__", "__floor__", "__ceil__", "__reversed__",
  "__length_hint__", "__getstate__", "__reduce__", "__reduce_ex__", "__dir__", "__enter__", "__exit__", "__alloc__",
  "__getnewargs__", "__copy__", "__deepcopy__", "__instancecheck__", "__subclasscheck__", "__bytes__", "__complex__",
  "list.__getitem__", "dict.__getitem__", "dict.__contains__", "set.__contains__", "frozenset.__contains__",
]);

/** Whether the method `name` of the built-in type named `owner` is a slot wrapper in CPython. */
export function isSlotWrapper(owner: string, name: string): boolean {
  if (!(name.startsWith("__") && name.endsWith("__"))) return false;
  return !PLAIN_DUNDERS.has(name) && !PLAIN_DUNDERS.has(`${owner}.${name}`);
}
