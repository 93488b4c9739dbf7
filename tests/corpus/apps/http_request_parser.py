RAW = (
    b"POST /submit?draft=1 HTTP/1.1\r\n"
    b"Host: example.com\r\n"
    b"Content-Type: application/x-www-form-urlencoded\r\n"
    b"Content-Length: 27\r\n"
    b"X-Trace: a\r\n"
    b"X-Trace: b\r\n"
    b"\r\n"
    b"name=Ada+L&lang=py%20thon&x="
)


class Request:
    def __init__(self, method, target, version, headers, body):
        self.method, self.target, self.version = method, target, version
        self.headers, self.body = headers, body

    @property
    def path(self):
        return self.target.split("?", 1)[0]

    def header(self, name, default=None):
        values = self.headers.get(name.lower())
        return ", ".join(values) if values else default


def unquote_plus(text):
    text = text.replace("+", " ")
    out, i = bytearray(), 0
    raw = text.encode()
    while i < len(raw):
        if raw[i:i + 1] == b"%" and i + 2 < len(raw) + 1:
            out.append(int(raw[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(raw[i])
            i += 1
    return out.decode()


def parse(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    request_line, *header_lines = head.decode("latin-1").split("\r\n")
    method, target, version = request_line.split(" ")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers.setdefault(name.strip().lower(), []).append(value.strip())
    length = int(headers.get("content-length", ["0"])[0])
    if len(body) < length:
        raise ValueError(f"body truncated: {len(body)} < {length}")
    return Request(method, target, version, headers, body[:length])


def form(request):
    pairs = request.body.decode().split("&")
    return {unquote_plus(k): unquote_plus(v) for k, _, v in (p.partition("=") for p in pairs)}


req = parse(RAW)
print(req.method, req.path, req.version, req.header("host"), req.header("x-trace"), req.header("accept", "*/*"))
print(form(req))
try:
    parse(RAW[:-5])
except ValueError as err:
    print(err)
