"""The Viamedis / Almerys demo case: loaded from its bundled case document on first use."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cnil_case import paths
from cnil_case.core import caseio
from cnil_case.core.models import Case

REFERENCE = "DEMO-VIAMEDIS-ALMERYS-2024"


def ensure_demo_case(session: Session) -> int:
    """The id of the demo case, importing it first if the workspace does not have it.

    A demo case the user has edited is left as it is: only a missing one is (re)imported.
    """
    found = session.execute(select(Case.id).where(Case.reference == REFERENCE)).scalar_one_or_none()
    if found is not None:
        return found
    document_path = paths.demo_document()
    document = caseio.read(document_path)
    return caseio.import_case(session, document, source=document_path.name)
