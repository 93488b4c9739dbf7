// ast.dump() for pygil's syntax trees, character for character as CPython 3.13
// prints it with `annotate_fields=True` and `indent=None`.
//
// CPython's dump walks each node's `_fields` in declaration order, leaves out
// optional fields that are None and every empty list, prints `Constant(value=None)`
// all the same, and appends the position attributes of the node classes that
// have them. Our nodes keep no class, so the table below says, for each node
// kind, its CPython name, its fields in order and what kind of value each holds.

import type { ConstantValue } from "./ast.js";
import { reprConstant, reprStr } from "./py-repr.js";

/** What a field holds, which decides how it is printed. */
type FieldKind =
  | "node" // a node with a `type`, or null when optional
  | "nodes" // a list of such nodes (null entries print as None)
  | "arguments" | "arg" | "args" | "keywords" | "aliases" | "withitems" | "comprehensions"
  | "op" | "ops" | "ctx"
  | "str" | "strs" | "int" | "constant";

interface FieldSpec {
  /** The name CPython prints. */
  name: string;
  /** The property of our node, when it differs from `name`. */
  key?: string;
  kind: FieldKind;
  /** CPython's class default is None: the field is left out when it is null. */
  optional?: boolean;
}

interface NodeSpec {
  fields: FieldSpec[];
  /** Whether the node carries lineno, col_offset, end_lineno, end_col_offset. */
  positioned: boolean;
}

function f(name: string, kind: FieldKind, optional = false, key?: string): FieldSpec {
  return key === undefined ? { name, kind, optional } : { name, kind, optional, key };
}

const stmtBody = f("body", "nodes");
const orelse = f("orelse", "nodes");
const typeComment = f("type_comment", "str", true);

const typeParams = f("type_params", "nodes");
const functionFields = [
  f("name", "str"), f("args", "arguments"), stmtBody, f("decorator_list", "nodes"),
  f("returns", "node", true), typeComment, typeParams,
];
const comprehensionFields = [f("elt", "node"), f("generators", "comprehensions")];
const forFields = [f("target", "node"), f("iter", "node"), stmtBody, orelse, typeComment];
const tryFields = [stmtBody, f("handlers", "nodes"), orelse, f("finalbody", "nodes")];
const sequenceFields = [f("elts", "nodes"), f("ctx", "ctx")];

/** Nodes that have a `type` property, by that property. */
const typedNodes: Record<string, NodeSpec> = {
  Module: { fields: [stmtBody], positioned: false },
  Interactive: { fields: [stmtBody], positioned: false },
  Expression: { fields: [f("body", "node")], positioned: false },
  FunctionDef: { fields: functionFields, positioned: true },
  AsyncFunctionDef: { fields: functionFields, positioned: true },
  ClassDef: {
    fields: [f("name", "str"), f("bases", "nodes"), f("keywords", "keywords"), stmtBody, f("decorator_list", "nodes"), typeParams],
    positioned: true,
  },
  Return: { fields: [f("value", "node", true)], positioned: true },
  Delete: { fields: [f("targets", "nodes")], positioned: true },
  Assign: { fields: [f("targets", "nodes"), f("value", "node"), typeComment], positioned: true },
  AugAssign: { fields: [f("target", "node"), f("op", "op"), f("value", "node")], positioned: true },
  AnnAssign: {
    fields: [f("target", "node"), f("annotation", "node"), f("value", "node", true), f("simple", "int")],
    positioned: true,
  },
  For: { fields: forFields, positioned: true },
  AsyncFor: { fields: forFields, positioned: true },
  While: { fields: [f("test", "node"), stmtBody, orelse], positioned: true },
  If: { fields: [f("test", "node"), stmtBody, orelse], positioned: true },
  With: { fields: [f("items", "withitems"), stmtBody, typeComment], positioned: true },
  AsyncWith: { fields: [f("items", "withitems"), stmtBody, typeComment], positioned: true },
  Raise: { fields: [f("exc", "node", true), f("cause", "node", true)], positioned: true },
  Try: { fields: tryFields, positioned: true },
  TryStar: { fields: tryFields, positioned: true },
  Assert: { fields: [f("test", "node"), f("msg", "node", true)], positioned: true },
  Import: { fields: [f("names", "aliases")], positioned: true },
  ImportFrom: {
    fields: [f("module", "str", true), f("names", "aliases"), f("level", "int", true)],
    positioned: true,
  },
  Global: { fields: [f("names", "strs")], positioned: true },
  Nonlocal: { fields: [f("names", "strs")], positioned: true },
  Expr: { fields: [f("value", "node")], positioned: true },
  TypeAlias: { fields: [f("name", "node"), typeParams, f("value", "node")], positioned: true },
  TypeVar: {
    fields: [f("name", "str"), f("bound", "node", true), f("default_value", "node", true)],
    positioned: true,
  },
  ParamSpec: { fields: [f("name", "str"), f("default_value", "node", true)], positioned: true },
  TypeVarTuple: { fields: [f("name", "str"), f("default_value", "node", true)], positioned: true },
  Pass: { fields: [], positioned: true },
  Break: { fields: [], positioned: true },
  Continue: { fields: [], positioned: true },

  BoolOp: { fields: [f("op", "op"), f("values", "nodes")], positioned: true },
  NamedExpr: { fields: [f("target", "node"), f("value", "node")], positioned: true },
  BinOp: { fields: [f("left", "node"), f("op", "op"), f("right", "node")], positioned: true },
  UnaryOp: { fields: [f("op", "op"), f("operand", "node")], positioned: true },
  Lambda: { fields: [f("args", "arguments"), f("body", "node")], positioned: true },
  IfExp: { fields: [f("test", "node"), f("body", "node"), f("orelse", "node")], positioned: true },
  Dict: { fields: [f("keys", "nodes"), f("values", "nodes")], positioned: true },
  Set: { fields: [f("elts", "nodes")], positioned: true },
  ListComp: { fields: comprehensionFields, positioned: true },
  SetComp: { fields: comprehensionFields, positioned: true },
  GeneratorExp: { fields: comprehensionFields, positioned: true },
  DictComp: {
    fields: [f("key", "node"), f("value", "node"), f("generators", "comprehensions")],
    positioned: true,
  },
  Await: { fields: [f("value", "node")], positioned: true },
  Yield: { fields: [f("value", "node", true)], positioned: true },
  YieldFrom: { fields: [f("value", "node")], positioned: true },
  Compare: {
    fields: [f("left", "node"), f("ops", "ops"), f("comparators", "nodes")],
    positioned: true,
  },
  Call: { fields: [f("func", "node"), f("args", "nodes"), f("keywords", "keywords")], positioned: true },
  FormattedValue: {
    fields: [f("value", "node"), f("conversion", "int"), f("format_spec", "node", true)],
    positioned: true,
  },
  JoinedStr: { fields: [f("values", "nodes")], positioned: true },
  Constant: { fields: [f("value", "constant"), f("kind", "str", true)], positioned: true },
  Attribute: { fields: [f("value", "node"), f("attr", "str"), f("ctx", "ctx")], positioned: true },
  Subscript: { fields: [f("value", "node"), f("slice", "node"), f("ctx", "ctx")], positioned: true },
  Starred: { fields: [f("value", "node"), f("ctx", "ctx")], positioned: true },
  Name: { fields: [f("id", "str"), f("ctx", "ctx")], positioned: true },
  List: { fields: sequenceFields, positioned: true },
  Tuple: { fields: sequenceFields, positioned: true },
  Slice: {
    fields: [f("lower", "node", true), f("upper", "node", true), f("step", "node", true)],
    positioned: true,
  },
  ExceptHandler: {
    fields: [f("type", "node", true, "exc_type"), f("name", "str", true), stmtBody],
    positioned: true,
  },
  Match: { fields: [f("subject", "node"), f("cases", "nodes")], positioned: true },
  match_case: { fields: [f("pattern", "node"), f("guard", "node", true), stmtBody], positioned: false },
  MatchValue: { fields: [f("value", "node")], positioned: true },
  MatchSingleton: { fields: [f("value", "constant")], positioned: true },
  MatchSequence: { fields: [f("patterns", "nodes")], positioned: true },
  MatchMapping: {
    fields: [f("keys", "nodes"), f("patterns", "nodes"), f("rest", "str", true)],
    positioned: true,
  },
  MatchClass: {
    fields: [f("cls", "node"), f("patterns", "nodes"), f("kwd_attrs", "strs"), f("kwd_patterns", "nodes")],
    positioned: true,
  },
  MatchStar: { fields: [f("name", "str", true)], positioned: true },
  MatchAs: { fields: [f("pattern", "node", true), f("name", "str", true)], positioned: true },
  MatchOr: { fields: [f("patterns", "nodes")], positioned: true },
};

/** Nodes without a `type` property, named by the field that holds them. */
const untypedNodes: Record<string, { cls: string } & NodeSpec> = {
  arguments: {
    cls: "arguments",
    fields: [
      f("posonlyargs", "args"), f("args", "args"), f("vararg", "arg", true), f("kwonlyargs", "args"),
      f("kw_defaults", "nodes"), f("kwarg", "arg", true), f("defaults", "nodes"),
    ],
    positioned: false,
  },
  arg: {
    cls: "arg",
    fields: [f("arg", "str"), f("annotation", "node", true), typeComment],
    positioned: true,
  },
  keyword: { cls: "keyword", fields: [f("arg", "str", true), f("value", "node")], positioned: true },
  alias: { cls: "alias", fields: [f("name", "str"), f("asname", "str", true)], positioned: true },
  withitem: {
    cls: "withitem",
    fields: [f("context_expr", "node"), f("optional_vars", "node", true)],
    positioned: false,
  },
  comprehension: {
    cls: "comprehension",
    fields: [f("target", "node"), f("iter", "node"), f("ifs", "nodes"), f("is_async", "int")],
    positioned: false,
  },
};

const positionNames = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

type AnyNode = Record<string, unknown>;

// With indent=None, ast.dump lays every node out the same way, whether it is
// "simple" or not, so only the text matters here.
class Dumper {
  constructor(private readonly includeAttributes: boolean) {}

  node(node: AnyNode, cls: string, spec: NodeSpec): string {
    const args: string[] = [];
    for (const field of spec.fields) {
      const value = node[field.key ?? field.name];
      if ((value === null || value === undefined) && (field.optional || field.kind !== "constant")) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      args.push(`${field.name}=${this.value(value, field.kind)}`);
    }
    if (this.includeAttributes && spec.positioned) {
      for (const name of positionNames) args.push(`${name}=${String(node[name])}`);
    }
    return `${cls}(${args.join(", ")})`;
  }

  typed(node: AnyNode): string {
    const kind = String(node["type"]);
    const spec = typedNodes[kind];
    if (spec === undefined) throw new Error(`dumpAst: unknown node type ${kind}`);
    return this.node(node, kind, spec);
  }

  private untyped(node: AnyNode, kind: keyof typeof untypedNodes): string {
    const spec = untypedNodes[kind]!;
    return this.node(node, spec.cls, spec);
  }

  private list(items: unknown[], format: (item: unknown) => string): string {
    return `[${items.map(format).join(", ")}]`;
  }

  private maybeTyped(item: unknown): string {
    return item === null ? "None" : this.typed(item as AnyNode);
  }

  value(value: unknown, kind: FieldKind): string {
    switch (kind) {
      case "node":
        return this.maybeTyped(value);
      case "nodes":
        return this.list(value as unknown[], (item) => this.maybeTyped(item));
      case "arguments":
      case "arg":
        return this.untyped(value as AnyNode, kind);
      case "args":
        return this.list(value as unknown[], (item) => this.untyped(item as AnyNode, "arg"));
      case "keywords":
        return this.list(value as unknown[], (item) => this.untyped(item as AnyNode, "keyword"));
      case "aliases":
        return this.list(value as unknown[], (item) => this.untyped(item as AnyNode, "alias"));
      case "withitems":
        return this.list(value as unknown[], (item) => this.untyped(item as AnyNode, "withitem"));
      case "comprehensions":
        return this.list(value as unknown[], (item) => this.untyped(item as AnyNode, "comprehension"));
      case "op":
      case "ctx":
        return `${String(value)}()`;
      case "ops":
        return this.list(value as unknown[], (item) => `${String(item)}()`);
      case "str":
        return reprStr(value as string);
      case "strs":
        return this.list(value as unknown[], (item) => reprStr(item as string));
      case "int":
        return String(value);
      case "constant":
        return reprConstant(value as ConstantValue);
    }
  }
}

/** Exactly what CPython 3.13's ast.dump(node, include_attributes=...) prints. */
export function dumpAst(node: object, options: { includeAttributes?: boolean } = {}): string {
  return new Dumper(options.includeAttributes ?? false).typed(node as AnyNode);
}
