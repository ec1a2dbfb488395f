"""Messages for the moments of the sales process, sent through the owner's own mail client.

ProspectDesk never sends mail: a template is filled in with the contact's merge fields and
handed to the desktop as a ``mailto:`` URL (or copied), and the message is then logged as a
conversation. The default templates ship in English, Dutch and Armenian; the owner's edits
are kept in the Setting table (no schema change), per language and per moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import quote

from prospectdesk.clock import Clock
from prospectdesk.domain.activity import log_conversation
from prospectdesk.domain.contacts import ContactNotFoundError
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.records import Birthday, Changes, derive_display_name
from prospectdesk.domain.settings import Settings, define
from prospectdesk.store.db import database
from prospectdesk.store.models import Concern, Contact, ContactEmail, Interaction, Presentation

OWNER_NAME = define("messages.owner_name", "", "Your name, as messages are signed")
# {"<language>": {"<moment>": {"subject": ..., "body": ...}}}: only what the owner edited.
TEMPLATES = define("messages.templates", {}, "Message templates edited by the owner")

# The moments of the process a message is written for, in the order they are offered.
MOMENTS = ("follow_up", "not_ready", "birthday", "thank_you", "recontact")
LANGUAGES = ("en", "nl", "hy")
# The merge fields a template may use, written {name} in its subject and body.
FIELDS = ("first_name", "organization", "concern", "owner_name")


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


_EN = {
    "follow_up": Template(
        "Thank you for your time",
        "Dear {first_name},\n\n"
        "Thank you for the time you took for the presentation.\n"
        "You mentioned: “{concern}”. I am glad to go through it with you.\n"
        "Please give my regards to your colleagues at {organization}.\n\n"
        "I will call you in a few days to hear what you think.\n\n"
        "Kind regards,\n{owner_name}",
    ),
    "not_ready": Template(
        "Checking in",
        "Dear {first_name},\n\n"
        "When we last spoke you were not ready yet, and that is fine. "
        "I wanted to ask how things are going now.\n"
        "At the time you mentioned: “{concern}”. Has anything changed?\n\n"
        "Just reply to this e-mail whenever it suits you.\n\n"
        "Kind regards,\n{owner_name}",
    ),
    "birthday": Template(
        "Happy birthday, {first_name}!",
        "Dear {first_name},\n\n"
        "Happy birthday! I wish you a wonderful day and a healthy, happy year ahead.\n\n"
        "Warm regards,\n{owner_name}",
    ),
    "thank_you": Template(
        "Thank you for your order",
        "Dear {first_name},\n\n"
        "Thank you for your purchase and for your trust. "
        "If you have any questions, I am always glad to help.\n"
        "Warm greetings to everyone at {organization}.\n\n"
        "Kind regards,\n{owner_name}",
    ),
    "recontact": Template(
        "It has been a while",
        "Dear {first_name},\n\n"
        "Some time ago you told me it was not for you then, and that I could get in touch "
        "again later. I hope all is well with you.\n"
        "You mentioned: “{concern}”. I would be glad to tell you what has changed since.\n\n"
        "Would you have a moment for a short call?\n\n"
        "Kind regards,\n{owner_name}",
    ),
}

_NL = {
    "follow_up": Template(
        "Bedankt voor uw tijd",
        "Beste {first_name},\n\n"
        "Bedankt voor de tijd die u nam voor de presentatie.\n"
        "U noemde: “{concern}”. Ik neem dat graag met u door.\n"
        "Doet u mijn groeten aan uw collega's bij {organization}?\n\n"
        "Over een paar dagen bel ik u om te horen wat u ervan vindt.\n\n"
        "Met vriendelijke groet,\n{owner_name}",
    ),
    "not_ready": Template(
        "Even bijpraten",
        "Beste {first_name},\n\n"
        "Toen we elkaar laatst spraken, was u er nog niet aan toe, en dat is prima. "
        "Ik wilde graag horen hoe het nu gaat.\n"
        "U noemde toen: “{concern}”. Is daar iets in veranderd?\n\n"
        "Reageert u gerust op deze e-mail wanneer het u uitkomt.\n\n"
        "Met vriendelijke groet,\n{owner_name}",
    ),
    "birthday": Template(
        "Gefeliciteerd, {first_name}!",
        "Beste {first_name},\n\n"
        "Van harte gefeliciteerd met uw verjaardag! Ik wens u een fijne dag en een gezond "
        "en gelukkig nieuw levensjaar.\n\n"
        "Hartelijke groet,\n{owner_name}",
    ),
    "thank_you": Template(
        "Bedankt voor uw bestelling",
        "Beste {first_name},\n\n"
        "Hartelijk dank voor uw aankoop en uw vertrouwen. "
        "Hebt u vragen, dan help ik u graag.\n"
        "De hartelijke groeten aan iedereen bij {organization}.\n\n"
        "Met vriendelijke groet,\n{owner_name}",
    ),
    "recontact": Template(
        "Het is alweer een tijdje geleden",
        "Beste {first_name},\n\n"
        "Enige tijd geleden liet u weten dat het toen niets voor u was, en dat ik later "
        "nog eens contact mocht opnemen. Ik hoop dat alles goed met u gaat.\n"
        "U noemde toen: “{concern}”. Ik vertel u graag wat er sindsdien veranderd is.\n\n"
        "Hebt u tijd voor een kort telefoongesprek?\n\n"
        "Met vriendelijke groet,\n{owner_name}",
    ),
}

_HY = {
    "follow_up": Template(
        "Շնորհակալություն Ձեր ժամանակի համար",
        "Հարգելի {first_name},\n\n"
        "Շնորհակալություն ներկայացմանը տրամադրած ժամանակի համար։\n"
        "Դուք նշեցիք՝ «{concern}»։ Սիրով կքննարկեմ դա Ձեզ հետ։\n"
        "Իմ ողջույնները Ձեր գործընկերներին ({organization})։\n\n"
        "Մի քանի օրից կզանգեմ՝ լսելու Ձեր կարծիքը։\n\n"
        "Հարգանքով՝\n{owner_name}",
    ),
    "not_ready": Template(
        "Ինչպե՞ս եք",
        "Հարգելի {first_name},\n\n"
        "Երբ վերջին անգամ խոսեցինք, Դուք դեռ պատրաստ չէիք, և դա միանգամայն նորմալ է։ "
        "Ուզում էի իմանալ, թե ինչպես են գործերը հիմա։\n"
        "Այն ժամանակ Դուք նշեցիք՝ «{concern}»։ Արդյո՞ք ինչ-որ բան փոխվել է։\n\n"
        "Կարող եք պատասխանել այս նամակին Ձեզ հարմար ժամանակ։\n\n"
        "Հարգանքով՝\n{owner_name}",
    ),
    "birthday": Template(
        "Շնորհավոր ծննդյան օրը, {first_name}",
        "Հարգելի {first_name},\n\n"
        "Սրտանց շնորհավորում եմ Ձեր ծննդյան օրվա կապակցությամբ։ Մաղթում եմ Ձեզ հիանալի "
        "օր և առողջ ու երջանիկ տարի։\n\n"
        "Ջերմ ողջույններով՝\n{owner_name}",
    ),
    "thank_you": Template(
        "Շնորհակալություն Ձեր գնման համար",
        "Հարգելի {first_name},\n\n"
        "Շնորհակալություն Ձեր գնման և վստահության համար։ "
        "Հարցեր ունենալու դեպքում միշտ պատրաստ եմ օգնել։\n"
        "Ջերմ ողջույններ Ձեր գործընկերներին ({organization})։\n\n"
        "Հարգանքով՝\n{owner_name}",
    ),
    "recontact": Template(
        "Վաղուց չենք խոսել",
        "Հարգելի {first_name},\n\n"
        "Որոշ ժամանակ առաջ Դուք ասացիք, որ այն ժամանակ դա Ձեզ համար չէր, և որ կարող եմ "
        "ավելի ուշ կրկին կապվել Ձեզ հետ։ Հուսով եմ՝ ամեն ինչ լավ է։\n"
        "Այն ժամանակ Դուք նշեցիք՝ «{concern}»։ Սիրով կպատմեմ, թե ինչ է փոխվել այդ ընթացքում։\n\n"
        "Կունենա՞ք մի քանի րոպե կարճ զանգի համար։\n\n"
        "Հարգանքով՝\n{owner_name}",
    ),
}

DEFAULT_TEMPLATES: dict[str, dict[str, Template]] = {"en": _EN, "nl": _NL, "hy": _HY}


class UnknownTemplateError(DomainError):
    def __init__(self, language: str, moment: str) -> None:
        super().__init__(f"there is no message template {moment!r} in {language!r}")


class DoNotContactError(DomainError):
    """They asked not to be contacted: no message is written to them."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} asked not to be contacted")


@dataclass(frozen=True)
class Message:
    """A filled-in message for one contact, ready for the mail client."""

    contact_id: int
    to: str  # the first e-mail address ("" when there is none: the owner fills it in)
    subject: str
    body: str

    def mailto_url(self) -> str:
        return mailto_url(self.to, self.subject, self.body)

    def as_text(self) -> str:
        """Subject and body, for the clipboard."""
        return f"{self.subject}\n\n{self.body}" if self.subject else self.body


_FIELD = re.compile(r"\{(\w+)\}")


def fill(text: str, values: dict[str, str]) -> str:
    """``text`` with each ``{field}`` replaced by its value. A line using a field that has
    no value is left out (a missing concern drops its sentence rather than leaving
    "You mentioned: “”"), so no placeholder and no broken sentence remain; an unknown
    ``{name}`` counts as a field without value."""
    lines = []
    for line in text.split("\n"):
        names = _FIELD.findall(line)
        if any(not values.get(name, "").strip() for name in names):
            continue
        lines.append(_FIELD.sub(lambda match: values[match.group(1)].strip(), line))
    # A dropped line may leave two blank lines in a row (or one at either end).
    result = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return result.strip("\n")


def mailto_url(to: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068) every mail client fills a new message from: each part
    percent-encoded as UTF-8, line breaks as CRLF (``%0D%0A``)."""
    parts = []
    if subject:
        parts.append("subject=" + quote(subject, safe=""))
    if body:
        crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
        parts.append("body=" + quote(crlf, safe=""))
    address = quote(to.strip(), safe="@")
    return f"mailto:{address}" + ("?" + "&".join(parts) if parts else "")


def resolve_language(language: str) -> str:
    """One of the shipped languages: ``nl_BE`` reads as ``nl``; anything else as English."""
    code = language.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


class Messages:
    """Templates (shipped and edited), filling them in for a contact, and logging a sent
    message as a conversation."""

    def __init__(self, clock: Clock, settings: Settings) -> None:
        self.clock = clock
        self.settings = settings

    # -- templates -------------------------------------------------------------------------

    def _edited(self) -> dict[str, dict[str, dict[str, str]]]:
        stored = self.settings.get(TEMPLATES)
        return stored if isinstance(stored, dict) else {}

    def template(self, language: str, moment: str) -> Template:
        """The owner's version of a template, else the shipped one."""
        language = resolve_language(language)
        if moment not in MOMENTS:
            raise UnknownTemplateError(language, moment)
        edited = self._edited().get(language, {}).get(moment)
        if isinstance(edited, dict):
            return Template(str(edited.get("subject", "")), str(edited.get("body", "")))
        return DEFAULT_TEMPLATES[language][moment]

    def is_edited(self, language: str, moment: str) -> bool:
        return moment in self._edited().get(resolve_language(language), {})

    def save_template(
        self, language: str, moment: str, template: Template, *, owner_name: str | None = None
    ) -> Changes:
        """Keep the owner's wording (the shipped one again: the edit is forgotten), and the
        name messages are signed with when given, in one transaction."""
        language = resolve_language(language)
        if moment not in MOMENTS:
            raise UnknownTemplateError(language, moment)
        with database.atomic():
            edited = self._edited()
            per_language = dict(edited.get(language, {}))
            if template == DEFAULT_TEMPLATES[language][moment]:
                per_language.pop(moment, None)
            else:
                per_language[moment] = {"subject": template.subject, "body": template.body}
            edited = {**edited, language: per_language}
            self.settings.set(TEMPLATES, {k: v for k, v in edited.items() if v})
            if owner_name is not None:
                self.settings.set(OWNER_NAME, owner_name.strip())
        return Changes(settings=True)

    def reset_template(self, language: str, moment: str) -> Changes:
        return self.save_template(
            language, moment, DEFAULT_TEMPLATES[resolve_language(language)][moment]
        )

    def owner_name(self) -> str:
        return str(self.settings.get(OWNER_NAME) or "")

    def set_owner_name(self, name: str) -> Changes:
        return self.settings.set(OWNER_NAME, name.strip())

    # -- one contact -----------------------------------------------------------------------

    def merge_fields(self, contact_id: int) -> dict[str, str]:
        """The values of the merge fields for one contact. ``first_name`` falls back to the
        name on the card when no given name is known; ``concern`` is the newest open
        concern of the latest conversation that raised one."""
        contact = Contact.get_or_none(Contact.id == contact_id, Contact.deleted_at.is_null())
        if contact is None:
            raise ContactNotFoundError(contact_id)
        concern = (
            Concern.select(Concern.text)
            .join(Interaction)
            .where(Interaction.contact == contact_id, Concern.addressed == False)  # noqa: E712
            .order_by(Interaction.occurred_at.desc(), Concern.id.desc())
            .scalar()
        )
        first = contact.given_name.strip() or derive_display_name(
            contact.display_name_override, "", contact.family_name, contact.organization
        )
        return {
            "first_name": first,
            "organization": contact.organization.strip(),
            "concern": str(concern or "").strip(),
            "owner_name": self.owner_name(),
        }

    def suggested_moment(self, contact_id: int) -> str:
        """The moment the contact is at, offered first: a birthday within the coming week,
        else what their latest presentation ended in (a sale: thanks; not ready: a
        check-in; a no: the recontact), else the follow-up after a presentation."""
        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            raise ContactNotFoundError(contact_id)
        today = self.clock.now().date()
        if contact.birthday_month and contact.birthday_day:
            try:
                birthday = Birthday(contact.birthday_month, contact.birthday_day)
            except ValueError:
                birthday = None
            if birthday and birthday.next_occurrence(today) <= today + timedelta(days=7):
                return "birthday"
        outcome = (
            Presentation.select(Presentation.outcome)
            .where(Presentation.contact == contact_id)
            .order_by(Presentation.presented_at.desc(), Presentation.id.desc())
            .scalar()
        )
        return {"sale": "thank_you", "not_ready": "not_ready", "no": "recontact"}.get(
            str(outcome), "follow_up"
        )

    def compose(self, contact_id: int, language: str, moment: str) -> Message:
        """The template for ``moment`` in ``language`` filled in for the contact. Refused for
        someone who asked not to be contacted."""
        contact = Contact.get_or_none(Contact.id == contact_id, Contact.deleted_at.is_null())
        if contact is None:
            raise ContactNotFoundError(contact_id)
        if contact.do_not_contact_at is not None:
            raise DoNotContactError(contact.display_name)
        template = self.template(language, moment)
        values = self.merge_fields(contact_id)
        email = (
            ContactEmail.select(ContactEmail.value)
            .where(ContactEmail.contact == contact_id)
            .order_by(ContactEmail.position, ContactEmail.id)
            .scalar()
        )
        return Message(
            contact_id=contact_id,
            to=str(email or ""),
            subject=" ".join(fill(template.subject, values).split()),
            body=fill(template.body, values),
        )

    def log_sent(self, contact_id: int, subject: str, body: str = "") -> Changes:
        """The message handed to the mail client, kept as an e-mail conversation (its
        subject the summary, or the body's first line when it has none)."""
        summary = subject.strip() or next((ln for ln in body.splitlines() if ln.strip()), "")
        with database.atomic():
            stage_id = Contact.get_by_id(contact_id).stage_id
            log_conversation(
                contact_id, occurred_at=self.clock.now(), kind="email", summary=summary
            )
        return Changes(stages={stage_id}, contacts={contact_id})
