from urllib.parse import urlparse, parse_qs, urlencode, quote, unquote


def parse_url(url):
    scheme, _, rest = url.partition("://")
    netloc, slash, path_and_query = rest.partition("/")
    path, _, query = ("/" + path_and_query if slash else "/").partition("?")
    query, _, fragment = query.partition("#")
    host, _, port = netloc.partition(":")
    params = {}
    for pair in filter(None, query.split("&")):
        key, _, value = pair.partition("=")
        params.setdefault(key, []).append(value)
    return {"scheme": scheme, "host": host, "port": int(port) if port else None,
            "path": path, "params": params, "fragment": fragment}


url = "https://example.com:8443/search/items?q=python&tag=a&tag=b#results"
print(parse_url(url))
std = urlparse(url)
print(std.hostname, std.port, std.path, parse_qs(std.query), std.fragment)
print(urlencode({"q": "free threading", "page": 2}), quote("a b/c?"), unquote("%E2%82%AC"))
