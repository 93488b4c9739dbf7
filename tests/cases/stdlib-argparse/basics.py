import argparse
import sys

sys.stderr = sys.stdout


def parser():
    p = argparse.ArgumentParser(prog='tool', description='Process some files, counting and sorting them '
                                'in several ways that are described at length here.', epilog='Bye now.')
    p.add_argument('files', nargs='+', help='input files')
    p.add_argument('-n', '--number', type=int, default=3, help='how many (default: %(default)s)')
    p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    p.add_argument('-q', action='store_true', help='quiet')
    p.add_argument('--no-color', dest='color', action='store_false')
    p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed')
    p.add_argument('--tag', action='append', metavar='T', help='a tag; may repeat')
    p.add_argument('--const', action='store_const', const=42)
    p.add_argument('--pair', nargs=2, type=float)
    p.add_argument('--opt', nargs='?', const='C', default='D')
    p.add_argument('--many', nargs='*')
    return p


def run(argv):
    try:
        print(parser().parse_args(argv))
    except SystemExit as exc:
        print('exit', exc.code)


p = parser()
print(p.format_usage(), end='')
print(p.format_help(), end='')
run(['a.txt'])
run(['a', 'b', '-n', '5', '-vvv', '-q', '--no-color', '--mode', 'slow', '--tag', 'x', '--tag=y'])
run(['--const', 'f', '--pair', '1', '2.5', '--opt', '--many', 'm1', 'm2'])
run(['f', '--opt', 'X', '-n7', '--number=8', '-v', '--verbose', '--', '-notanoption'])
run([])
run(['f', '-n', 'x'])
run(['f', '--mode', 'medium'])
run(['f', '--pair', '1'])
run(['f', '-n'])
run(['f', '--bogus', 'extra'])
run(['f', '--num', '4'])
print(p.parse_known_args(['f', '--bogus', '-q', 'g']))
run(['-h'])
