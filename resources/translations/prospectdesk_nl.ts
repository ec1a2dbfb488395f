<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="107"/>
        <source>no birthday</source>
        <translation>geen verjaardag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="112"/>
        <source>year unknown</source>
        <translation>jaar onbekend</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="298"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="300"/>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="307"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="309"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="314"/>
        <source>Add tag…</source>
        <translation>Label toevoegen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="316"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="324"/>
        <source>Add tag</source>
        <translation>Label toevoegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="324"/>
        <source>Tag for %n contact(s):</source>
        <translation>
            <numerusform>Label voor %n contact:</numerusform>
            <numerusform>Label voor %n contacten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="335"/>
        <source>Delete contacts</source>
        <translation>Contacten verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="337"/>
        <source>Delete %n contact(s)? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>%n contact verwijderen? Je kunt dit terugdraaien met Bewerken ▸ Ongedaan maken.</numerusform>
            <numerusform>%n contacten verwijderen? Je kunt dit terugdraaien met Bewerken ▸ Ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="348"/>
        <source>Rename stage…</source>
        <translation>Fase hernoemen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="351"/>
        <source>Add a stage after this one…</source>
        <translation>Fase toevoegen na deze…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="354"/>
        <source>Remove stage…</source>
        <translation>Fase verwijderen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="361"/>
        <source>Rename stage</source>
        <translation>Fase hernoemen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="361"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="369"/>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="369"/>
        <source>Name of the new stage:</source>
        <translation>Naam van de nieuwe fase:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="389"/>
        <location filename="../../prospectdesk/ui/board.py" line="404"/>
        <source>Remove stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="390"/>
        <source>Move the people in “%1” to:</source>
        <translation>Verplaats de mensen in “%1” naar:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="404"/>
        <source>Move its people elsewhere first.</source>
        <translation>Verplaats eerst de mensen in deze fase.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../prospectdesk/ui/card_delegate.py" line="38"/>
        <source>next: %1</source>
        <translation>volgende: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/card_delegate.py" line="42"/>
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n dag in fase</numerusform>
            <numerusform>%n dagen in fase</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_delegate.py" line="46"/>
        <source>qualified %1 of %2</source>
        <translation>%1 van %2 criteria</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_delegate.py" line="55"/>
        <source>gone quiet</source>
        <translation>stil geworden</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_delegate.py" line="85"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
</context>
<context>
    <name>ContactDetailView</name>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="170"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="171"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="172"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="174"/>
        <source>Stage history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="181"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="184"/>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="212"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="254"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="212"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="213"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="216"/>
        <source>Label</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="213"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="255"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="217"/>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="218"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="219"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="220"/>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="221"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="228"/>
        <source>comma-separated, e.g. fair 2026, vip</source>
        <translation>gescheiden door komma’s, bijv. beurs 2026, vip</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="232"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="239"/>
        <source>Choose photo…</source>
        <translation>Foto kiezen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="241"/>
        <source>Remove photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="249"/>
        <source>Given name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="250"/>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="251"/>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="252"/>
        <source>Organization</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="253"/>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="256"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="257"/>
        <source>Birthday</source>
        <translation>Verjaardag</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="258"/>
        <source>Lead source</source>
        <translation>Leadbron</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="259"/>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="260"/>
        <source>Expected value</source>
        <translation>Verwachte waarde</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="261"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="262"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="292"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="293"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="295"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="296"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="321"/>
        <source>What was said</source>
        <translation>Wat er gezegd is</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="325"/>
        <source>Their questions and concerns, one per line</source>
        <translation>Vragen en bezwaren, één per regel</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="328"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="330"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="331"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="332"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="333"/>
        <source>Concerns</source>
        <translation>Bezwaren</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="348"/>
        <source>What to do, e.g. call back about the price</source>
        <translation>Wat te doen, bijv. terugbellen over de prijs</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="349"/>
        <source>Add follow-up</source>
        <translation>Follow-up toevoegen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="351"/>
        <source>Due</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="352"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="362"/>
        <source>No contact selected</source>
        <translation>Geen contact geselecteerd</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="373"/>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="391"/>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="460"/>
        <source>Tick when this concern has been addressed</source>
        <translation>Vink aan als dit bezwaar is weggenomen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="483"/>
        <source>%1: added to %2</source>
        <translation>%1: toegevoegd aan %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="485"/>
        <source>%1: %3 → %2</source>
        <translation>%1: %3 → %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="519"/>
        <source>no photo</source>
        <translation>geen foto</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="523"/>
        <source>Choose photo</source>
        <translation>Foto kiezen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="523"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="547"/>
        <source>The birthday %1 %2 does not exist.</source>
        <translation>De verjaardag %1 %2 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="578"/>
        <source>The e-mail address “%1” has no @.</source>
        <translation>In het e-mailadres “%1” ontbreekt de @.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="580"/>
        <source>“%1” is not a complete e-mail address.</source>
        <translation>“%1” is geen volledig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="582"/>
        <source>“%1” cannot be a phone number.</source>
        <translation>“%1” kan geen telefoonnummer zijn.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="584"/>
        <source>Give a name, an organization or an e-mail address.</source>
        <translation>Vul een naam, een organisatie of een e-mailadres in.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="586"/>
        <source>The expected value cannot be negative.</source>
        <translation>De verwachte waarde kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="640"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="642"/>
        <source>This contact has changes that cannot be saved yet:
%1

Discard them?</source>
        <translation>Dit contact heeft wijzigingen die nog niet kunnen worden opgeslagen:
%1

Wijzigingen weggooien?</translation>
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
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="716"/>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="717"/>
        <source>Meeting</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="718"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="719"/>
        <source>Online form</source>
        <translation>Onlineformulier</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="720"/>
        <source>In person</source>
        <translation>Persoonlijk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="721"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="28"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="32"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="51"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="52"/>
        <source>ProspectDesk will use the new language the next time it starts.</source>
        <translation>ProspectDesk gebruikt de nieuwe taal vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="37"/>
        <source>ProspectDesk</source>
        <translation>ProspectDesk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="46"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="128"/>
        <source>Board</source>
        <translation>Bord</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="59"/>
        <source>Search names, organizations, e-mail, phones, tags, notes…</source>
        <translation>Zoek in namen, organisaties, e-mail, telefoonnummers, labels, notities…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="63"/>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="79"/>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="98"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="99"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="100"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="101"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Pipeline</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="106"/>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="110"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="114"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="118"/>
        <source>Delete selected contacts…</source>
        <translation>Geselecteerde contacten verwijderen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="125"/>
        <source>Tag selected contacts…</source>
        <translation>Geselecteerde contacten labelen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="126"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="133"/>
        <source>Next contact</source>
        <translation>Volgend contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="134"/>
        <source>Previous contact</source>
        <translation>Vorig contact</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="136"/>
        <source>Move selected to next stage</source>
        <translation>Selectie naar volgende fase</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="142"/>
        <source>Move selected to previous stage</source>
        <translation>Selectie naar vorige fase</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="147"/>
        <source>Add stage…</source>
        <translation>Fase toevoegen…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="148"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="213"/>
        <source>About ProspectDesk</source>
        <translation>Over ProspectDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/main_window.py" line="187"/>
        <source>Deleted %n contact(s). Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>%n contact verwijderd. Met Bewerken ▸ Ongedaan maken komt het terug.</numerusform>
            <numerusform>%n contacten verwijderd. Met Bewerken ▸ Ongedaan maken komen ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="210"/>
        <source>(in memory)</source>
        <translation>(in het geheugen)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="215"/>
        <source>ProspectDesk %1

A prospect tracker for people who run a business from home.

Data folder: %2</source>
        <translation>ProspectDesk %1

Houd je leads en prospects bij als je vanuit huis een bedrijf runt.

Gegevensmap: %2</translation>
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
</TS>
