# A parse error goes to the real stderr with status 2 (the case's recorded .err and .code).
import argparse

p = argparse.ArgumentParser(prog='calc', description='Adds numbers.')
p.add_argument('numbers', type=int, nargs='+', help='numbers to add')
print(sum(p.parse_args(['1', '2', '3']).numbers))
p.parse_args(['1', 'two'])
