import argparse
import sys

sys.stderr = sys.stdout


def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as exc:
        print('exit', exc.code)


p = argparse.ArgumentParser(prog='pos')
p.add_argument('src')
p.add_argument('rest', nargs='*', default=['none'])
p.add_argument('--x', required=True, help='required option')
print(p.format_help())
run(p, ['a', '--x', '1'])
run(p, ['a', 'b', 'c', '--x=2'])
run(p, ['a'])
run(p, [])

q = argparse.ArgumentParser(prog='q', add_help=False)
q.add_argument('first', type=int)
q.add_argument('maybe', nargs='?', default='dflt')
q.add_argument('three', nargs=3, metavar='T')
print(q.format_help())
run(q, ['1', 'a', 'b', 'c'])
run(q, ['1', 'z', 'a', 'b', 'c'])
run(q, ['x', 'a', 'b', 'c'])
run(q, ['-3', 'a', 'b', 'c'])

ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), 'a' in ns, vars(ns))
