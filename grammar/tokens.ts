// The token vocabulary shared by the lexer (grammar/lexer.ts), which produces
// chevrotain tokens by hand, and the parser (grammar/parser.ts), which consumes
// them. The lexer is hand-written because Python's layout (INDENT, DEDENT,
// NEWLINE, no layout inside brackets) and its string forms do not fit
// chevrotain's regular-expression lexer; the token types are still chevrotain's,
// so the parser can use them with CONSUME.
//
// Every token type is created once here. The `pattern` is Lexer.NA because
// chevrotain's lexer is never run; `label` is how a token appears in messages.

import type { TokenType } from "chevrotain";
import { createToken, Lexer } from "./chevrotain.js";

function token(name: string, label: string): TokenType {
  return createToken({ name, pattern: Lexer.NA, label });
}

// ---------------------------------------------------------------------------
// Layout

export const Newline = token("NEWLINE", "NEWLINE");
export const Indent = token("INDENT", "INDENT");
export const Dedent = token("DEDENT", "DEDENT");
/** The end of the input; the lexer appends exactly one. */
export const EndMarker = token("ENDMARKER", "ENDMARKER");

// ---------------------------------------------------------------------------
// Atoms

export const Name = token("NAME", "NAME");
/** An int literal; the image is the source text (`0x_ff`, `1_000`). */
export const Int = token("INT", "INT");
/** A float literal (`1.5`, `1e6`, `.5`, `5.`). */
export const Float = token("FLOAT", "FLOAT");
/** An imaginary literal (`2j`, `1.5J`). */
export const Imaginary = token("IMAGINARY", "IMAGINARY");
/** A string or bytes literal, prefix and quotes included in the image. */
export const String = token("STRING", "STRING");
/** An f-string literal, prefix and quotes included in the image. */
export const FString = token("FSTRING", "FSTRING");
/**
 * A character or operator that CPython's tokenizer passes on but no grammar
 * rule accepts (`$`, `?`, `` ` ``, `<>`): the parser reports "invalid syntax" there.
 */
export const ErrorToken = token("ERRORTOKEN", "ERRORTOKEN");

// ---------------------------------------------------------------------------
// Keywords (soft keywords such as `match` and `type` are plain names)

export const keywords: Record<string, TokenType> = {};
function keyword(word: string): TokenType {
  const t = token(`KW_${word}`, `'${word}'`);
  keywords[word] = t;
  return t;
}

export const False = keyword("False");
export const None = keyword("None");
export const True = keyword("True");
export const And = keyword("and");
export const As = keyword("as");
export const Assert = keyword("assert");
export const Async = keyword("async");
export const Await = keyword("await");
export const Break = keyword("break");
export const Class = keyword("class");
export const Continue = keyword("continue");
export const Def = keyword("def");
export const Del = keyword("del");
export const Elif = keyword("elif");
export const Else = keyword("else");
export const Except = keyword("except");
export const Finally = keyword("finally");
export const For = keyword("for");
export const From = keyword("from");
export const Global = keyword("global");
export const If = keyword("if");
export const Import = keyword("import");
export const In = keyword("in");
export const Is = keyword("is");
export const Lambda = keyword("lambda");
export const Nonlocal = keyword("nonlocal");
export const Not = keyword("not");
export const Or = keyword("or");
export const Pass = keyword("pass");
export const Raise = keyword("raise");
export const Return = keyword("return");
export const Try = keyword("try");
export const While = keyword("while");
export const With = keyword("with");
export const Yield = keyword("yield");

// ---------------------------------------------------------------------------
// Operators and delimiters, keyed by their text

export const operators: Record<string, TokenType> = {};
function operator(name: string, text: string): TokenType {
  const t = token(name, `'${text}'`);
  operators[text] = t;
  return t;
}

export const LParen = operator("LPAR", "(");
export const RParen = operator("RPAR", ")");
export const LBracket = operator("LSQB", "[");
export const RBracket = operator("RSQB", "]");
export const LBrace = operator("LBRACE", "{");
export const RBrace = operator("RBRACE", "}");
export const Colon = operator("COLON", ":");
export const Comma = operator("COMMA", ",");
export const Semi = operator("SEMI", ";");
export const Plus = operator("PLUS", "+");
export const Minus = operator("MINUS", "-");
export const Star = operator("STAR", "*");
export const Slash = operator("SLASH", "/");
export const VBar = operator("VBAR", "|");
export const Amper = operator("AMPER", "&");
export const Less = operator("LESS", "<");
export const Greater = operator("GREATER", ">");
export const Equal = operator("EQUAL", "=");
export const Dot = operator("DOT", ".");
export const Percent = operator("PERCENT", "%");
export const EqEqual = operator("EQEQUAL", "==");
export const NotEqual = operator("NOTEQUAL", "!=");
export const LessEqual = operator("LESSEQUAL", "<=");
export const GreaterEqual = operator("GREATEREQUAL", ">=");
export const Tilde = operator("TILDE", "~");
export const Circumflex = operator("CIRCUMFLEX", "^");
export const LeftShift = operator("LEFTSHIFT", "<<");
export const RightShift = operator("RIGHTSHIFT", ">>");
export const DoubleStar = operator("DOUBLESTAR", "**");
export const PlusEqual = operator("PLUSEQUAL", "+=");
export const MinEqual = operator("MINEQUAL", "-=");
export const StarEqual = operator("STAREQUAL", "*=");
export const SlashEqual = operator("SLASHEQUAL", "/=");
export const PercentEqual = operator("PERCENTEQUAL", "%=");
export const AmperEqual = operator("AMPEREQUAL", "&=");
export const VBarEqual = operator("VBAREQUAL", "|=");
export const CircumflexEqual = operator("CIRCUMFLEXEQUAL", "^=");
export const LeftShiftEqual = operator("LEFTSHIFTEQUAL", "<<=");
export const RightShiftEqual = operator("RIGHTSHIFTEQUAL", ">>=");
export const DoubleStarEqual = operator("DOUBLESTAREQUAL", "**=");
export const DoubleSlash = operator("DOUBLESLASH", "//");
export const DoubleSlashEqual = operator("DOUBLESLASHEQUAL", "//=");
export const At = operator("AT", "@");
export const AtEqual = operator("ATEQUAL", "@=");
export const RArrow = operator("RARROW", "->");
export const Ellipsis = operator("ELLIPSIS", "...");
export const ColonEqual = operator("COLONEQUAL", ":=");
/** Only meaningful inside f-string replacement fields (`!r`). */
export const Exclamation = operator("EXCLAMATION", "!");

/** Every token type, in a fixed order, for the parser's constructor. */
export const allTokens: TokenType[] = [
  Newline, Indent, Dedent, EndMarker,
  Name, Int, Float, Imaginary, String, FString, ErrorToken,
  ...Object.values(keywords),
  ...Object.values(operators),
];
