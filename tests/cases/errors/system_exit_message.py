import sys


def main():
    print("checking arguments")
    sys.exit("error: missing required argument")


main()
