// A rough Python tokenizer for mutating source text: it only has to find where
// tokens start and end, not what they mean. Strings (with any prefix, single or
// triple quoted), comments, numbers, names, operators, line breaks and runs of
// blanks each become one span, and the spans cover the whole source, so joining
// their texts gives the source back unchanged.

export interface RoughToken {
  text: string;
  /** Whether the token is a blank run or a line break, not worth swapping. */
  layout: boolean;
}

const tokenPattern = new RegExp(
  [
    String.raw`(?:[rRbBuUfF]{0,2})(?:'''[\s\S]*?(?:'''|$)|"""[\s\S]*?(?:"""|$))`,
    String.raw`(?:[rRbBuUfF]{0,2})(?:'(?:\\.|[^'\\\n])*'?|"(?:\\.|[^"\\\n])*"?)`,
    String.raw`#[^\r\n]*`,
    String.raw`\r\n|\r|\n`,
    String.raw`[ \t\f]+`,
    String.raw`\\`,
    String.raw`0[xXoObB][\da-fA-F_]*|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?`,
    String.raw`[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*`,
    String.raw`\*\*=|//=|>>=|<<=|\.\.\.|->|:=|[-+*/%@&|^<>=!]=|\*\*|//|<<|>>`,
    String.raw`[\s\S]`,
  ].join("|"),
  "gu",
);

export function roughTokens(source: string): RoughToken[] {
  const tokens: RoughToken[] = [];
  for (const match of source.matchAll(tokenPattern)) {
    const text = match[0];
    tokens.push({ text, layout: /^[ \t\f\r\n]+$/.test(text) });
  }
  return tokens;
}
