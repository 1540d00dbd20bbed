"""Web addresses in the one form their spellings share: `http://m.facebook.com/abc/?fbclid=1`
and `https://www.facebook.com/abc` are one page. Used to tell a new report of a post already
being dealt with; what was typed is kept beside it."""

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that say how someone came to a page, not which page it is.
TRACKING = re.compile(
    r"^(utm_.*|fbclid|gclid|dclid|msclkid|igshid|mibextid|si|_rdr|__tn__|__cft__.*|ref|refsrc)$"
)
# Host prefixes that name the same site for phones or by habit.
HOST_PREFIXES = ("www.", "m.", "mobile.", "mbasic.", "web.")
HOST_ALIASES = {
    "fb.com": "facebook.com",
    "fb.watch": "facebook.com/watch",
    "youtu.be": "youtube.com",
}
DEFAULT_PORTS = {"http": 80, "https": 443}


class NotAUrl(ValueError):
    pass


def normalise_url(typed: str) -> str:
    """The address in its shared form: https, the host in lower case without `www.`/`m.`,
    no default port, no fragment, no tracking parameters, the others sorted, no trailing
    slash. `NotAUrl` for anything that is not an http(s) address with a host."""
    text = typed.strip()
    if not re.match(r"^https?://", text, re.IGNORECASE):
        raise NotAUrl("Đường dẫn cần bắt đầu bằng http:// hoặc https://")
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise NotAUrl("Đường dẫn không hợp lệ.") from error
    host = (parts.hostname or "").rstrip(".")
    if not host or " " in host or "." not in host:
        raise NotAUrl("Đường dẫn thiếu tên miền.")
    try:
        host = host.encode("idna").decode("ascii").lower()
    except UnicodeError as error:
        raise NotAUrl("Tên miền không hợp lệ.") from error
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
    path = re.sub(r"/{2,}", "/", parts.path)
    path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~")
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)
    ]
    if host in HOST_ALIASES:
        alias = HOST_ALIASES[host]
        host, _, prefix = alias.partition("/")
        if host == "youtube.com" and path.strip("/"):
            query.append(("v", path.strip("/")))
            path = "/watch"
        elif prefix:
            path = f"/{prefix}{path}"
    if port is not None and port != DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    path = path.rstrip("/") or ""
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))


def check_url(typed: str) -> str:
    """Pydantic validator: the address as typed (trimmed), if it is one."""
    normalise_url(typed)
    return typed.strip()
