// How native heap code reports failures.
//
// Native code (the allocator, int arithmetic, dict lookups...) cannot build a
// Python exception object itself at every failure point, so it throws one of
// these JavaScript errors and the interpreter turns it into the Python
// exception at the boundary. Nothing is allocated between the throw and that
// boundary, so a value carried by the error needs no rooting.

/**
 * The heap cannot grow to satisfy an allocation (its maximum size is
 * reached). The interpreter raises Python's MemoryError.
 */
export class HeapExhaustedError extends Error {
  constructor(readonly requestedBytes: number, readonly maxBytes: number) {
    super(`heap exhausted: cannot allocate ${requestedBytes} bytes (heap maximum is ${maxBytes} bytes)`);
    this.name = "HeapExhaustedError";
  }
}

/**
 * A Python exception of a built-in type raised by native code: the type's
 * name (`"ZeroDivisionError"`) and its message, or, when `argument` is not 0,
 * a single heap value as its argument instead (KeyError's key).
 */
export class PyError extends Error {
  constructor(readonly typeName: string, readonly text: string, readonly argument: number = 0) {
    super(`${typeName}: ${text}`);
    this.name = "PyError";
  }
}

/**
 * An AttributeError that knows the object and the attribute name (heap
 * values), which become the exception's `obj` and `name` attributes; the
 * traceback uses them to suggest a close name.
 */
export class AttributeMissingError extends PyError {
  constructor(text: string, readonly target: number, readonly attribute: number) {
    super("AttributeError", text);
  }
}

/** A NameError for a missing variable, which knows the variable's name (its `name` attribute). */
export class NameMissingError extends PyError {
  constructor(text: string, readonly variable: string) {
    super("NameError", text);
  }
}

/**
 * A UnicodeDecodeError or UnicodeEncodeError with CPython's five arguments:
 * the codec's name, the object being converted (bytes or str), the failing
 * range [start, end) and the reason. They become the exception's args and
 * attributes; its str() is built from them.
 */
export class CodecError extends PyError {
  constructor(typeName: "UnicodeDecodeError" | "UnicodeEncodeError", text: string, readonly encoding: string,
    readonly object: Uint8Array | string, readonly start: number, readonly end: number, readonly reason: string) {
    super(typeName, text);
  }
}
