"""Reporters' phones and e-mails: the one form two spellings share, and what those who may
not read personal data see instead (DESIGN §4)."""

import re

from email_validator import EmailNotValidError, validate_email

# What people put between digits: spaces, dots, dashes, brackets.
_SEPARATORS = re.compile(r"[\s.\-()/]")
_DIGITS = re.compile(r"^\+?\d+$")
VIETNAM = "84"
# A national number: the trunk 0 and 9 or 10 digits (mobiles 09x…, landlines 02xx…).
NATIONAL_DIGITS = (9, 10)
# E.164 allows up to 15 digits with the country code.
MAX_INTERNATIONAL_DIGITS = 15
MIN_INTERNATIONAL_DIGITS = 8


def normalise_phone(typed: str) -> str:
    """The number in E.164 (`+84912345678`) whether typed `0912 345 678`, `+84912345678` or
    `84-912-345-678`; `ValueError` for anything that is not a phone number."""
    bare = _SEPARATORS.sub("", typed)
    if not _DIGITS.match(bare):
        raise ValueError("Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang và dấu +")
    if bare.startswith("+"):
        digits = bare[1:]
    elif bare.startswith("00"):
        digits = bare[2:]
    elif bare.startswith("0"):
        digits = VIETNAM + bare[1:]
    elif bare.startswith(VIETNAM) and len(bare) - len(VIETNAM) in NATIONAL_DIGITS:
        digits = bare
    else:
        raise ValueError("Số điện thoại cần bắt đầu bằng 0, 84 hoặc +mã quốc gia")
    if digits.startswith(VIETNAM + "0"):  # +84 0912…: the trunk 0 typed after the country code
        digits = VIETNAM + digits[len(VIETNAM) + 1 :]
    if digits.startswith(VIETNAM):
        if len(digits) - len(VIETNAM) not in NATIONAL_DIGITS:
            raise ValueError("Số điện thoại Việt Nam có 10 hoặc 11 chữ số (kể cả số 0 đầu)")
    elif not MIN_INTERNATIONAL_DIGITS <= len(digits) <= MAX_INTERNATIONAL_DIGITS:
        raise ValueError("Số điện thoại quốc tế có từ 8 đến 15 chữ số")
    return "+" + digits


def check_phone(typed: str) -> str:
    """The number as typed, once it is known to be one."""
    normalise_phone(typed)
    return typed


def normalise_email(typed: str) -> str:
    """The address lowercased, for comparing; `ValueError` for anything that is not one."""
    return check_email(typed).lower()


def check_email(typed: str) -> str:
    """The address as typed (its domain as the validator writes it), once it is known to be
    one; `ValueError` otherwise."""
    try:
        return validate_email(typed, check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise ValueError(f"Thư điện tử không hợp lệ: {typed}") from error


def redact_phone(typed: str) -> str:
    """`0912345678` → `09xx xxx 678`: the network's prefix and the last three digits."""
    try:
        normalised = normalise_phone(typed)
    except ValueError:
        return "xxx"
    national = "0" + normalised[3:] if normalised.startswith("+" + VIETNAM) else normalised
    hidden = len(national) - 5
    return f"{national[:2]}{'x' * max(hidden - 3, 0)} xxx {national[-3:]}"


def redact_email(typed: str) -> str:
    """`an.nguyen@baophutho.vn` → `a***@baophutho.vn`."""
    local, _, domain = typed.rpartition("@")
    return f"{local[:1]}***@{domain}"


def redact_card(number: str) -> str:
    """`***` and the last two characters."""
    return "***" + number[-2:]
