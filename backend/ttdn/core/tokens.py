"""Access tokens: the one module that imports python-jose.

HS256 pinned, `kid` header naming the key, `exp`, `iat`, `sub` and `typ` required. Refresh
tokens are not JWTs: they are opaque strings stored hashed (see `accounts`). Other keyed uses of
the secret (the audit chain, refresh successors) each get their own key derived from it.
"""

import base64
import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from jose import JWTError, jwt

from ttdn.core.config import get_settings

ALGORITHM = "HS256"
ACCESS_TYPE = "access"


class InvalidToken(Exception):
    pass


def _key_id(secret: str) -> str:
    return hashlib.sha256(b"ttdn-kid:" + secret.encode()).hexdigest()[:16]


def _keys() -> dict[str, str]:
    """Signing keys by `kid`: the current secret only (rotation adds the previous one here)."""
    secret = get_settings().secret_key
    return {_key_id(secret): secret}


def issue_access_token(user_id: int, *, now: datetime | None = None) -> tuple[str, int]:
    """A signed access token for `user_id` and its lifetime in seconds."""
    settings = get_settings()
    issued = now or datetime.now(UTC)
    lifetime = timedelta(minutes=settings.access_token_minutes)
    claims = {
        "sub": str(user_id),
        "iat": int(issued.timestamp()),
        "exp": int((issued + lifetime).timestamp()),
        "typ": ACCESS_TYPE,
        "jti": secrets.token_hex(8),
    }
    kid = _key_id(settings.secret_key)
    token = jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM, headers={"kid": kid})
    return token, int(lifetime.total_seconds())


def read_access_token(token: str) -> int:
    """The user id of a valid access token; `InvalidToken` for anything else."""
    try:
        header = jwt.get_unverified_header(token)
    except JWTError as error:
        raise InvalidToken("malformed") from error
    if header.get("alg") != ALGORITHM:
        raise InvalidToken("algorithm")
    key = _keys().get(str(header.get("kid")))
    if key is None:
        raise InvalidToken("unknown kid")
    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[ALGORITHM],
            options={"require_exp": True, "require_iat": True, "require_sub": True},
        )
    except JWTError as error:
        raise InvalidToken("signature or claims") from error
    if claims.get("typ") != ACCESS_TYPE:
        raise InvalidToken("not an access token")
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject.isdigit():
        raise InvalidToken("subject")
    return int(subject)


def new_opaque_token() -> str:
    return secrets.token_urlsafe(32)


def derived_key(purpose: str) -> bytes:
    """A key for one `purpose` only, derived from the secret key (HMAC-SHA256)."""
    secret = get_settings().secret_key.encode()
    return hmac.new(secret, b"ttdn-derived-key:" + purpose.encode(), hashlib.sha256).digest()


def successor_token(token: str) -> str:
    """The refresh token that follows `token`: the same every time for the same token, and
    unpredictable without the secret key. So it need not be stored in clear to be handed out
    again to a parallel refresh of `token`."""
    mac = hmac.new(derived_key("refresh-successor"), token.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def digest(token: str) -> str:
    """How opaque tokens and keys are stored: never in clear."""
    return hashlib.sha256(token.encode()).hexdigest()
