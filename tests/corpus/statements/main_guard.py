#!/usr/bin/env python3
"""A small command-line tool with the usual layout."""
import argparse
import sys

__version__ = "1.2.0"


def build_parser():
    parser = argparse.ArgumentParser(prog="wc-lite", description=__doc__)
    parser.add_argument("words", nargs="*", help="words to count")
    parser.add_argument("-u", "--unique", action="store_true")
    parser.add_argument("--min-length", type=int, default=0)
    return parser


def count(words, unique=False, min_length=0):
    chosen = [w for w in words if len(w) >= min_length]
    return len(set(chosen)) if unique else len(chosen)


def main(argv=None):
    args = build_parser().parse_args(argv)
    result = count(args.words, args.unique, args.min_length)
    print(result)
    return 0 if result else 1


if __name__ == "__main__":
    status = main(["a", "bb", "a", "ccc", "--unique", "--min-length", "1"])
    sys.exit(status)
