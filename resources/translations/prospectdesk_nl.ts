<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../prospectdesk/ui/session.py" line="67"/>
        <source>ProspectDesk is already open</source>
        <translation>ProspectDesk is al geopend</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/session.py" line="68"/>
        <source>Another ProspectDesk is working with these contacts right now (perhaps an import on the command line). Close it, then start ProspectDesk again.</source>
        <translation>Een andere ProspectDesk werkt op dit moment met deze contacten (misschien een import via de opdrachtregel). Sluit die af en start ProspectDesk daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../prospectdesk/ui/controller.py" line="150"/>
        <source>Your contacts are open read-only: changes are not possible. File ▸ Export works.</source>
        <translation>Uw contacten zijn alleen-lezen geopend: wijzigingen zijn niet mogelijk. Bestand ▸ Exporteren werkt wel.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/controller.py" line="155"/>
        <source>This contact was deleted meanwhile.</source>
        <translation>Dit contact is intussen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/controller.py" line="156"/>
        <source>That could not be done: %1</source>
        <translation>Dat lukte niet: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="37"/>
        <source>Daily (at start)</source>
        <translation>Dagelijks (bij het starten)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="38"/>
        <source>Backed up by you</source>
        <translation>Door u gemaakt</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="39"/>
        <source>Before an update of the data format</source>
        <translation>Vóór een update van het gegevensformaat</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="42"/>
        <source>Before an import</source>
        <translation>Vóór een import</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="43"/>
        <source>Before a restore</source>
        <translation>Vóór het terugzetten van een back-up</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="54"/>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="72"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="77"/>
        <source>ProspectDesk backs up your contacts every day at start, before every import and before every update of the data format. Backups are kept in:
%1</source>
        <translation>ProspectDesk maakt elke dag bij het starten een back-up van je contacten, en ook vóór elke import en vóór elke update van het gegevensformaat. De back-ups staan in:
%1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="88"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="88"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="88"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="92"/>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="133"/>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="171"/>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="182"/>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="94"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="142"/>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="160"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit back-up</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="144"/>
        <source>Replace all your contacts with the backup from %1 (%2 contacts)?

Your contacts as they are now are backed up first, so this can be undone by restoring that backup.</source>
        <translation>Al je contacten vervangen door de back-up van %1 (%2 contacten)?

Eerst wordt een back-up gemaakt van je contacten zoals ze nu zijn, dus je kunt dit terugdraaien door die back-up terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="173"/>
        <source>Restore from backup…</source>
        <translation>Back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="186"/>
        <source>Backed up %1 contacts.</source>
        <translation>Back-up van %1 contacten gemaakt.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="207"/>
        <source>Your contact database could not be read correctly: part of the file is damaged (this can happen after a disk problem or a power cut).

ProspectDesk has not changed the damaged file.</source>
        <translation>Uw contactendatabase kon niet goed worden gelezen: een deel van het bestand is beschadigd (dat kan gebeuren na een schijfprobleem of een stroomstoring).

ProspectDesk heeft het beschadigde bestand niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="217"/>
        <source>No usable backup was found. The damaged file is here:
%1

Keep it: a specialist may be able to recover it.</source>
        <translation>Er is geen bruikbare back-up gevonden. Het beschadigde bestand staat hier:
%1

Bewaar het: een specialist kan het misschien herstellen.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="226"/>
        <source>The newest good backup is from %1 and holds %2 contacts. Restore it? Changes made after that backup are not in it. The damaged file is kept aside in the data folder.</source>
        <translation>De nieuwste goede back-up is van %1 en bevat %2 contacten. Deze terugzetten? Wijzigingen van na die back-up staan er niet in. Het beschadigde bestand wordt apart bewaard in de gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="244"/>
        <source>Contact database damaged</source>
        <translation>Contactendatabase beschadigd</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="250"/>
        <source>Restore the backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="255"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="100"/>
        <source>no birthday</source>
        <translation>geen verjaardag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="111"/>
        <source>year unknown</source>
        <translation>jaar onbekend</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="116"/>
        <source>Day of birth</source>
        <translation>Geboortedag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="117"/>
        <source>Month of birth</source>
        <translation>Geboortemaand</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="118"/>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="377"/>
        <source>Matches out of sight: %1</source>
        <translation>Treffers buiten beeld: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="461"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="463"/>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="470"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="472"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="477"/>
        <source>Add tag…</source>
        <translation>Label toevoegen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="479"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="487"/>
        <source>Add tag</source>
        <translation>Label toevoegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="487"/>
        <source>Tag for %n contact(s):</source>
        <translation>
            <numerusform>Label voor %n contact:</numerusform>
            <numerusform>Label voor %n contacten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="498"/>
        <source>Delete contacts</source>
        <translation>Contacten verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="500"/>
        <source>Delete %n contact(s)? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>%n contact verwijderen? Je kunt dit terugdraaien met Bewerken ▸ Ongedaan maken.</numerusform>
            <numerusform>%n contacten verwijderen? Je kunt dit terugdraaien met Bewerken ▸ Ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="511"/>
        <source>Show only the header</source>
        <translation>Alleen de kop tonen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="515"/>
        <source>Rename stage…</source>
        <translation>Fase hernoemen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="518"/>
        <source>Add a stage after this one…</source>
        <translation>Fase toevoegen na deze…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="521"/>
        <source>Remove stage…</source>
        <translation>Fase verwijderen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="528"/>
        <source>Rename stage</source>
        <translation>Fase hernoemen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="528"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="536"/>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="536"/>
        <source>Name of the new stage:</source>
        <translation>Naam van de nieuwe fase:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="553"/>
        <source>Remove stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="554"/>
        <source>Move the people in “%1” to:</source>
        <translation>Verplaats de mensen in “%1” naar:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/controller.py" line="148"/>
        <source>Move its people elsewhere first.</source>
        <translation>Verplaats eerst de mensen in deze fase.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../prospectdesk/domain/io/ics_write.py" line="34"/>
        <source>ProspectDesk: birthdays and follow-ups</source>
        <translation>ProspectDesk: verjaardagen en opvolgingen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/io/ics_write.py" line="36"/>
        <source>Birthday: {name}</source>
        <translation>Verjaardag: {name}</translation>
    </message>
</context>
<context>
    <name>CallNoteDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="47"/>
        <source>Call with %1</source>
        <translation>Gesprek met %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="48"/>
        <source>What was said</source>
        <translation>Wat er gezegd is</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="113"/>
        <source>Overdue follow-up, due %1</source>
        <translation>Achterstallige opvolging, gepland %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="114"/>
        <source>Follow-up due today, %1</source>
        <translation>Opvolging vandaag, %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="115"/>
        <source>May be contacted again since %1</source>
        <translation>Mag weer benaderd worden sinds %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="118"/>
        <source>Due to reorder since %1 (their usual interval has passed)</source>
        <translation>Toe aan een nieuwe bestelling sinds %1 (de gebruikelijke tussentijd is voorbij)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="121"/>
        <source>Presentation waiting for a close since %1</source>
        <translation>Presentatie wacht op een besluit sinds %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="124"/>
        <source>Gone quiet: no conversation since %1</source>
        <translation>Stil geworden: geen gesprek sinds %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="127"/>
        <source>Lead to qualify, in since %1</source>
        <translation>Lead om te kwalificeren, binnen sinds %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="175"/>
        <source>Whom to call now</source>
        <translation>Wie nu te bellen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="190"/>
        <source>Before the call</source>
        <translation>Voor het gesprek</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="197"/>
        <source>Reached…</source>
        <translation>Bereikt…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="198"/>
        <source>No answer</source>
        <translation>Geen gehoor</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="199"/>
        <source>Left a message</source>
        <translation>Bericht ingesproken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="200"/>
        <source>Wrong number</source>
        <translation>Verkeerd nummer</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="201"/>
        <source>Not interested</source>
        <translation>Geen interesse</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="214"/>
        <source>Key: %1</source>
        <translation>Toets: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="242"/>
        <location filename="../../prospectdesk/ui/calls_view.py" line="106"/>
        <source>Calls to contact now</source>
        <translation>Bellen: nu te benaderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="138"/>
        <source>Calls: %1 to contact now</source>
        <translation>Bellen: %1 nu te benaderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="156"/>
        <source>Nobody to call now.</source>
        <translation>Niemand om nu te bellen.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="97"/>
        <location filename="../../prospectdesk/ui/calls_view.py" line="162"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="169"/>
        <source>No phone number</source>
        <translation>Geen telefoonnummer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/calls_view.py" line="172"/>
        <source>%n call(s) without an answer in a row</source>
        <translation>
            <numerusform>%n keer achter elkaar geen gehoor</numerusform>
            <numerusform>%n keer achter elkaar geen gehoor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="177"/>
        <source>No conversation yet</source>
        <translation>Nog geen gesprek</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="179"/>
        <source>Last conversation: %1, %2</source>
        <translation>Laatste gesprek: %1, %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="186"/>
        <source>Open concerns</source>
        <translation>Openstaande bezwaren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="189"/>
        <source>Still to ask: %1</source>
        <translation>Nog te vragen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/calls_view.py" line="192"/>
        <source>Bought %n time(s), %1</source>
        <translation>
            <numerusform>%n keer gekocht, %1</numerusform>
            <numerusform>%n keer gekocht, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="196"/>
        <source>No purchases yet</source>
        <translation>Nog geen aankopen</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="152"/>
        <source>next: %1</source>
        <translation>volgende: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/card_paint.py" line="170"/>
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n dag in fase</numerusform>
            <numerusform>%n dagen in fase</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="159"/>
        <source>qualified %1 of %2</source>
        <translation>%1 van %2 criteria</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="147"/>
        <source>do not contact</source>
        <translation>niet benaderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="168"/>
        <source>gone quiet</source>
        <translation>stil geworden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="234"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="262"/>
        <location filename="../../prospectdesk/ui/sync_status.py" line="273"/>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="266"/>
        <source>These were changed on the phone and here since the last sync. The phone&apos;s value was kept; select one to use the value from this computer instead.</source>
        <translation>Deze zijn sinds de vorige synchronisatie zowel op de telefoon als hier gewijzigd. De waarde van de telefoon is bewaard; kies er een om in plaats daarvan de waarde van deze computer te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="274"/>
        <source>Use this computer&apos;s value</source>
        <translation>Waarde van deze computer gebruiken</translation>
    </message>
</context>
<context>
    <name>ContactActivity</name>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="61"/>
        <source>Edit conversation</source>
        <translation>Gesprek bewerken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="63"/>
        <source>Delete conversation</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="76"/>
        <source>What was said</source>
        <translation>Wat er gezegd is</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="81"/>
        <source>Their questions and concerns, one per line</source>
        <translation>Vragen en bezwaren, één per regel</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="85"/>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="260"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="88"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="89"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="90"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="91"/>
        <source>Concerns</source>
        <translation>Bezwaren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="107"/>
        <source>What to do, e.g. call back about the price</source>
        <translation>Wat te doen, bijv. terugbellen over de prijs</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="108"/>
        <source>Add follow-up</source>
        <translation>Follow-up toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="110"/>
        <source>Due</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="111"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="139"/>
        <source>Tick when this concern has been addressed</source>
        <translation>Vink aan als dit bezwaar is weggenomen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="182"/>
        <source>%1: added to %2</source>
        <translation>%1: toegevoegd aan %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="184"/>
        <source>%1: %3 → %2</source>
        <translation>%1: %3 → %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="243"/>
        <source>Save conversation</source>
        <translation>Gesprek opslaan</translation>
    </message>
</context>
<context>
    <name>ContactDetailView</name>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="56"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="57"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="63"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="58"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="64"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="59"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="65"/>
        <source>Stage history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="72"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="75"/>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="99"/>
        <source>No contact selected</source>
        <translation>Geen contact geselecteerd</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="111"/>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="130"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="14"/>
        <source>The e-mail address “%1” has no @.</source>
        <translation>In het e-mailadres “%1” ontbreekt de @.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="18"/>
        <source>“%1” is not a complete e-mail address.</source>
        <translation>“%1” is geen volledig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="22"/>
        <source>“%1” cannot be a phone number.</source>
        <translation>“%1” kan geen telefoonnummer zijn.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="26"/>
        <source>Give a name, an organization, an e-mail address or a phone number.</source>
        <translation>Vul een naam, een organisatie, een e-mailadres of een telefoonnummer in.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="31"/>
        <source>The expected value cannot be negative.</source>
        <translation>De verwachte waarde kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="215"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="217"/>
        <source>This contact has changes that cannot be saved yet:
%1

Discard them?</source>
        <translation>Dit contact heeft wijzigingen die nog niet kunnen worden opgeslagen:
%1

Wijzigingen weggooien?</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="59"/>
        <location filename="../../prospectdesk/ui/contact_form.py" line="109"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="59"/>
        <location filename="../../prospectdesk/ui/contact_form.py" line="60"/>
        <location filename="../../prospectdesk/ui/contact_form.py" line="63"/>
        <source>Label</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="60"/>
        <location filename="../../prospectdesk/ui/contact_form.py" line="115"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="64"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="65"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="66"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="67"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="68"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="75"/>
        <source>comma-separated, e.g. fair 2026, vip</source>
        <translation>gescheiden door komma’s, bijv. beurs 2026, vip</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="79"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="89"/>
        <source>Choose photo…</source>
        <translation>Foto kiezen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="91"/>
        <source>Remove photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="102"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="62"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="103"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="63"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="104"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="64"/>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="105"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="65"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="106"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="66"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="111"/>
        <source>Add an e-mail address</source>
        <translation>E-mailadres toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="112"/>
        <source>Remove the selected e-mail address</source>
        <translation>Het gekozen e-mailadres verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="117"/>
        <source>Add a phone number</source>
        <translation>Telefoonnummer toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="118"/>
        <source>Remove the selected phone number</source>
        <translation>Het gekozen telefoonnummer verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="121"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="123"/>
        <source>Add an address</source>
        <translation>Adres toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="124"/>
        <source>Remove the selected address</source>
        <translation>Het gekozen adres verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="130"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="67"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="132"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="69"/>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="133"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="134"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="70"/>
        <source>Expected value</source>
        <translation>Verwachte waarde</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="135"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="68"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="136"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="187"/>
        <source>home</source>
        <translation>thuis</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="188"/>
        <source>mobile</source>
        <translation>mobiel</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="189"/>
        <source>work</source>
        <translation>werk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="190"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="191"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="257"/>
        <source>no photo</source>
        <translation>geen foto</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="261"/>
        <source>Choose photo</source>
        <translation>Foto kiezen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="261"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="286"/>
        <source>The birthday %1 %2 does not exist.</source>
        <translation>De verjaardag %1 %2 bestaat niet.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="56"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="59"/>
        <source>ProspectDesk ran into a problem it did not expect. Your saved contacts are safe: a change that did not finish was not stored. You can keep working; if it happens again, please send the details below with a bug report.</source>
        <translation>ProspectDesk stuitte op een onverwacht probleem. Je opgeslagen contacten zijn veilig: een wijziging die niet af was, is niet opgeslagen. Je kunt verder werken; gebeurt het opnieuw, stuur dan de details hieronder mee met een foutmelding.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="66"/>
        <source>The details are also in the log file %1</source>
        <translation>De details staan ook in het logbestand %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="78"/>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="152"/>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="28"/>
        <source>Qualification criteria</source>
        <translation>Kwalificatiecriteria</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="34"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="36"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="38"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="40"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="54"/>
        <source>A lead becomes a prospect when every criterion is met. Double-click to rename.</source>
        <translation>Een lead wordt een prospect als aan alle criteria is voldaan. Dubbelklik om te hernoemen.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="81"/>
        <source>New criterion</source>
        <translation>Nieuw criterium</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="26"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="27"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="28"/>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="29"/>
        <source>Follow up later</source>
        <translation>Later opvolgen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="30"/>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="31"/>
        <source>Repeat buyer</source>
        <translation>Vaste klant</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="32"/>
        <source>Not now (kept on the list)</source>
        <translation>Nu even niet (blijft op de lijst)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="36"/>
        <source>Bought list</source>
        <translation>Gekochte lijst</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="37"/>
        <source>Phone book</source>
        <translation>Telefoonboek</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="38"/>
        <source>Internet search</source>
        <translation>Zoeken op internet</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="39"/>
        <source>Met in person</source>
        <translation>Persoonlijk ontmoet</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="40"/>
        <source>Referral</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="41"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="42"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="47"/>
        <source>Fits my target market</source>
        <translation>Past bij mijn doelgroep</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="48"/>
        <source>Has the money to buy</source>
        <translation>Heeft het geld om te kopen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="49"/>
        <source>Has the authority to decide</source>
        <translation>Mag zelf beslissen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="54"/>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="55"/>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="56"/>
        <source>No need</source>
        <translation>Geen behoefte</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="57"/>
        <source>Chose another</source>
        <translation>Koos een ander</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="58"/>
        <source>No authority to decide</source>
        <translation>Mag niet beslissen</translation>
    </message>
</context>
<context>
    <name>DeletedContactsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="33"/>
        <source>Deleted contacts</source>
        <translation>Verwijderde contacten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="37"/>
        <source>Deleted contacts are kept until every backup is newer than the deletion (a few weeks). Select people to bring them back.</source>
        <translation>Verwijderde contacten worden bewaard tot alle back-ups nieuwer zijn dan de verwijdering (een paar weken). Selecteer mensen om ze terug te halen.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="46"/>
        <source>Bring back</source>
        <translation>Terughalen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="63"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="68"/>
        <source>%1 (deleted %2)</source>
        <translation>%1 (verwijderd op %2)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="89"/>
        <source>Deleted contacts…</source>
        <translation>Verwijderde contacten…</translation>
    </message>
</context>
<context>
    <name>DuplicateCount</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="230"/>
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n mogelijk dubbel contact</numerusform>
            <numerusform>%n mogelijk dubbele contacten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="231"/>
        <source>Edit ▸ Find duplicates…</source>
        <translation>Bewerken ▸ Dubbele contacten zoeken…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="39"/>
        <source>same e-mail</source>
        <translation>zelfde e-mailadres</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="40"/>
        <source>same phone</source>
        <translation>zelfde telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="41"/>
        <source>same name and organization</source>
        <translation>zelfde naam en organisatie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="44"/>
        <source>same name</source>
        <translation>zelfde naam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="45"/>
        <source>name written in another order</source>
        <translation>naam in een andere volgorde</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="48"/>
        <source>name differs only in accents</source>
        <translation>naam verschilt alleen in accenten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="49"/>
        <source>a nickname of the same name</source>
        <translation>een roepnaam van dezelfde naam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="50"/>
        <source>names differ by a typo</source>
        <translation>namen verschillen door een tikfout</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="51"/>
        <source>different names</source>
        <translation>verschillende namen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="52"/>
        <source>name written in another script</source>
        <translation>naam in een ander schrift geschreven</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="120"/>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbele contacten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="126"/>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="128"/>
        <source>Not a duplicate</source>
        <translation>Geen dubbel contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="147"/>
        <source>%1 / %2: %3 (%4%)</source>
        <translation>%1 / %2: %3 (%4%)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="239"/>
        <source>Find duplicates…</source>
        <translation>Dubbele contacten zoeken…</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="47"/>
        <source>No contacts yet. Start with your first lead: add one by hand, import the contacts you already have (vCard or CSV, from Google, Outlook, your phone…) or connect your phone&apos;s address book. Help ▸ The sales process explains the steps; Help ▸ Try a sample workspace… shows the app on invented people, without touching your data.</source>
        <translation>Nog geen contacten. Begin met je eerste lead: voeg er zelf een toe, importeer de contacten die je al hebt (vCard of CSV, uit Google, Outlook, je telefoon…) of koppel het adresboek van je telefoon. Help ▸ Het verkoopproces legt de stappen uit; Help ▸ Probeer een voorbeeldwerkruimte… laat de app zien met verzonnen mensen, zonder je eigen gegevens aan te raken.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="56"/>
        <source>Add a lead</source>
        <translation>Lead toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="62"/>
        <source>Import a file…</source>
        <translation>Bestand importeren…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="72"/>
        <source>Connect a phone…</source>
        <translation>Telefoon koppelen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="192"/>
        <source>ProspectDesk: sample workspace (invented people, not your data)</source>
        <translation>ProspectDesk: voorbeeldwerkruimte (verzonnen mensen, niet je eigen gegevens)</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../../prospectdesk/ui/forecast_panel.py" line="37"/>
        <source>Expected from repeat buyers: %1 in the next 30 days, %2 in the next 90 days</source>
        <translation>Verwacht van vaste klanten: %1 in de komende 30 dagen, %2 in de komende 90 dagen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/forecast_panel.py" line="43"/>
        <source>Open pipeline weighted by these rates: %1 (of %2 expected)</source>
        <translation>Open pijplijn gewogen naar deze percentages: %1 (van %2 verwacht)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/forecast_panel.py" line="49"/>
        <source>Each open contact&apos;s expected value times the share of their stage that went on to become a customer. Stages nobody entered in this period count for nothing.</source>
        <translation>De verwachte waarde van elk open contact maal het deel van hun fase dat klant werd. Fasen waar in deze periode niemand in kwam, tellen niet mee.</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/funnel_view.py" line="66"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="70"/>
        <source>median: no stays ended yet</source>
        <translation>mediaan: nog niemand doorgeschoven</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="71"/>
        <source>median %1 days</source>
        <translation>mediaan %1 dagen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="78"/>
        <source>no one entered in this period</source>
        <translation>niemand binnengekomen in deze periode</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="80"/>
        <source>%1 % went on (%2 of %3)</source>
        <translation>%1 % ging verder (%2 van %3)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="107"/>
        <source>No stages</source>
        <translation>Geen fasen</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="199"/>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="200"/>
        <source>Last 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="201"/>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="202"/>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="203"/>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="211"/>
        <source>Bars: people in each stage at the end of the period. Arrows: of those who entered a stage in the period, the share that went further. Follow up later and Not now are side exits.</source>
        <translation>Balken: mensen per fase aan het eind van de periode. Pijlen: van wie in de periode een fase binnenkwam, het deel dat verder ging. Later opvolgen en Nu even niet zijn zijuitgangen.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="219"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="32"/>
        <source>Not qualified yet</source>
        <translation>Nog niet gekwalificeerd</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="34"/>
        <source>%1: not yet known or not met: %2</source>
        <translation>%1: nog onbekend of niet voldaan: %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="43"/>
        <source>e.g. met at the fair, buys for the whole team</source>
        <translation>bijv. ontmoet op de beurs, koopt voor het hele team</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="44"/>
        <source>Reason to move anyway</source>
        <translation>Reden om toch te verplaatsen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="50"/>
        <source>Qualify…</source>
        <translation>Kwalificeren…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="55"/>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="41"/>
        <source>vCard 3.0, one file per contact, for Outlook (*.vcf)</source>
        <translation>vCard 3.0, één bestand per contact, voor Outlook (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="57"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="61"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="71"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="273"/>
        <source>Import contacts</source>
        <translation>Contacten importeren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="73"/>
        <source>Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Contactbestanden (*.vcf *.vcard *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="98"/>
        <source>Export contacts</source>
        <translation>Contacten exporteren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="120"/>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 contacten geëxporteerd naar %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="126"/>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="309"/>
        <source>Lead source:</source>
        <translation>Leadbron:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="314"/>
        <source>Stage for new contacts:</source>
        <translation>Fase voor nieuwe contacten:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="327"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="328"/>
        <source>New contacts</source>
        <translation>Nieuwe contacten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="198"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="340"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="77"/>
        <source>Keep in notes</source>
        <translation>In notities bewaren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="78"/>
        <source>Do not import</source>
        <translation>Niet importeren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="79"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="80"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="223"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="81"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="224"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="82"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="154"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="83"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="84"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="155"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="85"/>
        <source>E-mail (second)</source>
        <translation>E-mail (tweede)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="86"/>
        <source>Phone (mobile)</source>
        <translation>Telefoon (mobiel)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="87"/>
        <source>Phone (home)</source>
        <translation>Telefoon (thuis)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="88"/>
        <source>Phone (work)</source>
        <translation>Telefoon (werk)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="89"/>
        <source>Phone (other)</source>
        <translation>Telefoon (overig)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="90"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="157"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="222"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="91"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="92"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="95"/>
        <source>Address: street</source>
        <translation>Adres: straat</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="96"/>
        <source>Address: street (line 2)</source>
        <translation>Adres: straat (regel 2)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="97"/>
        <source>Address: street (line 3)</source>
        <translation>Adres: straat (regel 3)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="98"/>
        <source>Address: city</source>
        <translation>Adres: plaats</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="99"/>
        <source>Address: region</source>
        <translation>Adres: provincie/regio</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="100"/>
        <source>Address: postal code</source>
        <translation>Adres: postcode</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="101"/>
        <source>Address: country</source>
        <translation>Adres: land</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="153"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="156"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="158"/>
        <source>File:line</source>
        <translation>Bestand:regel</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="159"/>
        <source>Same as</source>
        <translation>Zelfde als</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="160"/>
        <source>Differs</source>
        <translation>Verschilt</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="161"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="187"/>
        <source>another record in this import</source>
        <translation>een ander record in deze import</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="192"/>
        <source>Possibly %1</source>
        <translation>Mogelijk %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="199"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="341"/>
        <source>Keep both</source>
        <translation>Beide bewaren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="200"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="342"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="225"/>
        <source>Label of %1</source>
        <translation>Label van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="233"/>
        <source>%1: %2 / %3 (taken)</source>
        <translation>%1: %2 / %3 (overgenomen)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="235"/>
        <source>%1: %2 (kept) / %3</source>
        <translation>%1: %2 (bewaard) / %3</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="317"/>
        <source>unknown: kept as written (see Settings)</source>
        <translation>onbekend: nummers blijven zoals ze geschreven zijn (zie Instellingen)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="320"/>
        <source>Country of phone numbers without a country code:</source>
        <translation>Land van telefoonnummers zonder landcode:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="346"/>
        <source>Apply to the selected rows (all rows if none selected)</source>
        <translation>Toepassen op de geselecteerde rijen (alle rijen als er niets geselecteerd is)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="351"/>
        <source>Keep stored values</source>
        <translation>Opgeslagen waarden bewaren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="353"/>
        <source>Use imported values</source>
        <translation>Geïmporteerde waarden gebruiken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="358"/>
        <source>Where a merge would replace a birthday, name or phone label: keep the stored one (the other goes into the notes) or use the imported one</source>
        <translation>Waar samenvoegen een verjaardag, naam of telefoonlabel zou vervangen: de opgeslagen waarde bewaren (de andere komt in de notities) of de geïmporteerde gebruiken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="335"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="366"/>
        <source>Duplicates</source>
        <translation>Dubbele</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="370"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="371"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="389"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="416"/>
        <source>Reading…</source>
        <translation>Bezig met lezen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="433"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="444"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="439"/>
        <source>The files could not be read: %1</source>
        <translation>De bestanden konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="446"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="446"/>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="446"/>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="533"/>
        <source>Duplicates (%1)</source>
        <translation>Dubbele (%1)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="536"/>
        <source>Problems (%1)</source>
        <translation>Problemen (%1)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="548"/>
        <source>%1 records read: %2 new, %3 to merge, %4 kept apart, %5 skipped, %6 rejected.</source>
        <translation>%1 records gelezen: %2 nieuw, %3 samen te voegen, %4 apart gehouden, %5 overgeslagen, %6 geweigerd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/import_dialog.py" line="559"/>
        <source>%n of the duplicates may be someone else (only the name is the same, or an e-mail or phone under another name): they are kept as new contacts unless you choose Merge.</source>
        <translation>
            <numerusform>%n van de dubbele records is misschien iemand anders (alleen de naam is gelijk, of een e-mailadres of telefoonnummer staat onder een andere naam): het wordt als nieuw contact bewaard tenzij u Samenvoegen kiest.</numerusform>
            <numerusform>%n van de dubbele records zijn misschien iemand anders (alleen de naam is gelijk, of een e-mailadres of telefoonnummer staat onder een andere naam): ze worden als nieuwe contacten bewaard tenzij u Samenvoegen kiest.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="656"/>
        <source>%1 records read: imported %2 new contacts, merged %3, %4 unchanged, %5 kept apart, %6 skipped, %7 rejected. Edit ▸ Undo takes it back.</source>
        <translation>%1 records gelezen: %2 nieuwe contacten geïmporteerd, %3 samengevoegd, %4 ongewijzigd, %5 apart gehouden, %6 overgeslagen, %7 geweigerd. Bewerken ▸ Ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="598"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="629"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="632"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Het importeren is mislukt en er is niets veranderd: %1</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="51"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="52"/>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="53"/>
        <source>Created</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="54"/>
        <source>Merged</source>
        <translation>Samengevoegd</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="55"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="56"/>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="116"/>
        <source>Import history</source>
        <translation>Importgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="120"/>
        <source>Undo takes an import back: its new contacts are removed and the contacts it merged into get their earlier details back. Contacts changed since the import are kept as they are.</source>
        <translation>Ongedaan maken draait een import terug: de nieuwe contacten ervan worden verwijderd en de contacten waarmee hij samenvoegde krijgen hun eerdere gegevens terug. Contacten die sinds de import gewijzigd zijn, blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="139"/>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="181"/>
        <source>Undo the import of %1 from %2?</source>
        <translation>De import van %1 van %2 ongedaan maken?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="191"/>
        <source>%n contact(s) changed since the import will be kept as they are: %1</source>
        <translation>
            <numerusform>%n contact dat sinds de import gewijzigd is, blijft zoals het is: %1</numerusform>
            <numerusform>%n contacten die sinds de import gewijzigd zijn, blijven zoals ze zijn: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="211"/>
        <source>This import was undone already; nothing was changed.</source>
        <translation>Deze import is al ongedaan gemaakt; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="229"/>
        <source>Import history…</source>
        <translation>Importgeschiedenis…</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="302"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="303"/>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="304"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="305"/>
        <source>Online form</source>
        <translation>Onlineformulier</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="306"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="307"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="67"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="71"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="76"/>
        <source>ProspectDesk will use the new language the next time it starts.</source>
        <translation>ProspectDesk gebruikt de nieuwe taal vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="32"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="36"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="56"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="57"/>
        <source>ProspectDesk will use the new language the next time it starts.</source>
        <translation>ProspectDesk gebruikt de nieuwe taal vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>LossReasonsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/loss_reasons_dialog.py" line="30"/>
        <location filename="../../prospectdesk/ui/loss_reasons_dialog.py" line="35"/>
        <source>Reasons for “no”</source>
        <translation>Redenen voor „nee”</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/loss_reasons_dialog.py" line="31"/>
        <source>The reasons a “no” close offers, one a line:</source>
        <translation>De redenen die een „nee” aanbiedt, één per regel:</translation>
    </message>
</context>
<context>
    <name>LossesTable</name>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="27"/>
        <source>Said no, by lead source and reason</source>
        <translation>Zeiden nee, per bron en reden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="29"/>
        <source>Said no, by reason</source>
        <translation>Zeiden nee, per reden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="32"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="32"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="34"/>
        <source>Lead source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="59"/>
        <source>(no reason given)</source>
        <translation>(geen reden opgegeven)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="63"/>
        <source>(no source)</source>
        <translation>(geen bron)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="53"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="331"/>
        <source>ProspectDesk</source>
        <translation>ProspectDesk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_screen.py" line="92"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="121"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="124"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="204"/>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="77"/>
        <source>Search names, organizations, e-mail, phones, tags, notes…</source>
        <translation>Zoek in namen, organisaties, e-mail, telefoonnummers, labels, notities…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="81"/>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="144"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="90"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="91"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="92"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="93"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="94"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="98"/>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="183"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="187"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="194"/>
        <source>Delete selected contacts…</source>
        <translation>Geselecteerde contacten verwijderen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="201"/>
        <source>Tag selected contacts…</source>
        <translation>Geselecteerde contacten labelen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="80"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="202"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="209"/>
        <source>Next contact</source>
        <translation>Volgend contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="211"/>
        <source>Previous contact</source>
        <translation>Vorig contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="216"/>
        <source>Move selected to next stage</source>
        <translation>Selectie naar volgende fase</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="217"/>
        <source>Move selected to previous stage</source>
        <translation>Selectie naar vorige fase</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="218"/>
        <source>Move selected up</source>
        <translation>Selectie omhoog</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="219"/>
        <source>Move selected down</source>
        <translation>Selectie omlaag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="226"/>
        <source>Add stage…</source>
        <translation>Fase toevoegen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="227"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="299"/>
        <source>About ProspectDesk</source>
        <translation>Over ProspectDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/main_window.py" line="266"/>
        <source>Deleted %n contact(s). Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%n contact verwijderd. Met Bewerken ▸ Ongedaan maken komt het terug.</numerusform>
            <numerusform>%n contacten verwijderd. Met Bewerken ▸ Ongedaan maken komen ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="294"/>
        <source>(in memory)</source>
        <translation>(in het geheugen)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="301"/>
        <source>ProspectDesk %1

A prospect tracker for people who run a business from home.

Data folder: %2</source>
        <translation>ProspectDesk %1

Houd je leads en prospects bij als je vanuit huis een bedrijf runt.

Gegevensmap: %2</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="83"/>
        <source>Merge contacts</source>
        <translation>Contacten samenvoegen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="47"/>
        <source>Follow-up after a presentation</source>
        <translation>Opvolging na een presentatie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="48"/>
        <source>Check-in after “not ready”</source>
        <translation>Navraag na „nog niet klaar”</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="49"/>
        <source>Birthday greeting</source>
        <translation>Verjaardagsgroet</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="50"/>
        <source>Thank you after a sale</source>
        <translation>Bedankje na een verkoop</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="51"/>
        <source>Recontact after a “no”</source>
        <translation>Opnieuw contact na een „nee”</translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="53"/>
        <source>Follow-up done: what next?</source>
        <translation>Follow-up gedaan: wat nu?</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="55"/>
        <source>Schedule the next follow-up</source>
        <translation>Volgende follow-up plannen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="56"/>
        <source>No next step for now</source>
        <translation>Voorlopig geen volgende stap</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="65"/>
        <source>What to do, e.g. send the price list</source>
        <translation>Wat te doen, bijv. de prijslijst sturen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="75"/>
        <source>Due</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="76"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="50"/>
        <source>Presentation to %1</source>
        <translation>Presentatie voor %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="50"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="58"/>
        <source>what you offered</source>
        <translation>wat je aangeboden hebt</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="60"/>
        <source>what you asked them to do</source>
        <translation>wat je ze gevraagd hebt te doen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="81"/>
        <source>What they bought:</source>
        <translation>Wat ze gekocht hebben:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="82"/>
        <source>Amount:</source>
        <translation>Bedrag:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="83"/>
        <source>Date of the sale:</source>
        <translation>Datum van de verkoop:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="87"/>
        <source>Follow up on the presentation</source>
        <translation>Presentatie opvolgen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="90"/>
        <source>Follow up on:</source>
        <translation>Opvolgen op:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="91"/>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="124"/>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="95"/>
        <source>Yes, they agreed to stay on the list</source>
        <translation>Ja, ze blijven op de lijst</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="96"/>
        <source>No, they did not (mark them “do not contact”)</source>
        <translation>Nee, dat wilden ze niet (markeer ze als “niet benaderen”)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="99"/>
        <source>Contact them again on:</source>
        <translation>Opnieuw contact opnemen op:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="101"/>
        <source>Contact again</source>
        <translation>Opnieuw contact opnemen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="117"/>
        <source>price, timing, …</source>
        <translation>prijs, timing, …</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="118"/>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="119"/>
        <source>Why did they say no?</source>
        <translation>Waarom zeiden ze nee?</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="120"/>
        <source>Did they agree to stay on the list?</source>
        <translation>Vinden ze het goed om op de lijst te blijven?</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="136"/>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="138"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="146"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="147"/>
        <source>Offered:</source>
        <translation>Aangeboden:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="148"/>
        <source>Call to action:</source>
        <translation>Oproep tot actie:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="149"/>
        <source>Outcome of the close:</source>
        <translation>Uitkomst van de afsluiting:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="218"/>
        <source>Say what they bought.</source>
        <translation>Vul in wat ze gekocht hebben.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="219"/>
        <source>Enter the amount.</source>
        <translation>Vul het bedrag in.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="220"/>
        <source>Choose when to follow up.</source>
        <translation>Kies wanneer je opvolgt.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="221"/>
        <source>Say whether they agreed to stay on the list.</source>
        <translation>Geef aan of ze op de lijst willen blijven.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="245"/>
        <source>Choose the outcome of the close.</source>
        <translation>Kies de uitkomst van de afsluiting.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="249"/>
        <source>Say why they said no.</source>
        <translation>Zeg waarom ze nee zeiden.</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="38"/>
        <source>Card sent</source>
        <translation>Kaart verstuurd</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="49"/>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="75"/>
        <source>Print envelopes / labels</source>
        <translation>Enveloppen / etiketten afdrukken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="77"/>
        <source>Birthdays in the next days:</source>
        <translation>Verjaardagen in de komende dagen:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="83"/>
        <source>Days ahead</source>
        <translation>Aantal dagen vooruit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/print_dialog.py" line="85"/>
        <source>The chosen contacts (%n)</source>
        <translation>
            <numerusform>Het gekozen contact (%n)</numerusform>
            <numerusform>De gekozen contacten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="97"/>
        <source>Labels: %1</source>
        <translation>Etiketten: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="99"/>
        <source>Envelopes: %1</source>
        <translation>Enveloppen: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="102"/>
        <source>People to print for</source>
        <translation>Mensen voor wie wordt afgedrukt</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="112"/>
        <source>Print on:</source>
        <translation>Afdrukken op:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="114"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="116"/>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/print_dialog.py" line="153"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="156"/>
        <source>Left out, without a postal address: %1</source>
        <translation>Weggelaten, zonder postadres: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="189"/>
        <source>Nothing was printed: %1</source>
        <translation>Er is niets afgedrukt: %1</translation>
    </message>
</context>
<context>
    <name>PrintUi</name>
    <message>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="25"/>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="57"/>
        <source>Print envelopes / labels…</source>
        <translation>Enveloppen / etiketten afdrukken…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="32"/>
        <source>Message templates…</source>
        <translation>Berichtsjablonen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="41"/>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="53"/>
        <source>Send…</source>
        <translation>Versturen…</translation>
    </message>
</context>
<context>
    <name>ProspectDeskApp</name>
    <message>
        <location filename="../../prospectdesk/ui/app.py" line="241"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/app.py" line="276"/>
        <source>ProspectDesk keeps running</source>
        <translation>ProspectDesk blijft actief</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/app.py" line="277"/>
        <source>Reminders still arrive while the window is closed. Quit from the tray icon&apos;s menu; Settings… can change this.</source>
        <translation>Herinneringen komen ook binnen als het venster dicht is. Afsluiten doe je via het menu van het systeemvakpictogram; in Instellingen… kun je dit wijzigen.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/app.py" line="283"/>
        <source>Reminders still arrive while the window is closed. To quit, use Quit on this message, or open ProspectDesk and choose File ▸ Quit; Settings… can change this.</source>
        <translation>Herinneringen komen ook binnen als het venster dicht is. Afsluiten doe je met Afsluiten in deze melding, of open ProspectDesk en kies Bestand ▸ Afsluiten; in Instellingen… kun je dit wijzigen.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="51"/>
        <source>&amp;Step up</source>
        <translation>&amp;Stap omhoog</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="52"/>
        <source>Step &amp;down</source>
        <translation>Stap o&amp;mlaag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="53"/>
        <source>&amp;Select All</source>
        <translation>Alles &amp;selecteren</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="39"/>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="41"/>
        <source>&amp;Paste</source>
        <translation>P&amp;lakken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="42"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="43"/>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="54"/>
        <source>Show Details...</source>
        <translation>Details tonen...</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="55"/>
        <source>Hide Details...</source>
        <translation>Details verbergen...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="18"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="19"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="20"/>
        <source>Save All</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="21"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="22"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="23"/>
        <source>Yes to &amp;All</source>
        <translation>Ja op &amp;alles</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="24"/>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="25"/>
        <source>N&amp;o to All</source>
        <translation>Nee &amp;op alles</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="26"/>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="27"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="28"/>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="29"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="30"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="31"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="32"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="33"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="34"/>
        <source>Reset</source>
        <translation>Opnieuw instellen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="35"/>
        <source>Restore Defaults</source>
        <translation>Standaard herstellen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="44"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="45"/>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="46"/>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>P&amp;lakken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="49"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="50"/>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QualifyDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="63"/>
        <source>Qualify %1</source>
        <translation>%1 kwalificeren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="63"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="74"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="74"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="90"/>
        <source>optional note</source>
        <translation>notitie (optioneel)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="101"/>
        <source>How were the answers gathered?</source>
        <translation>Hoe zijn de antwoorden verzameld?</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="108"/>
        <source>Save answers</source>
        <translation>Antwoorden opslaan</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="110"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="129"/>
        <source>Keep where they are</source>
        <translation>Laten staan</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="172"/>
        <source>All criteria are met.</source>
        <translation>Aan alle criteria is voldaan.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="173"/>
        <source>At least one criterion is not met.</source>
        <translation>Aan minstens één criterium is niet voldaan.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="174"/>
        <source>Not everything is known yet.</source>
        <translation>Nog niet alles is bekend.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="191"/>
        <source>%1 of %2 criteria met.</source>
        <translation>Aan %1 van %2 criteria voldaan.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="199"/>
        <source>The answers are kept with the contact.</source>
        <translation>De antwoorden worden bij het contact bewaard.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="202"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="205"/>
        <source>All criteria are met: move them to “%1”?</source>
        <translation>Aan alle criteria is voldaan: naar “%1” verplaatsen?</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="207"/>
        <source>Not all criteria are met: move them to “%1”? They stay on the list.</source>
        <translation>Niet aan alle criteria is voldaan: naar “%1” verplaatsen? Ze blijven op de lijst.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="210"/>
        <source>Move to %1</source>
        <translation>Verplaatsen naar %1</translation>
    </message>
</context>
<context>
    <name>RegionChooser</name>
    <message>
        <location filename="../../prospectdesk/ui/region.py" line="52"/>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/region.py" line="57"/>
        <source>As the system: %1</source>
        <translation>Zoals het systeem: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/region.py" line="59"/>
        <source>As the system: unknown (numbers are kept as written)</source>
        <translation>Zoals het systeem: onbekend (nummers blijven zoals ze geschreven zijn)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/region.py" line="66"/>
        <source>Country of numbers without a country code</source>
        <translation>Land van nummers zonder landcode</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="253"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="274"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="258"/>
        <source>Snooze or done</source>
        <translation>Uitstellen of afgerond</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="264"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="265"/>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="274"/>
        <source>Show Today</source>
        <translation>Vandaag tonen</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="49"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="53"/>
        <source>Birthday today: %1</source>
        <translation>Vandaag jarig: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="55"/>
        <source>Birthday in %n day(s): %1</source>
        <translation>
            <numerusform>Over %n dag jarig: %1</numerusform>
            <numerusform>Over %n dagen jarig: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="59"/>
        <source>Birthday on %1: %2</source>
        <translation>Jarig op %1: %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="64"/>
        <source>Gone quiet: %1</source>
        <translation>Stil geworden: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="65"/>
        <source>Follow up: %1</source>
        <translation>Opvolgen: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="74"/>
        <source>%1 (due %2)</source>
        <translation>%1 (om %2)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="78"/>
        <source>Due %1</source>
        <translation>Om %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="83"/>
        <source>Turns %n on %1. Time to send a card.</source>
        <translation>
            <numerusform>Wordt %n op %1. Tijd voor een kaartje.</numerusform>
            <numerusform>Wordt %n op %1. Tijd voor een kaartje.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="86"/>
        <source>On %1. Time to send a card.</source>
        <translation>Op %1. Tijd voor een kaartje.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="91"/>
        <source>No contact since %1.</source>
        <translation>Geen contact sinds %1.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="94"/>
        <source>Never contacted since they were added.</source>
        <translation>Sinds het toevoegen nog nooit contact gehad.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="113"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="376"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…en nog %n</numerusform>
            <numerusform>…en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="176"/>
        <source>You missed %n reminder(s)</source>
        <translation>
            <numerusform>Je hebt %n herinnering gemist</numerusform>
            <numerusform>Je hebt %n herinneringen gemist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="184"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="303"/>
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n herinnering staat open</numerusform>
            <numerusform>%n herinneringen staan open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="213"/>
        <source>Open contact</source>
        <translation>Contact openen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="217"/>
        <source>Snooze for an hour</source>
        <translation>Een uur uitstellen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="220"/>
        <source>Snooze until tomorrow morning</source>
        <translation>Uitstellen tot morgenochtend</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="222"/>
        <source>Snooze for a week</source>
        <translation>Een week uitstellen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="89"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="93"/>
        <source>Snooze 1 hour</source>
        <translation>1 uur uitstellen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="95"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="97"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="229"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="330"/>
        <source>ProspectDesk</source>
        <translation>ProspectDesk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="104"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="362"/>
        <source>Open ProspectDesk</source>
        <translation>ProspectDesk openen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="366"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="105"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="382"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="13"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="14"/>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="15"/>
        <source>Online form</source>
        <translation>Onlineformulier</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="16"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="17"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="24"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="25"/>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="34"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="26"/>
        <source>Don&apos;t know yet</source>
        <translation>Weet ik nog niet</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="32"/>
        <source>Sale</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="33"/>
        <source>Not ready yet</source>
        <translation>Nog niet zover</translation>
    </message>
</context>
<context>
    <name>SalesGuide</name>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="96"/>
        <location filename="../../prospectdesk/ui/first_steps.py" line="117"/>
        <source>The sales process</source>
        <translation>Het verkoopproces</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="103"/>
        <source>1. Lead: everyone starts here. Add people by hand or import them.

2. Qualify: ask the qualification questions (Qualify…). When every criterion is met, the lead becomes a prospect; otherwise they stay a lead or go to “Not now”.

3. Present: show your offer and ask for a decision (Record presentation…).

4. Close: a sale makes them a customer (a repeat buyer after the next one); “not ready” sets a follow-up; “no” keeps them on the list only if they agree.

5. Follow up: Today lists the follow-ups that are due, birthdays to send a card for, leads waiting to be qualified and prospects gone quiet.</source>
        <translation>1. Lead: iedereen begint hier. Voeg mensen zelf toe of importeer ze.

2. Kwalificeren: stel de kwalificatievragen (Kwalificeren…). Is aan elk criterium voldaan, dan wordt de lead een prospect; anders blijft hij lead of gaat hij naar ‘Nu even niet’.

3. Presenteren: laat je aanbod zien en vraag om een beslissing (Presentatie vastleggen…).

4. Afsluiten: een verkoop maakt iemand klant (vaste klant na de volgende); ‘nog niet klaar’ plant een opvolging; ‘nee’ houdt iemand alleen op de lijst als hij daarmee instemt.

5. Opvolgen: Vandaag toont de opvolgingen die aan de beurt zijn, verjaardagen om een kaart voor te sturen, leads die nog gekwalificeerd moeten worden en prospects die stil zijn geworden.</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="41"/>
        <source>Qualification answers</source>
        <translation>Kwalificatieantwoorden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="42"/>
        <source>Presentations</source>
        <translation>Presentaties</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="60"/>
        <source>Purchases</source>
        <translation>Aankopen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="73"/>
        <source>Qualified: %1 of %2 criteria met.</source>
        <translation>Gekwalificeerd: aan %1 van %2 criteria voldaan.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="80"/>
        <source>Agreed to stay on the list (%1).</source>
        <translation>Blijft op de lijst (%1).</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="82"/>
        <source>Did not agree to stay on the list (%1).</source>
        <translation>Wil niet op de lijst blijven (%1).</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="87"/>
        <source>Asked not to be contacted (%1).</source>
        <translation>Wil niet meer benaderd worden (%1).</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="103"/>
        <source>Offered: %1</source>
        <translation>Aangeboden: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="105"/>
        <source>Call to action: %1</source>
        <translation>Oproep tot actie: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/sales_panel.py" line="110"/>
        <source>Purchases: %1 in total (%n sale(s))</source>
        <translation>
            <numerusform>Aankopen: %1 in totaal (%n verkoop)</numerusform>
            <numerusform>Aankopen: %1 in totaal (%n verkopen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesWiring</name>
    <message>
        <location filename="../../prospectdesk/ui/first_screen.py" line="91"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="42"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="83"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_screen.py" line="90"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="46"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="77"/>
        <source>Calls</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_screen.py" line="93"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="49"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="89"/>
        <source>Funnel</source>
        <translation>Trechter</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_screen.py" line="94"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="53"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="56"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="95"/>
        <source>Lead sources</source>
        <translation>Leadbronnen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="102"/>
        <source>Qualification criteria…</source>
        <translation>Kwalificatiecriteria…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="108"/>
        <source>Reasons for “no”…</source>
        <translation>Redenen voor „nee”…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="114"/>
        <source>Days before cards go stale…</source>
        <translation>Dagen voordat kaarten stil worden…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="131"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="178"/>
        <source>Qualify…</source>
        <translation>Kwalificeren…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="135"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="181"/>
        <source>Record presentation…</source>
        <translation>Presentatie vastleggen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="71"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="141"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="186"/>
        <source>Do not contact</source>
        <translation>Niet benaderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="150"/>
        <source>Sales</source>
        <translation>Verkoop</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="247"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="258"/>
        <source>Going stale</source>
        <translation>Stil geworden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="248"/>
        <source>Stage:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="259"/>
        <source>Mark cards in “%1” after this many days without a conversation (0: never):</source>
        <translation>Markeer kaarten in “%1” na zoveel dagen zonder gesprek (0: nooit):</translation>
    </message>
</context>
<context>
    <name>SampleWorkspace</name>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="178"/>
        <source>Try a sample workspace…</source>
        <translation>Probeer een voorbeeldwerkruimte…</translation>
    </message>
</context>
<context>
    <name>SendMessageDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="94"/>
        <source>Send to %1</source>
        <translation>Versturen naar %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="106"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="113"/>
        <source>Message:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="114"/>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="115"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="116"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="118"/>
        <source>Open in mail program</source>
        <translation>Openen in e-mailprogramma</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="121"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="170"/>
        <source>No mail program answered. The message is copied: paste it into your mail.</source>
        <translation>Er reageerde geen e-mailprogramma. Het bericht is gekopieerd: plak het in uw e-mail.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="55"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="62"/>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="67"/>
        <source> days before</source>
        <translation> dagen van tevoren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="68"/>
        <source>only on the day</source>
        <translation>alleen op de dag zelf</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="70"/>
        <source>Remind of birthdays</source>
        <translation>Herinneren aan verjaardagen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="77"/>
        <source>Birthdays and other reminders without a time of day appear at this hour.</source>
        <translation>Verjaardagen en andere herinneringen zonder tijdstip verschijnen op dit uur.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="79"/>
        <source>Date-only reminders at</source>
        <translation>Herinneringen zonder tijdstip om</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="80"/>
        <source>Remind me of prospects gone quiet</source>
        <translation>Herinner me aan stil geworden prospects</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="85"/>
        <source>Running in the background</source>
        <translation>Op de achtergrond</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="88"/>
        <source>Closing the window keeps ProspectDesk running in the system tray</source>
        <translation>Als je het venster sluit, blijft ProspectDesk actief in het systeemvak</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="94"/>
        <source>This desktop has no system tray.</source>
        <translation>Deze desktop heeft geen systeemvak.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="96"/>
        <source>Start ProspectDesk when I log in</source>
        <translation>ProspectDesk starten als ik inlog</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="101"/>
        <source>Not available on this system.</source>
        <translation>Niet beschikbaar op dit systeem.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="113"/>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="119"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="122"/>
        <source>Ask for the missing answers or a reason before a lead moves on unqualified</source>
        <translation>Vraag de ontbrekende antwoorden of een reden voordat een niet-gekwalificeerde lead verder gaat</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="171"/>
        <source>Start at login</source>
        <translation>Starten bij inloggen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="172"/>
        <source>ProspectDesk could not change the login items of this system.</source>
        <translation>ProspectDesk kon de opstartitems van dit systeem niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>SourcesTableModel</name>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="53"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="54"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="55"/>
        <source>Became prospects</source>
        <translation>Prospect geworden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="56"/>
        <source>Became customers</source>
        <translation>Klant geworden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="57"/>
        <source>Repeat buyers</source>
        <translation>Vaste klanten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="72"/>
        <source>(no source)</source>
        <translation>(geen bron)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="78"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="98"/>
        <source>Add source…</source>
        <translation>Bron toevoegen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="100"/>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="102"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="148"/>
        <source>Add source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="148"/>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="158"/>
        <location filename="../../prospectdesk/ui/sources_view.py" line="166"/>
        <source>Rename source</source>
        <translation>Bron hernoemen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="158"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="166"/>
        <source>A source with that name exists already.</source>
        <translation>Er bestaat al een bron met die naam.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="175"/>
        <source>Remove source</source>
        <translation>Bron verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="176"/>
        <source>Remove this source? Its contacts stay, without a source.</source>
        <translation>Deze bron verwijderen? De contacten blijven, zonder bron.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../prospectdesk/ui/board_page.py" line="85"/>
        <source>%1+</source>
        <comment>at least this many cards</comment>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>StorageProblem</name>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="23"/>
        <source>The disk that holds your contacts is full:
%1

Free some space there (empty the trash, move or delete large files you no longer need), then start ProspectDesk again. Nothing was changed.</source>
        <translation>De schijf met uw contacten is vol:
%1

Maak daar ruimte vrij (leeg de prullenbak, verplaats of verwijder grote bestanden die u niet meer nodig hebt) en start ProspectDesk daarna opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="30"/>
        <source>Your contacts are on a disk that can only be read:
%1

ProspectDesk cannot change them there. To take them elsewhere, export them from the command line: prospectdesk export --format vcf -o contacts.vcf. Nothing was changed.</source>
        <translation>Uw contacten staan op een schijf die alleen gelezen kan worden:
%1

ProspectDesk kan ze daar niet wijzigen. Om ze elders te gebruiken, exporteert u ze via de opdrachtregel: prospectdesk export --format vcf -o contacts.vcf. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="37"/>
        <source>This user may not change the folder that holds your contacts:
%1

Start ProspectDesk as the folder&apos;s owner, or choose another folder with --data-dir. Nothing was changed.</source>
        <translation>Deze gebruiker mag de map met uw contacten niet wijzigen:
%1

Start ProspectDesk als de eigenaar van de map, of kies een andere map met --data-dir. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="45"/>
        <source>Your contacts were saved by a newer ProspectDesk (data version %1); this ProspectDesk knows data versions up to %2. Install the newer ProspectDesk to open them. Nothing was changed.</source>
        <translation>Uw contacten zijn opgeslagen door een nieuwere ProspectDesk (gegevensversie %1); deze ProspectDesk kent gegevensversies tot en met %2. Installeer de nieuwere ProspectDesk om ze te openen. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="55"/>
        <source>%1 is a file, not a folder. Choose a folder for your contacts with --data-dir.</source>
        <translation>%1 is een bestand, geen map. Kies met --data-dir een map voor uw contacten.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="67"/>
        <source>the disk that holds your contacts is full (%1 free). Free at least %2 there, then start ProspectDesk again.</source>
        <translation>de schijf met uw contacten is vol (%1 vrij). Maak daar minstens %2 vrij en start ProspectDesk daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="76"/>
        <source>this user may not change the folder that holds your contacts.</source>
        <translation>deze gebruiker mag de map met uw contacten niet wijzigen.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="80"/>
        <source>your contacts are on a disk or in a file that can only be read.</source>
        <translation>uw contacten staan op een schijf of in een bestand dat alleen gelezen kan worden.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="83"/>
        <source>Read-only: %1 Changes are not possible; File ▸ Export works.</source>
        <translation>Alleen-lezen: %1 Wijzigingen zijn niet mogelijk; Bestand ▸ Exporteren werkt wel.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="91"/>
        <source>Your contacts were saved by an older ProspectDesk and must be updated, but they can only be read where they are. Make the folder writable again (fix its permissions, or free some space), then start ProspectDesk again. Nothing was changed.</source>
        <translation>Uw contacten zijn opgeslagen door een oudere ProspectDesk en moeten worden bijgewerkt, maar ze kunnen op hun huidige plek alleen gelezen worden. Maak de map weer beschrijfbaar (herstel de rechten of maak ruimte vrij) en start ProspectDesk daarna opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/session.py" line="105"/>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="104"/>
        <source>ProspectDesk cannot open your contacts</source>
        <translation>ProspectDesk kan uw contacten niet openen</translation>
    </message>
</context>
<context>
    <name>SyncDriver</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="157"/>
        <location filename="../../prospectdesk/ui/sync_status.py" line="196"/>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="158"/>
        <source>Password for %1 (asked once per session: there is no keyring)</source>
        <translation>Wachtwoord voor %1 (één keer per sessie gevraagd: er is geen sleutelbos)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="173"/>
        <source>Sync: password needed</source>
        <translation>Synchronisatie: wachtwoord nodig</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="177"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="188"/>
        <source>First sync: %1 contacts to download, %2 found here already (they are merged), %3 to upload, %4 kept apart (only the name is the same). Go ahead?</source>
        <translation>Eerste synchronisatie: %1 contacten ophalen, %2 staan hier al (die worden samengevoegd), %3 versturen, %4 apart gehouden (alleen de naam is gelijk). Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="208"/>
        <source>Sync not started</source>
        <translation>Synchronisatie niet gestart</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="219"/>
        <source>Sync incomplete</source>
        <translation>Synchronisatie onvolledig</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="222"/>
        <source>Synced %1, %2 conflicts</source>
        <translation>Gesynchroniseerd om %1, %2 conflicten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="228"/>
        <source>Synced %1</source>
        <translation>Gesynchroniseerd om %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="237"/>
        <source>Sync: offline</source>
        <translation>Synchronisatie: offline</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="240"/>
        <source>Sync: wrong password</source>
        <translation>Synchronisatie: verkeerd wachtwoord</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="243"/>
        <source>Sync stopped</source>
        <translation>Synchronisatie gestopt</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="246"/>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="341"/>
        <location filename="../../prospectdesk/ui/sync_status.py" line="545"/>
        <source>Sync account…</source>
        <translation>Synchronisatieaccount…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="539"/>
        <source>Sync with your phone</source>
        <translation>Synchroniseren met je telefoon</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="558"/>
        <source>Not set up: contacts stay on this computer.</source>
        <translation>Niet ingesteld: de contacten blijven op deze computer.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="561"/>
        <source>Syncing with %1 as %2.</source>
        <translation>Synchroniseert met %1 als %2.</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="367"/>
        <source>Sync with your phone</source>
        <translation>Synchroniseren met je telefoon</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="371"/>
        <source>Contacts sync with an address book on your CardDAV server (Nextcloud, iCloud, Fastmail…), which your phone syncs with too. Use an app password.</source>
        <translation>Contacten worden gesynchroniseerd met een adresboek op je CardDAV-server (Nextcloud, iCloud, Fastmail…), waarmee je telefoon ook synchroniseert. Gebruik een app-wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="380"/>
        <source>Another CardDAV server</source>
        <translation>Een andere CardDAV-server</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="400"/>
        <source>ProspectDesk (created for you)</source>
        <translation>ProspectDesk (wordt voor je aangemaakt)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="405"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="407"/>
        <source>Server or e-mail address</source>
        <translation>Server of e-mailadres</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="408"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="409"/>
        <source>App password</source>
        <translation>App-wachtwoord</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="410"/>
        <source>Address book</source>
        <translation>Adresboek</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="412"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="415"/>
        <source>Stop syncing</source>
        <translation>Stoppen met synchroniseren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="435"/>
        <source>Your Nextcloud&apos;s address, e.g. https://cloud.example.com. Make an app password under Settings ▸ Security.</source>
        <translation>Het adres van je Nextcloud, bijv. https://cloud.example.com. Maak een app-wachtwoord aan onder Instellingen ▸ Beveiliging.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="439"/>
        <source>The user name is your Apple ID. Make an app-specific password at account.apple.com.</source>
        <translation>De gebruikersnaam is je Apple ID. Maak een appspecifiek wachtwoord aan op account.apple.com.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="443"/>
        <source>The user name is your Fastmail address. Make an app password under Settings ▸ Privacy and Security.</source>
        <translation>De gebruikersnaam is je Fastmail-adres. Maak een app-wachtwoord aan onder Instellingen ▸ Privacy en beveiliging.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="447"/>
        <source>The server&apos;s address, or your e-mail address: the server is then looked up (DNS, /.well-known).</source>
        <translation>Het adres van de server, of je e-mailadres: dan wordt de server opgezocht (DNS, /.well-known).</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="451"/>
        <source>Google needs a sign-in through the browser (OAuth), which ProspectDesk does not support yet. Until it does, export your Google contacts to a vCard file and import that.</source>
        <translation>Google vraagt om aanmelden via de browser (OAuth), en dat kan ProspectDesk nog niet. Exporteer tot dan je Google-contacten naar een vCard-bestand en importeer dat.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="486"/>
        <source>Syncing with %1.</source>
        <translation>Synchroniseert met %1.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="498"/>
        <source>Fill in the server, the user name and the password.</source>
        <translation>Vul de server, de gebruikersnaam en het wachtwoord in.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="501"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="532"/>
        <source>Sync stopped; your contacts stay here and on the server.</source>
        <translation>Synchronisatie gestopt; je contacten blijven hier en op de server staan.</translation>
    </message>
</context>
<context>
    <name>SyncStatusItem</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="336"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="338"/>
        <source>Conflicts…</source>
        <translation>Conflicten…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="346"/>
        <source>Sync</source>
        <translation>Synchroniseren</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="199"/>
        <source>Message templates</source>
        <translation>Berichtsjablonen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="215"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="219"/>
        <source>Merge fields: %1. A line whose field has no value for a contact is left out.</source>
        <translation>Samenvoegvelden: %1. Een regel met een veld dat voor een contact geen waarde heeft, wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="225"/>
        <source>Your name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="226"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="227"/>
        <source>Message:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="228"/>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="229"/>
        <source>Text:</source>
        <translation>Tekst:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="233"/>
        <source>Restore the original</source>
        <translation>Oorspronkelijke tekst terugzetten</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="116"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="116"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="125"/>
        <source>Follow-ups due today and overdue</source>
        <translation>Follow-ups voor vandaag en achterstallig</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="126"/>
        <source>Birthdays in the next days: send a card</source>
        <translation>Verjaardagen de komende dagen: stuur een kaartje</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="127"/>
        <source>Leads not yet qualified</source>
        <translation>Nog niet gekwalificeerde leads</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="128"/>
        <source>Prospects gone quiet</source>
        <translation>Stil geworden prospects</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="139"/>
        <source>Mark follow-up done…</source>
        <translation>Follow-up afronden…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="142"/>
        <source>Qualify…</source>
        <translation>Kwalificeren…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="164"/>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="228"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="238"/>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="245"/>
        <source>overdue: %1</source>
        <translation>achterstallig: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="257"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="266"/>
        <source>turns %1</source>
        <translation>wordt %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="269"/>
        <source>%1 · send a card</source>
        <translation>%1 · stuur een kaartje</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="275"/>
        <source>%1 of %2 criteria met</source>
        <translation>aan %1 van %2 criteria voldaan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/today_view.py" line="279"/>
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>wacht %n dag</numerusform>
            <numerusform>wacht %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="286"/>
        <source>no contact since %1</source>
        <translation>geen contact sinds %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="290"/>
        <source>never contacted yet</source>
        <translation>nog nooit contact gehad</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="16"/>
        <source>edit of %1</source>
        <translation>bewerking van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="17"/>
        <source>adding %1</source>
        <translation>toevoegen van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="18"/>
        <source>deletion of %1</source>
        <translation>verwijderen van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="19"/>
        <source>move of %1</source>
        <translation>verplaatsen van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="20"/>
        <source>tags of %1</source>
        <translation>labels van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="21"/>
        <source>conversation with %1</source>
        <translation>gesprek met %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="22"/>
        <source>follow-up with %1</source>
        <translation>follow-up bij %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="23"/>
        <source>call with %1</source>
        <translation>telefoongesprek met %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="24"/>
        <source>qualification of %1</source>
        <translation>kwalificatie van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="25"/>
        <source>sale to %1</source>
        <translation>verkoop aan %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="26"/>
        <source>do-not-contact mark of %1</source>
        <translation>niet-benaderen-markering van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="27"/>
        <source>merge of %1</source>
        <translation>samenvoegen van %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="28"/>
        <source>import of %1</source>
        <translation>import van %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/undo_text.py" line="41"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="43"/>
        <source>change of the stages</source>
        <translation>wijziging van de fases</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="49"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="50"/>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="55"/>
        <source>Redo</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="56"/>
        <source>Redo %1</source>
        <translation>%1 opnieuw uitvoeren</translation>
    </message>
</context>
</TS>
