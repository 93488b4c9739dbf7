// _hashlib: digests through node:crypto, for the hashlib module (src/lib/
// hashlib.py keeps the data of a hash object and asks for its digest here).

import { nodeCrypto } from "../runtime/node-builtins.js";
import type { Thread } from "../vm/thread.js";
import { isStr, jsString, newDict, newString, typeNameOf } from "../vm/model.js";
import { raiseException } from "../vm/exceptions.js";
import { registerNativeModule } from "../vm/imports.js";
import { bytesLikeData } from "../vm/bytes-like.js";
import { newBytes } from "../objects/bytes.js";
import { newList } from "../vm/lists.js";
import { installModuleFunctions, moduleFunction } from "./registry.js";
import { newModule } from "./builtins.js";
import { arity } from "./args.js";
import { dictSetStr, internStr } from "../vm/model.js";

const HASHLIB = "_hashlib";

/** The node:crypto name of a hashlib algorithm name. */
function nodeName(name: string): string {
  return name.replace(/^sha3_/, "sha3-").replace(/^blake2b$/, "blake2b512").replace(/^blake2s$/, "blake2s256");
}

// _hashlib.digest(name, data): the digest of data (any bytes-like) as bytes.
moduleFunction(HASHLIB, "digest", (th, args) => {
  arity(th, "digest", args, 2, 2);
  if (!isStr(th, args[0]!)) raiseException(th, "TypeError", "digest name must be a str");
  const name = jsString(th, args[0]!);
  const data = bytesLikeData(th, args[1]!);
  if (data === null) raiseException(th, "TypeError", `object supporting the buffer API required, not '${typeNameOf(th, args[1]!)}'`);
  if (!nodeCrypto().getHashes().includes(nodeName(name))) raiseException(th, "ValueError", `unsupported hash type ${name}`);
  const digest = nodeCrypto().createHash(nodeName(name)).update(data!).digest();
  return newBytes(th.heap, new Uint8Array(digest.buffer, digest.byteOffset, digest.length));
});

registerNativeModule(HASHLIB, (th: Thread) => {
  const dict = newDict(th);
  th.pushRoot(dict);
  try {
    const module = newModule(th, HASHLIB, dict);
    th.pushRoot(module);
    installModuleFunctions(th, HASHLIB, dict, module);
    const names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"];
    const available = names.filter((n) => nodeCrypto().getHashes().includes(nodeName(n)));
    dictSetStr(th, dict, internStr(th, "names"), newList(th, available.map((n) => newString(th, n))));
    th.popRoots(1);
    return module;
  } finally {
    th.popRoots(1);
  }
});
