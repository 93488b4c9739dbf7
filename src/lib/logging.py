"""Logging: loggers by dotted name, levels, handlers and formatters, with
CPython's defaults (basicConfig's 'LEVEL:name:message' lines on stderr, the
bare message for warnings when nothing is configured).

Difference from CPython: no logging.config or logging.handlers, no
filters beyond levels, no LoggerAdapter; %(asctime)s uses time.strftime
with the default format and no milliseconds field.
"""

import sys
import time

__all__ = ['CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'INFO', 'NOTSET', 'WARN',
           'WARNING', 'Formatter', 'Handler', 'Logger', 'StreamHandler',
           'FileHandler', 'basicConfig', 'critical', 'debug', 'error',
           'exception', 'getLogger', 'info', 'log', 'warning', 'warn',
           'getLevelName', 'disable', 'shutdown', 'root', 'LogRecord']

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_level_names = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING',
                INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_name_levels = {v: k for k, v in _level_names.items()}
_name_levels['WARN'] = WARNING
_name_levels['FATAL'] = CRITICAL

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'
_disabled_level = NOTSET


def getLevelName(level):
    if level in _level_names:
        return _level_names[level]
    if level in _name_levels:
        return _name_levels[level]
    return 'Level %s' % level


def addLevelName(level, name):
    _level_names[level] = name
    _name_levels[name] = level


def _check_level(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _name_levels:
            raise ValueError('Unknown level: %r' % level)
        return _name_levels[level]
    raise TypeError('Level not an integer or a valid string: %r' % (level,))


class LogRecord:
    def __init__(self, name, level, msg, args, exc_info=None):
        self.name = name
        self.levelno = level
        self.levelname = getLevelName(level)
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.exc_info = exc_info
        self.created = time.time()
        self.msecs = int((self.created - int(self.created)) * 1000)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class Formatter:
    default_time_format = '%Y-%m-%d %H:%M:%S'

    def __init__(self, fmt=None, datefmt=None, style='%'):
        self._fmt = fmt or '%(message)s'
        self.datefmt = datefmt
        self._style = style

    def formatTime(self, record, datefmt=None):
        t = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, t)
        return time.strftime(self.default_time_format, t) + ',%03d' % record.msecs

    def usesTime(self):
        return 'asctime' in self._fmt

    def formatMessage(self, record):
        values = dict(record.__dict__)
        if self._style == '{':
            return self._fmt.format(**values)
        return self._fmt % values

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            import traceback
            text = ''.join(traceback.format_exception(record.exc_info[1])).rstrip('\n')
            s = s + '\n' + text if s else text
        return s


_default_formatter = Formatter()


class Handler:
    def __init__(self, level=NOTSET):
        self.level = _check_level(level)
        self.formatter = None

    def setLevel(self, level):
        self.level = _check_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _default_formatter).format(record)

    def handle(self, record):
        if record.levelno >= self.level:
            self.emit(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def flush(self):
        pass

    def close(self):
        pass


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        super().__init__()
        self._stream = stream

    @property
    def stream(self):
        return self._stream if self._stream is not None else sys.stderr

    def emit(self, record):
        self.stream.write(self.format(record) + self.terminator)
        self.flush()

    def flush(self):
        if hasattr(self.stream, 'flush'):
            self.stream.flush()


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None):
        super().__init__(open(filename, mode, encoding=encoding))
        self.baseFilename = filename

    def close(self):
        self._stream.close()


class _LastResort(StreamHandler):
    # What prints a warning when no handler is configured: the bare message.
    def __init__(self):
        super().__init__()
        self.level = WARNING


lastResort = _LastResort()


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = _check_level(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return level > _disabled_level and level >= self.getEffectiveLevel()

    def addHandler(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)

    def removeHandler(self, handler):
        if handler in self.handlers:
            self.handlers.remove(handler)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                break
            logger = logger.parent
        return False

    def getChild(self, suffix):
        return getLogger(self.name + '.' + suffix if self is not root else suffix)

    def _log(self, level, msg, args, exc_info=None, **kwargs):
        if exc_info and not isinstance(exc_info, tuple):
            e = exc_info if isinstance(exc_info, BaseException) else sys.exception()
            exc_info = (type(e), e, e.__traceback__) if e is not None else None
        record = LogRecord(self.name, level, msg, args, exc_info)
        for key, value in (kwargs.get('extra') or {}).items():
            setattr(record, key, value)
        self.handle(record)

    def handle(self, record):
        if self.disabled:
            return
        found = 0
        logger = self
        while logger:
            for handler in logger.handlers:
                found += 1
                handler.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    warn = warning

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    fatal = critical

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        super().__init__('root', level)

    def __repr__(self):
        return '<RootLogger root (%s)>' % getLevelName(self.getEffectiveLevel())


root = RootLogger(WARNING)
_loggers = {}


def getLogger(name=None):
    """The logger of that dotted name (the root logger for None or '')."""
    if not name or name == 'root':
        return root
    logger = _loggers.get(name)
    if logger is None:
        logger = _loggers[name] = Logger(name)
        # The parent is the nearest existing ancestor; children below are re-parented.
        parts = name.split('.')
        parent = root
        for k in range(len(parts) - 1, 0, -1):
            candidate = _loggers.get('.'.join(parts[:k]))
            if candidate is not None:
                parent = candidate
                break
        logger.parent = parent
        for other in _loggers.values():
            if other is not logger and other.name.startswith(name + '.') and \
                    (other.parent is parent or len(other.parent.name) < len(name)):
                other.parent = logger
    return logger


def basicConfig(**kwargs):
    """Gives the root logger a handler (stderr by default) with the format
    'LEVEL:name:message', unless it has one (or force=True)."""
    if kwargs.pop('force', False):
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    filename = kwargs.pop('filename', None)
    if filename is not None:
        handler = FileHandler(filename, kwargs.pop('filemode', 'a'), kwargs.pop('encoding', None))
    else:
        handler = StreamHandler(kwargs.pop('stream', None))
    handler.setFormatter(Formatter(kwargs.pop('format', BASIC_FORMAT), kwargs.pop('datefmt', None),
                                   kwargs.pop('style', '%')))
    root.addHandler(handler)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    kwargs.pop('handlers', None)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def _root_call(method):
    def call(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)
    call.__name__ = method
    return call


debug = _root_call('debug')
info = _root_call('info')
warning = _root_call('warning')
warn = warning
error = _root_call('error')
exception = _root_call('exception')
critical = _root_call('critical')
fatal = critical


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    global _disabled_level
    _disabled_level = level


def shutdown():
    for logger in [root] + list(_loggers.values()):
        for h in logger.handlers:
            h.flush()
