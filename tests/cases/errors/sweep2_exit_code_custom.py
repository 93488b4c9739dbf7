import sys
def main(argv):
    print("checking", len(argv), "args")
    if len(argv) < 3:
        print("usage: prog A B", file=sys.stderr)
        return 2
    return 0
sys.exit(main(["prog"]))
