// Growable SharedArrayBuffers (ES2024) are in Node 20 but not in the ES2023
// library this project compiles against; these declarations describe them.

declare global {
  interface SharedArrayBuffer {
    readonly growable: boolean;
    readonly maxByteLength: number;
    grow(newByteLength: number): void;
  }
  interface SharedArrayBufferConstructor {
    new (byteLength: number, options?: { maxByteLength?: number }): SharedArrayBuffer;
  }
}

export {};
