// Indentation, as CPython's tokenizer measures it.
//
// Each logical line's indentation is measured twice: once with a tab
// advancing to the next multiple of 8, once with a tab counting as one
// column. The first measure decides INDENT and DEDENT against a stack of the
// enclosing blocks' columns; the second must come out the same way in every
// comparison (equal where the first is equal, greater where it is greater),
// or the file mixes tabs and spaces in a way whose meaning depends on the tab
// size, which is a TabError.

const TAB_SIZE = 8;
/** CPython's MAXINDENT. */
const MAX_DEPTH = 100;

/** The two measures of one line's indentation. */
export class IndentMeasure {
  col = 0;
  altCol = 0;

  space(): void {
    this.col++;
    this.altCol++;
  }

  tab(): void {
    this.col = (Math.floor(this.col / TAB_SIZE) + 1) * TAB_SIZE;
    this.altCol++;
  }

  /** A form feed starts the count again (for Emacs users, says CPython). */
  formFeed(): void {
    this.col = this.altCol = 0;
  }
}

export type IndentChange =
  | { kind: "same" }
  | { kind: "indent" }
  | { kind: "dedent"; count: number }
  | { kind: "inconsistent" }
  | { kind: "unmatched dedent" }
  | { kind: "too deep" };

export class IndentStack {
  private readonly cols: number[] = [0];
  private readonly altCols: number[] = [0];

  /** How many blocks are open. */
  get depth(): number {
    return this.cols.length - 1;
  }

  /** Moves to a line indented by `measure`, and says what that means. */
  change(measure: IndentMeasure): IndentChange {
    const { col, altCol } = measure;
    const top = this.cols.length - 1;
    if (col === this.cols[top]) {
      return altCol === this.altCols[top] ? { kind: "same" } : { kind: "inconsistent" };
    }
    if (col > this.cols[top]!) {
      if (top + 1 >= MAX_DEPTH) return { kind: "too deep" };
      if (altCol <= this.altCols[top]!) return { kind: "inconsistent" };
      this.cols.push(col);
      this.altCols.push(altCol);
      return { kind: "indent" };
    }
    let count = 0;
    while (this.cols.length > 1 && col < this.cols[this.cols.length - 1]!) {
      this.cols.pop();
      this.altCols.pop();
      count++;
    }
    if (col !== this.cols[this.cols.length - 1]) return { kind: "unmatched dedent" };
    if (altCol !== this.altCols[this.altCols.length - 1]) return { kind: "inconsistent" };
    return { kind: "dedent", count };
  }
}
