import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. How vexingly quick daft zebras jump!"
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), textwrap.shorten("Hello  world", width=12), textwrap.shorten("Hello world!", width=11))
code = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(code)), repr(textwrap.dedent("  a\n    b\n  c")))
print(textwrap.indent("line one\nline two\n\nend", "> "))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.fill("a b c d e f g", width=3), textwrap.wrap("tab\there", width=8))
