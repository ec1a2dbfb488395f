"""Message templates: shipped in en, nl and hy with every merge field, filled in for a
contact without leaving a placeholder, edited by the owner, encoded for ``mailto:``, and
logged as a conversation once handed to the mail client."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.messages import (
    DEFAULT_TEMPLATES,
    FIELDS,
    LANGUAGES,
    MOMENTS,
    Messages,
    Template,
    fill,
    mailto_url,
    resolve_language,
)
from prospectdesk.domain.records import ContactRecord, EmailEntry


def add(ws, given: str, organization: str = "", email: str = "") -> int:
    stage = ws.pipeline.stage_by_role("prospect")
    record = ContactRecord(given_name=given, family_name="Test", organization=organization)
    if email:
        record.emails = [EmailEntry(email)]
    contact_id, _ = ws.contacts.create(record, stage_id=stage.id)
    return contact_id


@pytest.fixture
def messages(workspace, clock) -> Messages:
    return Messages(clock, workspace.settings)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_ships_every_moment_and_uses_every_merge_field(language) -> None:
    templates = DEFAULT_TEMPLATES[language]
    assert set(templates) == set(MOMENTS)
    follow_up = templates["follow_up"]
    for name in FIELDS:
        assert "{" + name + "}" in follow_up.subject + follow_up.body, (language, name)
    # Each is its own wording, not a copy of the English one.
    if language != "en":
        assert all(templates[m].body != DEFAULT_TEMPLATES["en"][m].body for m in MOMENTS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_template_is_filled_with_every_field_of_the_contact(
    workspace, messages, language
) -> None:
    anna = add(workspace, "Աննա", "Acme BV", "anna@example.am")
    workspace.activity.log_interaction(anna, summary="demo", concerns=["the price", "delivery"])
    messages.set_owner_name("Marie Owner")
    message = messages.compose(anna, language, "follow_up")
    assert message.to == "anna@example.am"
    for value in ("Աննա", "Acme BV", "delivery", "Marie Owner"):
        assert value in message.body, (language, value)
    assert "{" not in message.body + message.subject


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("moment", MOMENTS)
def test_a_missing_field_leaves_no_placeholder(workspace, messages, language, moment) -> None:
    bare = add(workspace, "")  # no given name: the family name; no organization, no concern
    message = messages.compose(bare, language, moment)
    assert "{" not in message.subject + message.body
    assert "“”" not in message.body and "«»" not in message.body
    assert "()" not in message.body
    assert "\n\n\n" not in message.body


def test_fill_drops_the_line_of_an_empty_field_only() -> None:
    text = "Dear {first_name},\nYou said: “{concern}”.\nBye {owner_name}"
    assert fill(text, {"first_name": "Jan", "concern": "", "owner_name": "Mia"}) == (
        "Dear Jan,\nBye Mia"
    )
    assert fill("Hi {unknown}\nok", {}) == "ok"


def test_the_concern_is_the_open_one_of_the_latest_conversation(workspace, messages, clock) -> None:
    from datetime import timedelta

    jan = add(workspace, "Jan")
    workspace.activity.log_interaction(jan, summary="first", concerns=["old worry"])
    clock.advance(timedelta(days=1))
    _, _ = workspace.activity.log_interaction(jan, summary="second", concerns=["new worry"])
    assert messages.merge_fields(jan)["concern"] == "new worry"
    newest = workspace.activity.open_concerns(jan)[-1]
    workspace.activity.set_concern_addressed(newest.id)
    assert messages.merge_fields(jan)["concern"] == "old worry"


def test_the_owner_edits_a_template_per_language_and_can_go_back(workspace, messages) -> None:
    jan = add(workspace, "Jan")
    edited = Template("Hoi {first_name}", "Tot snel, {first_name}!")
    messages.save_template("nl", "birthday", edited)
    assert messages.template("nl_NL", "birthday") == edited
    assert messages.is_edited("nl", "birthday")
    assert messages.template("en", "birthday") == DEFAULT_TEMPLATES["en"]["birthday"]
    message = messages.compose(jan, "nl", "birthday")
    assert (message.subject, message.body) == ("Hoi Jan", "Tot snel, Jan!")
    # Kept in the database: another service over the same data reads it.
    assert Messages(messages.clock, workspace.settings).template("nl", "birthday") == edited
    messages.reset_template("nl", "birthday")
    assert not messages.is_edited("nl", "birthday")
    assert messages.template("nl", "birthday") == DEFAULT_TEMPLATES["nl"]["birthday"]


def test_an_unknown_language_reads_as_english() -> None:
    assert resolve_language("hy_AM") == "hy"
    assert resolve_language("de") == "en"


def test_mailto_encodes_non_ascii_and_line_breaks() -> None:
    url = mailto_url("anna@example.am", "Շնորհավոր & 100%", "Line one\nLíne two?\n= end")
    assert url.startswith("mailto:anna@example.am?subject=")
    assert " " not in url and "\n" not in url
    assert "%0D%0A" in url
    query = parse_qs(urlsplit(url).query, keep_blank_values=True)
    assert query["subject"] == ["Շնորհավոր & 100%"]
    assert query["body"] == ["Line one\r\nLíne two?\r\n= end"]
    assert unquote(mailto_url("", "", "")) == "mailto:"


def test_sending_is_refused_for_someone_who_asked_not_to_be_contacted(workspace, messages) -> None:
    jan = add(workspace, "Jan")
    workspace.sales.presentations.set_do_not_contact([jan], True)
    with pytest.raises(DomainError):
        messages.compose(jan, "en", "recontact")


def test_a_sent_message_is_logged_as_an_email_conversation(workspace, messages, clock) -> None:
    jan = add(workspace, "Jan")
    changes = messages.log_sent(jan, "Happy birthday, Jan!", "Dear Jan")
    assert jan in changes.contacts
    [logged] = workspace.activity.interactions(jan)
    assert (logged.kind, logged.summary) == ("email", "Happy birthday, Jan!")
    assert logged.occurred_at == clock.now()


def test_the_suggested_moment_follows_the_process(workspace, messages, clock) -> None:
    from datetime import timedelta

    from prospectdesk.domain.records import Birthday
    from prospectdesk.domain.sales import CloseOutcome, PresentationInput

    def present(contact_id: int, outcome: CloseOutcome, **extra) -> None:
        clock.advance(timedelta(minutes=5))
        data = PresentationInput(clock.now(), "pakket", "bestellen", outcome, **extra)
        workspace.sales.presentations.record_presentation(contact_id, data)

    new = add(workspace, "Nieuw")
    assert messages.suggested_moment(new) == "follow_up"
    buyer = add(workspace, "Koper")
    present(buyer, CloseOutcome.SALE, sale_what="pakket", sale_amount_cents=1000)
    assert messages.suggested_moment(buyer) == "thank_you"
    later = add(workspace, "Later")
    present(later, CloseOutcome.NOT_READY, follow_up_at=clock.now() + timedelta(days=30))
    assert messages.suggested_moment(later) == "not_ready"
    present(
        later, CloseOutcome.NO, stays_on_list=True, follow_up_at=clock.now() + timedelta(days=90)
    )
    assert messages.suggested_moment(later) == "recontact"
    # A birthday in the coming week comes first (year-less, across the month's end).
    soon = (clock.now() + timedelta(days=6)).date()
    workspace.contacts.update(
        buyer, ContactRecord(given_name="Koper", birthday=Birthday(soon.month, soon.day))
    )
    assert messages.suggested_moment(buyer) == "birthday"
