"""French identifiers: SIREN / SIRET (Luhn, with La Poste's exception) and the NIR (key, masking).

REFERENCE.md §9. SIREN: 9 digits, Luhn [S]. SIRET: SIREN + NIC, all 14 digits pass Luhn [S].
La Poste (SIREN 356000000): its establishments' SIRETs have a digit sum that is a multiple of 5
instead (FR Wikipedia citing INSEE [S]); its head office (35600000000048) passes Luhn [V].
"""

from __future__ import annotations

import re

from cnil_case.core.errors import ValidationError
from cnil_case.core.phrases import Phrase

LA_POSTE_SIREN = "356000000"
_SPACES = re.compile(r"[\s.\u00a0\u202f-]")


def normalise(value: str) -> str:
    """Drop the spaces, dots and dashes people type inside identifiers."""
    return _SPACES.sub("", value)


def digits_only(value: str) -> bool:
    """ASCII 0–9 only: ``str.isdigit`` also accepts ², Arabic-Indic and other digits ``int`` reads
    differently or not at all, and an identifier stored as typed must be the one INSEE issued."""
    return value.isascii() and value.isdigit()


def luhn_ok(digits: str) -> bool:
    """Double every second digit from the right, subtract 9 above 9; the sum is ≡ 0 mod 10."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


def siren_ok(value: str) -> bool:
    value = normalise(value)
    return len(value) == 9 and digits_only(value) and luhn_ok(value)


def siret_ok(value: str) -> bool:
    value = normalise(value)
    if len(value) != 14 or not digits_only(value):
        return False
    if luhn_ok(value):
        return True
    # La Poste exception: its establishments number too many to keep Luhn-valid NICs.
    return value.startswith(LA_POSTE_SIREN) and sum(int(c) for c in value) % 5 == 0


def _luhn_fails(value: str) -> Phrase:
    return Phrase("identifiers", "{value} fails the Luhn check (a digit is probably mistyped)", value=value)


def check_siren(value: str, field: str = "SIREN") -> str:
    """Return the normalised SIREN or raise a ValidationError naming the field."""
    value = normalise(value)
    if len(value) != 9 or not digits_only(value):
        raise ValidationError(field, Phrase("identifiers", "{value!r} must be 9 digits", value=value))
    if not luhn_ok(value):
        raise ValidationError(field, _luhn_fails(value))
    return value


def check_siret(value: str, field: str = "SIRET") -> str:
    """Return the normalised SIRET or raise a ValidationError naming the field."""
    value = normalise(value)
    if len(value) != 14 or not digits_only(value):
        raise ValidationError(field, Phrase("identifiers", "{value!r} must be 14 digits (SIREN + NIC)", value=value))
    if not siret_ok(value):
        raise ValidationError(field, _luhn_fails(value))
    return value


# NIR (numéro d'inscription au répertoire), REFERENCE.md §9.1: key = 97 − (body mod 97), with
# Corsica's 2A / 2B read as 19 / 18.
_NIR = re.compile(r"^[1-478]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)\d{6}\d{2}$", re.ASCII)


def nir_key(body: str) -> int:
    body = normalise(body).upper().replace("2A", "19", 1).replace("2B", "18", 1)
    return 97 - int(body) % 97


def nir_ok(value: str) -> bool:
    value = normalise(value).upper()
    if not _NIR.match(value):
        return False
    return nir_key(value[:13]) == int(value[13:])


def check_nir(value: str, field: str = "NIR") -> str:
    """Return the normalised NIR (spaces dropped, Corsica upper-case) or raise naming the field.

    The messages never repeat the number: they may reach logs, where NIRs are masked [A].
    """
    value = normalise(value).upper()
    if len(value) != 15:
        raise ValidationError(
            field,
            Phrase("identifiers", "must be 15 characters (a 13-character number and a 2-digit key), not {n}",
                   n=len(value)),
        )
    if not _NIR.match(value):
        month = value[3:5]
        if digits_only(month) and not _NIR_MONTH.match(month):
            raise ValidationError(
                field,
                Phrase("identifiers",
                       "month of birth {month} must be 01–12 (or 20 and above for an incomplete civil status)",
                       month=month),
            )
        raise ValidationError(
            field,
            Phrase("identifiers", "does not have the shape of a NIR: sex (1, 2, 7 or 8), year, month, département "
                   "(2 digits, 2A or 2B), commune, order number and a 2-digit key"),
        )
    if nir_key(value[:13]) != int(value[13:]):
        raise ValidationError(
            field, Phrase("identifiers", "the key (last 2 digits) does not match the number: a digit is probably mistyped")
        )
    return value


# Display and masking [A]: the shape only, so that a mistyped or provisional NIR is still grouped
# and masked; validity is ``nir_ok``'s business. Corsica's 2A / 2B are kept as typed.
_NIR_SHAPE = re.compile(r"^(\d)(\d{2})(\d{2})(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})?$")
_NIR_MONTH = re.compile(r"^(0[1-9]|1[0-2]|[2-9]\d)$", re.ASCII)


def format_nir(value: str) -> str:
    """Group a NIR as printed on the carte Vitale: ``1 84 12 75 123 456 78``.

    A 13-character number without its key is grouped too; anything that is not NIR-shaped comes
    back stripped but otherwise unchanged.
    """
    match = _NIR_SHAPE.match(normalise(value).upper())
    if not match:
        return value.strip()
    return " ".join(group for group in match.groups() if group is not None)


def mask_nir(value: str) -> str:
    """Show sex, year, month and département, mask the rest: ``1 84 12 75 *** *** **`` [A].

    What stays visible is what a birth date and place already tell; commune, order number and
    key, which single the person out, are hidden. A value that is not NIR-shaped is masked
    entirely (spaces kept), since it was given as a NIR and may still be one.
    """
    match = _NIR_SHAPE.match(normalise(value).upper())
    if not match:
        return re.sub(r"\S", "*", value.strip())
    shown = " ".join(match.groups()[:4])
    return f"{shown} *** ***" + (" **" if match.group(7) is not None else "")


# A NIR inside free text (quoted samples of stolen data) [A]:
# - 13 characters and the key, with or without a single space, dot or dash between the groups;
# - or the 13 characters alone, but only grouped with spaces as on the carte Vitale
#   (``1 84 12 75 123 456``): bare 13-digit runs are too often other numbers (EAN barcodes).
# Neither may be glued to other letters or digits. The month is checked (01–12, or 20+ for an
# incomplete civil status) to leave other 15-digit numbers alone; the key is not, so that a
# mistyped NIR in a sample is still masked: hiding a number that was no NIR costs less than
# showing one that was.
_SEP = r"[ .\-\u00a0\u202f]?"
_SPACE = r"[ \u00a0\u202f]"
_MONTH = r"(?:0[1-9]|1[0-2]|[2-9]\d)"
_DEPARTEMENT = r"(?:\d{2}|2[ABab])"
_ALONE_BEFORE, _ALONE_AFTER = r"(?<![0-9A-Za-z])", r"(?![0-9A-Za-z])"
_NIR_IN_TEXT = re.compile(
    rf"{_ALONE_BEFORE}(?:"
    rf"[1-478]{_SEP}\d{{2}}{_SEP}{_MONTH}{_SEP}{_DEPARTEMENT}{_SEP}\d{{3}}{_SEP}\d{{3}}{_SEP}\d{{2}}"
    rf"|[1-478]{_SPACE}\d{{2}}{_SPACE}{_MONTH}{_SPACE}{_DEPARTEMENT}{_SPACE}\d{{3}}{_SPACE}\d{{3}}"
    rf"){_ALONE_AFTER}"
)


def find_nirs(text: str) -> list[str]:
    """The NIR-looking numbers in ``text``, as they appear there."""
    return [match.group() for match in _NIR_IN_TEXT.finditer(text)]


def mask_identifiers(text: str) -> str:
    """Mask every NIR-looking number in free text as ``mask_nir`` does; other text is untouched."""
    return _NIR_IN_TEXT.sub(lambda match: mask_nir(match.group()), text)
