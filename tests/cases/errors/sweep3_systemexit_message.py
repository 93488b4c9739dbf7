# sys.exit with a message after some output: message on stderr, status 1.
import sys
def main(args):
    if len(args) < 2:
        print("checking arguments")
        sys.exit(f"usage: prog FILE (got {len(args)} args)")
    return 0
main(["prog"])
print("not reached")
