import argparse
import sys

sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='command', help='what to do')
add = sub.add_parser('add', help='add files')
add.add_argument('paths', nargs='*')
add.add_argument('-f', '--force', action='store_true')
commit = sub.add_parser('commit', help='record changes')
commit.add_argument('-m', dest='message', required=True)
print(p.format_help())
print(add.format_help())
for argv in (['add', 'a', 'b', '-f'], ['--debug', 'commit', '-m', 'msg'], ['commit'], ['push'], ['add', '--zzz']):
    try:
        print(p.parse_args(argv))
    except SystemExit as exc:
        print('exit', exc.code)
