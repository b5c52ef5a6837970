"""One entry point for every regulator document: check completeness, render, name the file.

The command line and the GUI both call :func:`build_case_document` or :func:`build_register` with a
snapshot taken in their own session, then hand the :class:`~cnil_case.core.exports.BuiltDocument`
to ``exports.save``. Nothing here touches a session or the disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from cnil_case.core import completeness, exports, reportdata
from cnil_case.core.models import DocumentKind
from cnil_case.report import art33, art34, investigation, register, wording


def default_variant(kind: str) -> str:
    return exports.VARIANTS[kind][0]


def _check_variant(kind: str, variant: str) -> str:
    if kind not in exports.VARIANTS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {', '.join(exports.VARIANTS)}")
    variant = variant or default_variant(kind)
    if variant not in exports.VARIANTS[kind]:
        raise ValueError(f"{kind} has no variant {variant!r}; expected one of {', '.join(exports.VARIANTS[kind])}")
    return variant


def gaps(report: reportdata.CaseReport, kind: str, *, variant: str = "",
         earlier_reference: str = "") -> list[completeness.Gap]:
    """What ``kind`` requires and the case lacks (the list the user sees before exporting).

    A complementary or final Art. 33 notification must cite the first one (Art. 33(4): information
    provided in phases), so a missing earlier reference is a gap of that variant.
    """
    found = completeness.check(report, kind)
    if kind == DocumentKind.ART33.value and variant in ("complementary", "final") and not earlier_reference.strip():
        found.append(completeness.earlier_reference(variant))
    return found


def build_case_document(
    report: reportdata.CaseReport,
    kind: str,
    *,
    lang: str,
    variant: str = "",
    earlier_reference: str = "",
    user_dir: Path | None = None,
) -> exports.BuiltDocument:
    """Render one case's document; marked as a draft on every page when the case has gaps.

    Args:
        kind: ``art33``, ``art34`` or ``investigation``.
        variant: art33: initial / complementary / final; art34: letter / public (Art. 34(3)(c));
            investigation: category / day (how the timeline table is grouped).
        earlier_reference: a complementary or final Art. 33 notification cites the first one.
    """
    variant = _check_variant(kind, variant)
    if kind == DocumentKind.REGISTER.value:
        raise ValueError("the register covers the workspace: use build_register")
    found = tuple(gap.message() for gap in gaps(report, kind, variant=variant, earlier_reference=earlier_reference))
    draft = bool(found)
    warnings: list[str] = []
    if kind == DocumentKind.ART33.value:
        data = art33.render(report, lang=lang, kind=variant, earlier_reference=earlier_reference, draft=draft,
                            user_dir=user_dir, warnings=warnings)
    elif kind == DocumentKind.ART34.value:
        data = art34.render(report, lang=lang, public=variant == "public", draft=draft, user_dir=user_dir,
                            warnings=warnings)
    else:
        data = investigation.render(report, lang=lang, draft=draft, group_by=variant, user_dir=user_dir,
                                    warnings=warnings)
    return exports.BuiltDocument(
        case_id=report.case.id, reference=report.case.reference, kind=kind, variant=variant, lang=lang,
        draft=draft, gaps=found, data=data,
        file_name=exports.suggested_name(report.case.reference, kind, variant, lang), warnings=tuple(warnings),
    )


def workspace_name(lang: str, fallback: str, *, user_dir: Path | None = None) -> str:
    """The organisation's name from the user's template folder, else ``fallback`` (the workspace's)."""
    common = wording.load("common", lang, user_dir=user_dir)
    name = common.plain("organisation.name").strip() if "organisation.name" in common else ""
    return name or fallback


def build_register(
    rows: Sequence[reportdata.RegisterRow],
    *,
    lang: str,
    variant: str = "pdf",
    workspace: str,
    generated_at: dt.datetime,
    user_dir: Path | None = None,
) -> exports.BuiltDocument:
    """The Art. 33(5) register of every case of the workspace, as PDF or CSV (``variant``)."""
    variant = _check_variant(DocumentKind.REGISTER.value, variant)
    name = workspace_name(lang, workspace, user_dir=user_dir)
    if variant == "csv":
        data = register.render_csv(rows, lang=lang, user_dir=user_dir)
    else:
        data = register.render(rows, lang=lang, workspace_name=name, generated_at=generated_at, user_dir=user_dir)
    return exports.BuiltDocument(
        case_id=None, reference="", kind=DocumentKind.REGISTER.value, variant=variant, lang=lang, draft=False,
        gaps=(), data=data, file_name=f"breach-register_{lang}.{variant}",
    )
