"""Default data follows the interface language until the owner renames it.

A new database gets its stage names, lead sources and criteria in the language it is
created in (``CREATED_LANGUAGE``). When the app later runs in another language, a row whose
name is still exactly the default of that language is renamed to the default of the new
one, and the setting follows; a row the owner renamed no longer matches and stays as typed.
"""

from __future__ import annotations

from prospectdesk.domain.defaults import (
    CONTEXT,
    DEFAULT_CRITERIA,
    DEFAULT_SOURCES,
    DEFAULT_STAGES,
    Translate,
)
from prospectdesk.domain.records import Changes
from prospectdesk.domain.settings import CREATED_LANGUAGE, Settings
from prospectdesk.store.db import database
from prospectdesk.store.models import LeadSource, QualificationCriterion, Stage

# The defaults are written in English; a database from before CREATED_LANGUAGE has them so.
SOURCE_LANGUAGE = "en"


def follow_language(settings: Settings, language: str, old: Translate, new: Translate) -> Changes:
    """Rename the untouched defaults from the language they are in (``old`` translates
    into it) to ``language`` (``new``), in one transaction. Nothing to do (an empty
    ``Changes``, no write) when the defaults are already in ``language``."""
    if not language or (settings.get(CREATED_LANGUAGE) or SOURCE_LANGUAGE) == language:
        return Changes()
    changes = Changes()
    with database.atomic():
        for role, name, _ in DEFAULT_STAGES:
            before, after = old(CONTEXT, name), new(CONTEXT, name)
            if before != after:
                query = Stage.update(name=after).where(Stage.role == role, Stage.name == before)
                if query.execute():
                    changes.stage_list = True
        taken = {source.name for source in LeadSource.select(LeadSource.name)}
        for name in DEFAULT_SOURCES:
            before, after = old(CONTEXT, name), new(CONTEXT, name)
            if before != after and before in taken and after not in taken:
                LeadSource.update(name=after).where(LeadSource.name == before).execute()
                changes.everything = True  # a card or a contact may show its source
        for name in DEFAULT_CRITERIA:
            before, after = old(CONTEXT, name), new(CONTEXT, name)
            if before != after:
                criterion = QualificationCriterion.name == before
                if QualificationCriterion.update(name=after).where(criterion).execute():
                    changes.everything = True
        settings.set(CREATED_LANGUAGE, language)
    return changes
