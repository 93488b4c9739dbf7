import sys
def main():
    print("run")
    return 2
sys.exit(main())
