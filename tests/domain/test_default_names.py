"""Default data follows the interface language until the owner renames it."""

from __future__ import annotations

from prospectdesk.domain.default_names import follow_language
from prospectdesk.domain.defaults import untranslated
from prospectdesk.domain.settings import CREATED_LANGUAGE
from prospectdesk.store.models import LeadSource, QualificationCriterion, Stage

DUTCH = {
    "Lead": "Lead",
    "Prospect": "Prospect",
    "Customer": "Klant",
    "Presentation": "Presentatie",
    "Referral": "Doorverwijzing",
    "Fits my target market": "Past in mijn doelgroep",
}


def dutch(context: str, source: str) -> str:
    return DUTCH.get(source, source)


def test_untouched_defaults_follow_and_renamed_ones_stay(workspace) -> None:
    settings = workspace.settings
    assert settings.get(CREATED_LANGUAGE) == ""  # made in English, without saying so
    Stage.update(name="Demo").where(Stage.role == "presentation").execute()
    changes = follow_language(settings, "nl", untranslated, dutch)
    assert changes.stage_list and changes.everything
    assert Stage.get(Stage.role == "customer").name == "Klant"
    assert Stage.get(Stage.role == "presentation").name == "Demo"  # the owner's name
    assert LeadSource.select().where(LeadSource.name == "Doorverwijzing").exists()
    assert (
        QualificationCriterion.select()
        .where(QualificationCriterion.name == "Past in mijn doelgroep")
        .exists()
    )
    assert settings.get(CREATED_LANGUAGE) == "nl"
    # and back: the defaults are Dutch now, English follows
    follow_language(settings, "en", dutch, untranslated)
    assert Stage.get(Stage.role == "customer").name == "Customer"
    assert Stage.get(Stage.role == "presentation").name == "Demo"


def test_nothing_is_written_in_the_language_the_defaults_are_in(workspace) -> None:
    changes = follow_language(workspace.settings, "en", untranslated, dutch)
    assert not changes.stage_list and not changes.everything
    assert Stage.get(Stage.role == "customer").name == "Customer"


def test_a_source_name_the_owner_already_uses_is_not_taken_twice(workspace) -> None:
    LeadSource.create(name="Doorverwijzing", position=99)
    follow_language(workspace.settings, "nl", untranslated, dutch)
    assert LeadSource.select().where(LeadSource.name == "Referral").exists()
