"""Command-line parsing: the common core of CPython's argparse.

A parser holds actions, one per add_argument call. Parsing walks the
argument strings once: an option string (one that starts with '-' and is
not a negative number) runs its action with the strings its nargs takes;
every other string is kept, and at the end the kept strings are shared out
among the positional actions by matching a pattern of their nargs, greedily
from the left, as CPython does ('A' for one, 'A?' for '?', and so on).

Help and usage text follow HelpFormatter's layout: usage wrapped at the
terminal width less 2, the help column at most 24, help text wrapped to the
rest. Errors print the usage and "PROG: error: MESSAGE" on stderr and exit
with status 2.
"""

import os as _os
import re as _re
import sys as _sys
import textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Namespace', 'SUPPRESS',
           'OPTIONAL', 'ZERO_OR_MORE', 'ONE_OR_MORE', 'REMAINDER', 'HelpFormatter']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
REMAINDER = '...'


class Namespace:
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    def __repr__(self):
        parts = []
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                parts.append('**{%r: %r}' % (name, value))
        return 'Namespace(%s)' % ', '.join(parts)


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _argument_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar if isinstance(action.metavar, str) else action.metavar[0]
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action:
    """One add_argument call: where the value goes and how it is made."""

    def __init__(self, option_strings, dest, kind, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.kind = kind
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices', 'required',
                 'help', 'metavar']
        return 'Action(%s)' % ', '.join('%s=%r' % (n, getattr(self, n)) for n in names)


_TAKES_NO_VALUE = {'store_true': (True, False), 'store_false': (False, True), 'store_const': None,
                   'append_const': None, 'count': None, 'help': None, 'version': None}


class _ParserExit(Exception):
    pass


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=None, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'python'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_map = {}
        self._subparsers = None
        for parent in parents:
            for action in parent._actions:
                if action.kind != 'help':
                    self._register(action)
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')

    # ----- declaring arguments

    def add_argument(self, *names, action='store', nargs=None, const=None, default=None, type=None,
                     choices=None, required=None, help=None, metavar=None, dest=None, version=None):
        if not names:
            raise TypeError('add_argument() missing required argument')
        if all(n.startswith('-') for n in names):
            option_strings = list(names)
            if dest is None:
                long = [n for n in names if n.startswith('--')]
                dest = (long or list(names))[0].lstrip('-').replace('-', '_')
        else:
            if len(names) > 1:
                raise ValueError('invalid option string %r: must start with a character %r' % (names[1], '-'))
            if dest is not None:
                raise ValueError('dest supplied twice for positional argument')
            option_strings, dest = [], names[0]
            if required is not None and nargs not in ('?', '*'):
                raise TypeError("'required' is an invalid argument for positionals")
            required = nargs not in ('?', '*')
        if action in ('store_true', 'store_false'):
            const, default = _TAKES_NO_VALUE[action][0], (_TAKES_NO_VALUE[action][1] if default is None else default)
            nargs = 0
        elif action in _TAKES_NO_VALUE:
            nargs = 0
        elif nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        if action not in ('store', 'append', 'extend') and action not in _TAKES_NO_VALUE:
            raise ValueError('unknown action %r' % (action,))
        if default is None and self.argument_default is not None:
            default = self.argument_default
        if type is not None and not callable(type):
            raise ValueError('%r is not callable' % (type,))
        act = Action(option_strings, dest, action, nargs, const, default, type, choices,
                     bool(required), help, metavar)
        act.version = version
        self._register(act)
        return act

    def _register(self, action):
        for option in action.option_strings:
            if option in self._option_map:
                raise ArgumentError(action, 'conflicting option string: %s' % option)
        self._actions.append(action)
        for option in action.option_strings:
            self._option_map[option] = action

    def set_defaults(self, **kwargs):
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]
        self._extra_defaults = dict(getattr(self, '_extra_defaults', {}), **kwargs)

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return getattr(self, '_extra_defaults', {}).get(dest)

    def add_subparsers(self, title=None, dest=None, help=None, metavar=None, required=False):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        action = Action([], dest if dest is not None else SUPPRESS, 'parsers', nargs='A...',
                        default=None, required=required, help=help, metavar=metavar)
        action.parsers = {}
        action.choice_help = []
        group = _SubParsers(self, action)
        self._subparsers = group
        self._actions.append(action)
        return group

    # ----- parsing

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = list(_sys.argv[1:] if args is None else args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for name, value in getattr(self, '_extra_defaults', {}).items():
            if not hasattr(namespace, name):
                setattr(namespace, name, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, extras

    def _is_option(self, arg):
        if not arg.startswith('-') or arg == '-':
            return False
        if arg in self._option_map or arg.split('=', 1)[0] in self._option_map:
            return True
        if _re.fullmatch(r'-\d+$|-\d*\.\d+', arg) and not any(_re.fullmatch(r'-\d+$|-\d*\.\d+', o)
                                                                for o in self._option_map):
            return False
        if ' ' in arg:
            return False
        return True

    def _parse(self, args, namespace):
        pending, extras, seen = [], [], set()
        self._positionals_left = [a for a in self._actions if not a.option_strings]
        k = 0
        while k < len(args):
            arg = args[k]
            if arg == '--':
                pending.extend(args[k:])
                break
            if not self._is_option(arg):
                pending.append(arg)
                k += 1
                continue
            if pending and self._reaches_command(pending):
                # A subcommand's own options follow its name: all the rest is the subcommand's.
                pending.extend(args[k:])
                break
            if pending:
                # Positionals are matched chunk by chunk, as each run of them ends.
                rest = self._consume_positionals(pending, namespace, seen, False)
                if rest is None:
                    return extras + args[k:]
                extras.extend(rest)
                pending = []
            action, explicit = self._match_option(arg)
            if action is None:
                extras.append(arg)
                k += 1
                continue
            if action.nargs == 0 and explicit is not None and not arg.startswith('--') and len(arg) > 2:
                # -vq: one flag, then the next flags of the group.
                self._take(action, arg[:2], None, namespace, seen)
                args = args[:k + 1] + ['-' + explicit] + args[k + 1:]
                k += 1
                continue
            if explicit is not None:
                if action.nargs == 0:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                values = [explicit]
                k += 1
            else:
                count = self._option_count(action, args[k + 1:])
                values = args[k + 1:k + 1 + count]
                k += 1 + count
            self._take(action, arg.split('=', 1)[0], values, namespace, seen)
        rest = self._consume_positionals(pending, namespace, seen, True)
        extras.extend(rest or [])
        missing = [_argument_name(a) for a in self._actions if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(missing))
        for action in self._actions:
            if (action not in seen and isinstance(action.default, str) and action.type is not None
                    and getattr(namespace, action.dest, None) is action.default):
                setattr(namespace, action.dest, self._convert(action, action.default))
        return extras

    _PATTERNS = {None: '(A)', '?': '(A?)', '*': '(A*)', '+': '(A+)', 'A...': '(A.*)'}

    def _consume_positionals(self, strings, namespace, seen, at_end):
        """Gives a run of positional strings to the positional actions not yet filled; returns
        the strings left over, or None when a subcommand took over the rest."""
        actions = self._positionals_left
        if not actions:
            return strings
        if strings and strings[0] == '--':
            strings = strings[1:]
        k = 0
        remaining = actions
        while remaining:
            pattern = ''.join(self._PATTERNS.get(a.nargs, '(%s)' % ('A' * a.nargs if isinstance(a.nargs, int) else ''))
                              for a in remaining)
            found = _re.match(pattern, 'A' * len(strings))
            if found is not None:
                for action, group in zip(remaining, found.groups()):
                    if not group and not at_end and action.nargs in ('?', '*'):
                        break
                    values = strings[k:k + len(group)]
                    k += len(group)
                    self._positionals_left = self._positionals_left[1:]
                    if action.kind == 'parsers':
                        self._run_subparser(action, values, namespace, seen)
                        return None
                    self._take(action, None, values, namespace, seen)
                break
            remaining = remaining[:-1]
        return strings[k:]

    def _reaches_command(self, pending):
        """Whether the subcommand's name is among the positional strings `pending`."""
        before = 0
        for action in self._positionals_left:
            if action.kind == 'parsers':
                return len(pending) > before
            before += 1
        return False

    def _match_option(self, arg):
        if arg in self._option_map:
            return self._option_map[arg], None
        if '=' in arg:
            option, value = arg.split('=', 1)
            if option in self._option_map:
                return self._option_map[option], value
        if not arg.startswith('--') and len(arg) > 2 and arg[:2] in self._option_map:
            return self._option_map[arg[:2]], arg[2:]
        if self.allow_abbrev and arg.startswith('--'):
            option = arg.split('=', 1)[0]
            found = [o for o in self._option_map if o.startswith(option)]
            if len(found) > 1:
                raise ArgumentError(None, 'ambiguous option: %s could match %s' % (option, ', '.join(found)))
            if found:
                return self._option_map[found[0]], (arg.split('=', 1)[1] if '=' in arg else None)
        return None, None

    def _option_count(self, action, rest):
        available = 0
        while available < len(rest) and not (self._is_option(rest[available]) or rest[available] == '--'):
            available += 1
        nargs = action.nargs
        if nargs is None:
            if available < 1:
                raise ArgumentError(action, 'expected one argument')
            return 1
        if nargs == '?':
            return min(available, 1)
        if nargs == '*':
            return available
        if nargs == '+':
            if available < 1:
                raise ArgumentError(action, 'expected at least one argument')
            return available
        if nargs == 0:
            return 0
        if available < nargs:
            raise ArgumentError(action, 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's'))
        return nargs

    def _run_subparser(self, action, values, namespace, seen):
        seen.add(action)
        name, rest = values[0], values[1:]
        if action.dest is not SUPPRESS:
            setattr(namespace, action.dest, name)
        if name not in action.parsers:
            choices = ', '.join(repr(c) for c in action.parsers)
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (name, choices))
        sub_namespace, extras = action.parsers[name].parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if extras:
            raise ArgumentError(None, 'unrecognized arguments: %s' % ' '.join(extras))

    def _convert(self, action, string):
        convert = action.type if action.type is not None else (lambda s: s)
        try:
            return convert(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, string))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _take(self, action, option, strings, namespace, seen):
        seen.add(action)
        kind = action.kind
        if kind == 'help':
            self.print_help()
            self.exit()
        if kind == 'version':
            print(action.version)
            self.exit()
        if kind in ('store_true', 'store_false', 'store_const'):
            setattr(namespace, action.dest, action.const)
            return
        if kind == 'count':
            setattr(namespace, action.dest, (getattr(namespace, action.dest, None) or 0) + 1)
            return
        if kind == 'append_const':
            setattr(namespace, action.dest, list(getattr(namespace, action.dest, None) or []) + [action.const])
            return
        value = self._values(action, strings)
        if kind == 'append':
            setattr(namespace, action.dest, list(getattr(namespace, action.dest, None) or []) + [value])
        elif kind == 'extend':
            setattr(namespace, action.dest, list(getattr(namespace, action.dest, None) or []) + list(value))
        else:
            setattr(namespace, action.dest, value)

    def _values(self, action, strings):
        nargs = action.nargs
        if nargs == '?' and not strings:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and action.type is not None:
                value = self._convert(action, value)
            return value
        if nargs == '*' and not strings and not action.option_strings:
            return action.default if action.default is not None else []
        values = [self._convert(action, s) for s in strings]
        for value in values:
            self._check_choice(action, value)
        if nargs is None or nargs == '?':
            return values[0]
        return values

    # ----- help and usage

    def _width(self):
        try:
            columns = int(_os.environ['COLUMNS'])
        except (KeyError, ValueError):
            columns = 80
        return columns - 2

    def _metavar(self, action, default):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None:
            return '{%s}' % ','.join(str(c) for c in action.choices)
        return default

    def _args_text(self, action, default):
        metavar = self._metavar(action, default)
        names = metavar if isinstance(metavar, tuple) else None

        def m(k):
            return names[k] if names else metavar
        nargs = action.nargs
        if nargs is None:
            return m(0)
        if nargs == '?':
            return '[%s]' % m(0)
        if nargs == '*':
            return '[%s ...]' % m(0)
        if nargs == '+':
            return '%s [%s ...]' % (m(0), m(1) if names and len(names) > 1 else m(0))
        if nargs == 'A...':
            return '%s ...' % m(0)
        if nargs == REMAINDER:
            return '...'
        return ' '.join(m(k) for k in range(nargs))

    def _usage_part(self, action):
        if not action.option_strings:
            if action.kind == 'parsers':
                return self._args_text(action, '{%s}' % ','.join(action.parsers))
            return self._args_text(action, action.dest)
        option = action.option_strings[0]
        if action.nargs == 0:
            part = option
        else:
            part = '%s %s' % (option, self._args_text(action, action.dest.upper()))
        return part if action.required else '[%s]' % part

    def format_usage(self):
        return self._usage() + '\n'

    def _usage(self):
        prefix = 'usage: '
        if self.usage is not None:
            return prefix + self.usage.replace('%(prog)s', self.prog)
        visible = [a for a in self._actions if a.help is not SUPPRESS]
        optionals = [self._usage_part(a) for a in visible if a.option_strings]
        positionals = [self._usage_part(a) for a in visible if not a.option_strings]
        text = ' '.join([self.prog] + optionals + positionals)
        width = self._width()
        if len(prefix) + len(text) <= width:
            return prefix + text
        return prefix + self._wrapped_usage(optionals, positionals, width, len(prefix))

    def _wrapped_usage(self, optionals, positionals, width, prefix_len):
        def lines_of(parts, indent, first_prefix=None):
            lines, line, line_len = [], [], len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > width and line:
                    lines.append(indent + ' '.join(line))
                    line, line_len = [], len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None and lines:
                lines[0] = lines[0][len(indent):]
            return lines
        prog = self.prog
        if prefix_len + len(prog) <= 0.75 * width:
            indent = ' ' * (prefix_len + len(prog) + 1)
            if optionals:
                lines = lines_of([prog] + optionals, indent, 'usage: ')
                lines.extend(lines_of(positionals, indent))
            elif positionals:
                lines = lines_of([prog] + positionals, indent, 'usage: ')
            else:
                lines = [prog]
        else:
            indent = ' ' * prefix_len
            lines = lines_of(optionals + positionals, indent)
            if len(lines) > 1:
                lines = lines_of(optionals, indent) + lines_of(positionals, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _invocation(self, action):
        if not action.option_strings:
            if action.kind == 'parsers':
                return self._metavar(action, '{%s}' % ','.join(action.parsers))
            metavar = self._metavar(action, action.dest)
            return metavar if not isinstance(metavar, tuple) else ' '.join(metavar)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        return '%s %s' % (', '.join(action.option_strings), self._args_text(action, action.dest.upper()))

    def _expand_help(self, action):
        params = dict(vars(action), prog=self.prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return action.help % params if '%' in action.help else action.help

    def _fill(self, text, width, indent):
        text = _re.sub(r'\s+', ' ', text).strip()
        return '\n'.join(textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent))

    def format_help(self):
        width = self._width()
        out = [self._usage(), '']
        if self.description:
            out.extend([self._fill(self.description, width, ''), ''])
        positionals = [a for a in self._actions if not a.option_strings and a.help is not SUPPRESS]
        optionals = [a for a in self._actions if a.option_strings and a.help is not SUPPRESS]
        entries = []
        for action in positionals + optionals:
            entries.append(self._invocation(action))
            for choice_name, choice_help in getattr(action, 'choice_help', []):
                entries.append('  ' + choice_name)
        longest = max([len(e) + 2 for e in entries] + [0])
        help_position = min(longest + 2, min(24, max(width - 20, 4)))
        help_width = max(width - help_position, 11)
        for title, actions in (('positional arguments:', positionals), ('options:', optionals)):
            if not actions:
                continue
            out.append(title)
            for action in actions:
                out.extend(self._action_lines(action, self._invocation(action), 2, help_position, help_width))
                for choice_name, choice_help in getattr(action, 'choice_help', []):
                    fake = Action([], choice_name, 'store', help=choice_help)
                    out.extend(self._action_lines(fake, choice_name, 4, help_position, help_width))
            out.append('')
        if self.epilog:
            out.extend([self._fill(self.epilog, width, ''), ''])
        text = '\n'.join(out)
        return text.rstrip('\n') + '\n'

    def _action_lines(self, action, invocation, indent, help_position, help_width):
        action_width = help_position - indent - 2
        if not action.help:
            return [' ' * indent + invocation]
        help_lines = textwrap.wrap(_re.sub(r'\s+', ' ', self._expand_help(action)).strip(), help_width)
        if len(invocation) <= action_width:
            first = ' ' * indent + invocation.ljust(action_width) + '  ' + help_lines[0]
            rest = help_lines[1:]
            lines = [first]
        else:
            lines = [' ' * indent + invocation]
            rest = help_lines
        lines.extend(' ' * help_position + line for line in rest)
        return lines

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _SubParsers:
    """What add_subparsers returns: add_parser makes a parser for one command."""

    def __init__(self, parent, action):
        self._parent = parent
        self._action = action

    def add_parser(self, name, help=None, aliases=(), **kwargs):
        kwargs.setdefault('prog', '%s %s' % (self._parent.prog, name))
        parser = ArgumentParser(**kwargs)
        self._action.parsers[name] = parser
        for alias in aliases:
            self._action.parsers[alias] = parser
        if help is not None:
            self._action.choice_help.append((name, help))
        return parser
