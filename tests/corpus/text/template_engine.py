import re


class Template:
    token = re.compile(r"{{\s*(.+?)\s*}}|{%\s*(for|endfor|if|endif)\s*(.*?)\s*%}")

    def __init__(self, text):
        self.text = text

    def render(self, **context):
        out, pos, stack = [], 0, []
        return self._render(self.text, context)

    def _lookup(self, expr, context):
        value = context
        for part in expr.split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        return value

    def _render(self, text, context):
        out, pos = [], 0
        while (m := self.token.search(text, pos)):
            out.append(text[pos:m.start()])
            if m.group(1):
                expr, *filters = [p.strip() for p in m.group(1).split("|")]
                value = self._lookup(expr, context)
                for f in filters:
                    value = {"upper": str.upper, "title": str.title, "len": len}[f](value)
                out.append(str(value))
                pos = m.end()
            else:
                kind, arg = m.group(2), m.group(3)
                end_tag = "end" + kind
                body_start = m.end()
                depth, scan = 1, body_start
                while depth:
                    inner = self.token.search(text, scan)
                    if inner.group(2) == kind:
                        depth += 1
                    elif inner.group(2) == end_tag:
                        depth -= 1
                    scan = inner.end()
                body = text[body_start:inner.start()]
                if kind == "for":
                    var, _, seq = arg.partition(" in ")
                    for item in self._lookup(seq, context):
                        out.append(self._render(body, {**context, var: item}))
                elif self._lookup(arg, context):
                    out.append(self._render(body, context))
                pos = scan
        out.append(text[pos:])
        return "".join(out)


page = Template("""Hello {{ user.name | title }}!
{% if user.admin %}You are an admin.
{% endif %}Items ({{ items | len }}):
{% for item in items %}  - {{ item | upper }}
{% endfor %}""")
print(page.render(user={"name": "ada lovelace", "admin": True}, items=["pen", "ink"]))
