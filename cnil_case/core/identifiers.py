"""French identifiers: SIREN / SIRET (Luhn, with La Poste's exception) and the NIR key.

REFERENCE.md §9. SIREN: 9 digits, Luhn [S]. SIRET: SIREN + NIC, all 14 digits pass Luhn [S].
La Poste (SIREN 356000000): its establishments' SIRETs have a digit sum that is a multiple of 5
instead (FR Wikipedia citing INSEE [S]); its head office (35600000000048) passes Luhn [V].
"""

from __future__ import annotations

import re

from cnil_case.core.errors import ValidationError

LA_POSTE_SIREN = "356000000"
_SPACES = re.compile(r"[\s.\u00a0\u202f-]")


def normalise(value: str) -> str:
    """Drop the spaces, dots and dashes people type inside identifiers."""
    return _SPACES.sub("", value)


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
    return len(value) == 9 and value.isdigit() and luhn_ok(value)


def siret_ok(value: str) -> bool:
    value = normalise(value)
    if len(value) != 14 or not value.isdigit():
        return False
    if luhn_ok(value):
        return True
    # La Poste exception: its establishments number too many to keep Luhn-valid NICs.
    return value.startswith(LA_POSTE_SIREN) and sum(int(c) for c in value) % 5 == 0


def check_siren(value: str, field: str = "SIREN") -> str:
    """Return the normalised SIREN or raise a ValidationError naming the field."""
    value = normalise(value)
    if len(value) != 9 or not value.isdigit():
        raise ValidationError(field, f"{value!r} must be 9 digits")
    if not luhn_ok(value):
        raise ValidationError(field, f"{value} fails the Luhn check (a digit is probably mistyped)")
    return value


def check_siret(value: str, field: str = "SIRET") -> str:
    """Return the normalised SIRET or raise a ValidationError naming the field."""
    value = normalise(value)
    if len(value) != 14 or not value.isdigit():
        raise ValidationError(field, f"{value!r} must be 14 digits (SIREN + NIC)")
    if not siret_ok(value):
        raise ValidationError(field, f"{value} fails the Luhn check (a digit is probably mistyped)")
    return value


# NIR (numéro d'inscription au répertoire), REFERENCE.md §9.1: key = 97 − (body mod 97), with
# Corsica's 2A / 2B read as 19 / 18.
_NIR = re.compile(r"^[1-478]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)\d{6}\d{2}$")


def nir_key(body: str) -> int:
    body = normalise(body).upper().replace("2A", "19", 1).replace("2B", "18", 1)
    return 97 - int(body) % 97


def nir_ok(value: str) -> bool:
    value = normalise(value).upper()
    if not _NIR.match(value):
        return False
    return nir_key(value[:13]) == int(value[13:])


def mask_nir(value: str) -> str:
    """Show only the sex digit and the key, as we do in the UI and logs [A]."""
    value = normalise(value)
    return value[:1] + "•" * max(len(value) - 3, 0) + value[-2:]
