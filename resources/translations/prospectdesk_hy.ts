<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy_AM">
<context>
    <name>App</name>
    <message>
        <location filename="../../prospectdesk/ui/session.py" line="67"/>
        <source>ProspectDesk is already open</source>
        <translation>ProspectDesk-ն արդեն բաց է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/session.py" line="68"/>
        <source>Another ProspectDesk is working with these contacts right now (perhaps an import on the command line). Close it, then start ProspectDesk again.</source>
        <translation>Մեկ այլ ProspectDesk հենց հիմա աշխատում է այս կոնտակտների հետ (գուցե ներմուծում հրամանային տողից)։ Փակեք այն, ապա նորից գործարկեք ProspectDesk-ը։</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../prospectdesk/ui/controller.py" line="150"/>
        <source>Your contacts are open read-only: changes are not possible. File ▸ Export works.</source>
        <translation>Ձեր կոնտակտները բացված են միայն կարդալու համար՝ փոփոխություններ հնարավոր չեն։ Ֆայլ ▸ Արտահանել-ը աշխատում է։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/controller.py" line="155"/>
        <source>This contact was deleted meanwhile.</source>
        <translation>Այս կոնտակտն արդեն ջնջվել է։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/controller.py" line="156"/>
        <source>That could not be done: %1</source>
        <translation>Դա հնարավոր չեղավ անել՝ %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="37"/>
        <source>Daily (at start)</source>
        <translation>Օրական (մեկնարկին)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="38"/>
        <source>Backed up by you</source>
        <translation>Ձեր պատրաստած</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="39"/>
        <source>Before an update of the data format</source>
        <translation>Տվյալների ձևաչափի թարմացումից առաջ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="42"/>
        <source>Before an import</source>
        <translation>Ներմուծումից առաջ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="43"/>
        <source>Before a restore</source>
        <translation>Վերականգնումից առաջ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="54"/>
        <source>unreadable</source>
        <translation>անընթեռնելի</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="72"/>
        <source>Backups</source>
        <translation>Պահուստային պատճեններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="77"/>
        <source>ProspectDesk backs up your contacts every day at start, before every import and before every update of the data format. Backups are kept in:
%1</source>
        <translation>ProspectDesk-ը ձեր կոնտակտների պահուստային պատճենը ստեղծում է ամեն օր գործարկման ժամանակ, յուրաքանչյուր ներմուծումից և տվյալների ձևաչափի յուրաքանչյուր թարմացումից առաջ։ Պատճենները պահվում են այստեղ՝
%1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="88"/>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="88"/>
        <source>Why</source>
        <translation>Ինչու</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="88"/>
        <source>Contacts</source>
        <translation>Կոնտակտներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="92"/>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="133"/>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="171"/>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="182"/>
        <source>Back up now</source>
        <translation>Ստեղծել պատճեն հիմա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="94"/>
        <source>Restore…</source>
        <translation>Վերականգնել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="142"/>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="160"/>
        <source>Restore from backup</source>
        <translation>Վերականգնել պահուստային պատճենից</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="144"/>
        <source>Replace all your contacts with the backup from %1 (%2 contacts)?

Your contacts as they are now are backed up first, so this can be undone by restoring that backup.</source>
        <translation>Փոխարինե՞լ ձեր բոլոր կոնտակտները %1-ի պահուստային պատճենով (%2 կոնտակտ)։

Նախ կստեղծվի ձեր ներկայիս կոնտակտների պատճենը, այնպես որ դա կարող եք հետարկել՝ վերականգնելով այդ պատճենը։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="173"/>
        <source>Restore from backup…</source>
        <translation>Վերականգնել պահուստային պատճենից…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="186"/>
        <source>Backed up %1 contacts.</source>
        <translation>Պահուստային պատճենում պահվեց %1 կոնտակտ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="207"/>
        <source>Your contact database could not be read correctly: part of the file is damaged (this can happen after a disk problem or a power cut).

ProspectDesk has not changed the damaged file.</source>
        <translation>Ձեր կոնտակտների տվյալների բազան հնարավոր չեղավ ճիշտ կարդալ. ֆայլի մի մասը վնասված է (դա կարող է պատահել սկավառակի խնդրից կամ հոսանքի անջատումից հետո)։

ProspectDesk-ը չի փոխել վնասված ֆայլը։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="217"/>
        <source>No usable backup was found. The damaged file is here:
%1

Keep it: a specialist may be able to recover it.</source>
        <translation>Օգտագործելի պահուստ չգտնվեց։ Վնասված ֆայլը այստեղ է՝
%1

Պահեք այն. մասնագետը գուցե կարողանա վերականգնել այն։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="226"/>
        <source>The newest good backup is from %1 and holds %2 contacts. Restore it? Changes made after that backup are not in it. The damaged file is kept aside in the data folder.</source>
        <translation>Վերջին անվնաս պահուստը %1-ից է և պարունակում է %2 կոնտակտ։ Վերականգնե՞լ այն։ Այդ պահուստից հետո կատարված փոփոխությունները դրանում չկան։ Վնասված ֆայլը առանձին պահվում է տվյալների թղթապանակում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="244"/>
        <source>Contact database damaged</source>
        <translation>Կոնտակտների տվյալների բազան վնասված է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="250"/>
        <source>Restore the backup</source>
        <translation>Վերականգնել պահուստային պատճենը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/backup_dialog.py" line="255"/>
        <source>Quit</source>
        <translation>Ելք</translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="100"/>
        <source>no birthday</source>
        <translation>ծննդյան օր չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="111"/>
        <source>year unknown</source>
        <translation>տարին անհայտ է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="116"/>
        <source>Day of birth</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="117"/>
        <source>Month of birth</source>
        <translation>Ծննդյան ամիս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/entry_widgets.py" line="118"/>
        <source>Year of birth</source>
        <translation>Ծննդյան տարի</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="377"/>
        <source>Matches out of sight: %1</source>
        <translation>Տեսադաշտից դուրս համընկնումներ՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="461"/>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="463"/>
        <source>Move to</source>
        <translation>Տեղափոխել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="470"/>
        <source>Move up</source>
        <translation>Տեղափոխել վեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="472"/>
        <source>Move down</source>
        <translation>Տեղափոխել վար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="477"/>
        <source>Add tag…</source>
        <translation>Ավելացնել պիտակ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="479"/>
        <source>Delete…</source>
        <translation>Ջնջել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="487"/>
        <source>Add tag</source>
        <translation>Ավելացնել պիտակ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="487"/>
        <source>Tag for %n contact(s):</source>
        <translation>
            <numerusform>Պիտակ %n կոնտակտի համար:</numerusform>
            <numerusform>Պիտակ %n կոնտակտի համար:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="498"/>
        <source>Delete contacts</source>
        <translation>Ջնջել կոնտակտները</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="500"/>
        <source>Delete %n contact(s)? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Ջնջե՞լ %n կոնտակտ։ Կարող եք հետարկել՝ Խմբագրել ▸ Հետարկել։</numerusform>
            <numerusform>Ջնջե՞լ %n կոնտակտ։ Կարող եք հետարկել՝ Խմբագրել ▸ Հետարկել։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="511"/>
        <source>Show only the header</source>
        <translation>Ցույց տալ միայն վերնագիրը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="515"/>
        <source>Rename stage…</source>
        <translation>Վերանվանել փուլը…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="518"/>
        <source>Add a stage after this one…</source>
        <translation>Ավելացնել փուլ սրանից հետո…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="521"/>
        <source>Remove stage…</source>
        <translation>Հեռացնել փուլը…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="528"/>
        <source>Rename stage</source>
        <translation>Վերանվանել փուլը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="528"/>
        <source>New name:</source>
        <translation>Նոր անվանումը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="536"/>
        <source>Add stage</source>
        <translation>Ավելացնել փուլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="536"/>
        <source>Name of the new stage:</source>
        <translation>Նոր փուլի անվանումը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="553"/>
        <source>Remove stage</source>
        <translation>Հեռացնել փուլը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="554"/>
        <source>Move the people in “%1” to:</source>
        <translation>Որտե՞ղ տեղափոխել «%1» փուլի մարդկանց:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/controller.py" line="148"/>
        <source>Move its people elsewhere first.</source>
        <translation>Նախ այս փուլի մարդկանց տեղափոխեք այլ փուլ։</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../prospectdesk/domain/io/ics_write.py" line="34"/>
        <source>ProspectDesk: birthdays and follow-ups</source>
        <translation>ProspectDesk․ ծննդյան օրեր և հետագա քայլեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/io/ics_write.py" line="36"/>
        <source>Birthday: {name}</source>
        <translation>Ծննդյան օր՝ {name}</translation>
    </message>
</context>
<context>
    <name>CallNoteDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="47"/>
        <source>Call with %1</source>
        <translation>Զանգ %1-ի հետ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="48"/>
        <source>What was said</source>
        <translation>Ինչ ասվեց</translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="113"/>
        <source>Overdue follow-up, due %1</source>
        <translation>Ուշացած հետագա քայլ, ժամկետը՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="114"/>
        <source>Follow-up due today, %1</source>
        <translation>Հետագա քայլ այսօր, %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="115"/>
        <source>May be contacted again since %1</source>
        <translation>Կարելի է կրկին կապվել %1-ից</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="118"/>
        <source>Due to reorder since %1 (their usual interval has passed)</source>
        <translation>Կրկին գնելու ժամանակն է՝ %1-ից (սովորական ընդմիջումն անցել է)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="121"/>
        <source>Presentation waiting for a close since %1</source>
        <translation>Ներկայացումը սպասում է որոշման %1-ից</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="124"/>
        <source>Gone quiet: no conversation since %1</source>
        <translation>Լռել է. զրույց չի եղել %1-ից</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="127"/>
        <source>Lead to qualify, in since %1</source>
        <translation>Որակավորման ենթակա լիդ, մուտքագրված %1-ից</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="175"/>
        <source>Whom to call now</source>
        <translation>Ում զանգել հիմա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="190"/>
        <source>Before the call</source>
        <translation>Զանգից առաջ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="197"/>
        <source>Reached…</source>
        <translation>Պատասխանեց…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="198"/>
        <source>No answer</source>
        <translation>Չպատասխանեց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="199"/>
        <source>Left a message</source>
        <translation>Հաղորդագրություն թողնվեց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="200"/>
        <source>Wrong number</source>
        <translation>Սխալ համար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="201"/>
        <source>Not interested</source>
        <translation>Հետաքրքրված չէ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="214"/>
        <source>Key: %1</source>
        <translation>Ստեղն՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="242"/>
        <location filename="../../prospectdesk/ui/calls_view.py" line="106"/>
        <source>Calls to contact now</source>
        <translation>Զանգեր. ում հետ կապվել հիմա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="138"/>
        <source>Calls: %1 to contact now</source>
        <translation>Զանգեր. %1 հոգու հետ կապվել հիմա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="156"/>
        <source>Nobody to call now.</source>
        <translation>Հիմա զանգելու մարդ չկա։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_page.py" line="97"/>
        <location filename="../../prospectdesk/ui/calls_view.py" line="162"/>
        <source>(no name)</source>
        <translation>(առանց անվան)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="169"/>
        <source>No phone number</source>
        <translation>Հեռախոսահամար չկա</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/calls_view.py" line="172"/>
        <source>%n call(s) without an answer in a row</source>
        <translation>
            <numerusform>%n զանգ անընդմեջ առանց պատասխանի</numerusform>
            <numerusform>%n զանգ անընդմեջ առանց պատասխանի</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="177"/>
        <source>No conversation yet</source>
        <translation>Դեռ զրույց չի եղել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="179"/>
        <source>Last conversation: %1, %2</source>
        <translation>Վերջին զրույցը՝ %1, %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="186"/>
        <source>Open concerns</source>
        <translation>Բաց մտահոգություններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="189"/>
        <source>Still to ask: %1</source>
        <translation>Դեռ հարցնել՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/calls_view.py" line="192"/>
        <source>Bought %n time(s), %1</source>
        <translation>
            <numerusform>Գնել է %n անգամ, %1</numerusform>
            <numerusform>Գնել է %n անգամ, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/calls_view.py" line="196"/>
        <source>No purchases yet</source>
        <translation>Դեռ գնումներ չկան</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="152"/>
        <source>next: %1</source>
        <translation>հաջորդը՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/card_paint.py" line="170"/>
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n օր փուլում</numerusform>
            <numerusform>%n օր փուլում</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="159"/>
        <source>qualified %1 of %2</source>
        <translation>չափանիշներ՝ %1/%2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="147"/>
        <source>do not contact</source>
        <translation>չկապվել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="168"/>
        <source>gone quiet</source>
        <translation>վաղուց կապ չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_paint.py" line="234"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="262"/>
        <location filename="../../prospectdesk/ui/sync_status.py" line="273"/>
        <source>Sync conflicts</source>
        <translation>Համաժամեցման հակասություններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="266"/>
        <source>These were changed on the phone and here since the last sync. The phone&apos;s value was kept; select one to use the value from this computer instead.</source>
        <translation>Սրանք վերջին համաժամեցումից հետո փոխվել են և՛ հեռախոսում, և՛ այստեղ։ Պահպանվել է հեռախոսի արժեքը․ ընտրեք մեկը՝ դրա փոխարեն այս համակարգչի արժեքն օգտագործելու համար։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="274"/>
        <source>Use this computer&apos;s value</source>
        <translation>Օգտագործել այս համակարգչի արժեքը</translation>
    </message>
</context>
<context>
    <name>ContactActivity</name>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="61"/>
        <source>Edit conversation</source>
        <translation>Խմբագրել զրույցը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="63"/>
        <source>Delete conversation</source>
        <translation>Ջնջել զրույցը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="76"/>
        <source>What was said</source>
        <translation>Ինչ խոսվեց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="81"/>
        <source>Their questions and concerns, one per line</source>
        <translation>Հարցերն ու մտահոգությունները՝ յուրաքանչյուրը նոր տողում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="85"/>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="260"/>
        <source>Add note</source>
        <translation>Ավելացնել նշում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="88"/>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="89"/>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="90"/>
        <source>Summary</source>
        <translation>Ամփոփում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="91"/>
        <source>Concerns</source>
        <translation>Մտահոգություններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="107"/>
        <source>What to do, e.g. call back about the price</source>
        <translation>Ինչ անել, օր.՝ հետ զանգել գնի հարցով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="108"/>
        <source>Add follow-up</source>
        <translation>Ավելացնել հետագա քայլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="110"/>
        <source>Due</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="111"/>
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="139"/>
        <source>Tick when this concern has been addressed</source>
        <translation>Նշեք, երբ այս մտահոգությունը լուծված է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="182"/>
        <source>%1: added to %2</source>
        <translation>%1: ավելացվել է «%2» փուլում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="184"/>
        <source>%1: %3 → %2</source>
        <translation>%1: %3 → %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="243"/>
        <source>Save conversation</source>
        <translation>Պահպանել զրույցը</translation>
    </message>
</context>
<context>
    <name>ContactDetailView</name>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="56"/>
        <source>Details</source>
        <translation>Տվյալներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="57"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="63"/>
        <source>Conversations</source>
        <translation>Զրույցներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="58"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="64"/>
        <source>Follow-ups</source>
        <translation>Հետագա քայլեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="59"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="65"/>
        <source>Stage history</source>
        <translation>Փուլերի պատմություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="72"/>
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="75"/>
        <source>Revert</source>
        <translation>Վերականգնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="99"/>
        <source>No contact selected</source>
        <translation>Կոնտակտ ընտրված չէ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="111"/>
        <source>New contact</source>
        <translation>Նոր կոնտակտ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="130"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="14"/>
        <source>The e-mail address “%1” has no @.</source>
        <translation>«%1» էլ. հասցեում @ նշանը բացակայում է։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="18"/>
        <source>“%1” is not a complete e-mail address.</source>
        <translation>«%1»-ը ամբողջական էլ. հասցե չէ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="22"/>
        <source>“%1” cannot be a phone number.</source>
        <translation>«%1»-ը չի կարող հեռախոսահամար լինել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="26"/>
        <source>Give a name, an organization, an e-mail address or a phone number.</source>
        <translation>Նշեք անուն, կազմակերպություն, էլ. հասցե կամ հեռախոսահամար։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/problem_texts.py" line="31"/>
        <source>The expected value cannot be negative.</source>
        <translation>Ակնկալվող գումարը չի կարող բացասական լինել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="215"/>
        <source>Unsaved changes</source>
        <translation>Չպահպանված փոփոխություններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="217"/>
        <source>This contact has changes that cannot be saved yet:
%1

Discard them?</source>
        <translation>Այս կոնտակտում կան փոփոխություններ, որոնք դեռ հնարավոր չէ պահպանել.
%1

Չեղարկե՞լ դրանք։</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="59"/>
        <location filename="../../prospectdesk/ui/contact_form.py" line="109"/>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="59"/>
        <location filename="../../prospectdesk/ui/contact_form.py" line="60"/>
        <location filename="../../prospectdesk/ui/contact_form.py" line="63"/>
        <source>Label</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="60"/>
        <location filename="../../prospectdesk/ui/contact_form.py" line="115"/>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="64"/>
        <source>Street</source>
        <translation>Փողոց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="65"/>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="66"/>
        <source>Region</source>
        <translation>Մարզ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="67"/>
        <source>Postal code</source>
        <translation>Փոստային ինդեքս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="68"/>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="75"/>
        <source>comma-separated, e.g. fair 2026, vip</source>
        <translation>ստորակետով բաժանված, օր.՝ ցուցահանդես 2026, vip</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="79"/>
        <source>none</source>
        <translation>չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="89"/>
        <source>Choose photo…</source>
        <translation>Ընտրել լուսանկար…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="91"/>
        <source>Remove photo</source>
        <translation>Հեռացնել լուսանկարը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="102"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="62"/>
        <source>Given name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="103"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="63"/>
        <source>Family name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="104"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="64"/>
        <source>Display name</source>
        <translation>Ցուցադրվող անուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="105"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="65"/>
        <source>Organization</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="106"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="66"/>
        <source>Job title</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="111"/>
        <source>Add an e-mail address</source>
        <translation>Ավելացնել էլ. հասցե</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="112"/>
        <source>Remove the selected e-mail address</source>
        <translation>Հեռացնել ընտրված էլ. հասցեն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="117"/>
        <source>Add a phone number</source>
        <translation>Ավելացնել հեռախոսահամար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="118"/>
        <source>Remove the selected phone number</source>
        <translation>Հեռացնել ընտրված հեռախոսահամարը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="121"/>
        <source>Addresses</source>
        <translation>Հասցեներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="123"/>
        <source>Add an address</source>
        <translation>Ավելացնել հասցե</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="124"/>
        <source>Remove the selected address</source>
        <translation>Հեռացնել ընտրված հասցեն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="130"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="67"/>
        <source>Birthday</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="132"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="69"/>
        <source>Lead source</source>
        <translation>Կոնտակտի աղբյուր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="133"/>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="134"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="70"/>
        <source>Expected value</source>
        <translation>Ակնկալվող գումար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="135"/>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="68"/>
        <source>Photo</source>
        <translation>Լուսանկար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="136"/>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="187"/>
        <source>home</source>
        <translation>տնային</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="188"/>
        <source>mobile</source>
        <translation>բջջային</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="189"/>
        <source>work</source>
        <translation>աշխատանքային</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="190"/>
        <source>other</source>
        <translation>այլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="191"/>
        <source>fax</source>
        <translation>ֆաքս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="257"/>
        <source>no photo</source>
        <translation>լուսանկար չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="261"/>
        <source>Choose photo</source>
        <translation>Ընտրել լուսանկար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="261"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Պատկերներ (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/contact_form.py" line="286"/>
        <source>The birthday %1 %2 does not exist.</source>
        <translation>%1 %2 ծննդյան օր գոյություն չունի։</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="56"/>
        <source>Something went wrong</source>
        <translation>Ինչ-որ բան սխալ գնաց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="59"/>
        <source>ProspectDesk ran into a problem it did not expect. Your saved contacts are safe: a change that did not finish was not stored. You can keep working; if it happens again, please send the details below with a bug report.</source>
        <translation>ProspectDesk-ը հանդիպեց անսպասելի խնդրի։ Ձեր պահպանված կոնտակտներն անվտանգ են․ չավարտված փոփոխությունը չի պահպանվել։ Կարող եք շարունակել աշխատել․ եթե դա կրկնվի, խնդրում ենք ներքևի մանրամասներն ուղարկել սխալի մասին հաղորդագրության հետ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="66"/>
        <source>The details are also in the log file %1</source>
        <translation>Մանրամասները նաև մատյանի ֆայլում են՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="78"/>
        <source>Copy details</source>
        <translation>Պատճենել մանրամասները</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/crash_report.py" line="152"/>
        <source>Open log folder</source>
        <translation>Բացել մատյանների թղթապանակը</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="28"/>
        <source>Qualification criteria</source>
        <translation>Որակավորման չափանիշներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="34"/>
        <source>Add</source>
        <translation>Ավելացնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="36"/>
        <source>Remove</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="38"/>
        <source>Move up</source>
        <translation>Տեղափոխել վեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="40"/>
        <source>Move down</source>
        <translation>Տեղափոխել վար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="54"/>
        <source>A lead becomes a prospect when every criterion is met. Double-click to rename.</source>
        <translation>Լիդը դառնում է պոտենցիալ հաճախորդ, երբ բոլոր չափանիշները բավարարված են։ Վերանվանելու համար կրկնակի սեղմեք։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/criteria_dialog.py" line="81"/>
        <source>New criterion</source>
        <translation>Նոր չափանիշ</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="26"/>
        <source>Lead</source>
        <translation>Լիդ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="27"/>
        <source>Prospect</source>
        <translation>Պոտենցիալ հաճախորդ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="28"/>
        <source>Presentation</source>
        <translation>Ներկայացում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="29"/>
        <source>Follow up later</source>
        <translation>Կապվել ավելի ուշ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="30"/>
        <source>Customer</source>
        <translation>Հաճախորդ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="31"/>
        <source>Repeat buyer</source>
        <translation>Մշտական հաճախորդ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="32"/>
        <source>Not now (kept on the list)</source>
        <translation>Ոչ հիմա (մնում է ցուցակում)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="36"/>
        <source>Bought list</source>
        <translation>Գնված ցուցակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="37"/>
        <source>Phone book</source>
        <translation>Հեռախոսագիրք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="38"/>
        <source>Internet search</source>
        <translation>Որոնում համացանցում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="39"/>
        <source>Met in person</source>
        <translation>Անձնական ծանոթություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="40"/>
        <source>Referral</source>
        <translation>Ծանոթի երաշխավորությամբ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="41"/>
        <source>Import</source>
        <translation>Ներմուծում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="42"/>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="47"/>
        <source>Fits my target market</source>
        <translation>Համապատասխանում է իմ թիրախային շուկային</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="48"/>
        <source>Has the money to buy</source>
        <translation>Գնելու միջոցներ ունի</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="49"/>
        <source>Has the authority to decide</source>
        <translation>Ինքն է որոշում կայացնում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="54"/>
        <source>Price</source>
        <translation>Գինը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="55"/>
        <source>Timing</source>
        <translation>Ժամանակը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="56"/>
        <source>No need</source>
        <translation>Կարիք չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="57"/>
        <source>Chose another</source>
        <translation>Ընտրեց ուրիշին</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/domain/defaults.py" line="58"/>
        <source>No authority to decide</source>
        <translation>Որոշելու իրավունք չունի</translation>
    </message>
</context>
<context>
    <name>DeletedContactsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="33"/>
        <source>Deleted contacts</source>
        <translation>Ջնջված կոնտակտներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="37"/>
        <source>Deleted contacts are kept until every backup is newer than the deletion (a few weeks). Select people to bring them back.</source>
        <translation>Ջնջված կոնտակտները պահվում են, մինչև բոլոր պահուստային պատճենները ջնջումից ավելի նոր լինեն (մի քանի շաբաթ)։ Ընտրեք մարդկանց՝ նրանց վերադարձնելու համար։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="46"/>
        <source>Bring back</source>
        <translation>Վերադարձնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="63"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="68"/>
        <source>%1 (deleted %2)</source>
        <translation>%1 (ջնջվել է՝ %2)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/deleted_dialog.py" line="89"/>
        <source>Deleted contacts…</source>
        <translation>Ջնջված կոնտակտներ…</translation>
    </message>
</context>
<context>
    <name>DuplicateCount</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="230"/>
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n հնարավոր կրկնօրինակ</numerusform>
            <numerusform>%n հնարավոր կրկնօրինակ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="231"/>
        <source>Edit ▸ Find duplicates…</source>
        <translation>Խմբագրել ▸ Գտնել կրկնօրինակները…</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="39"/>
        <source>same e-mail</source>
        <translation>նույն էլ. հասցեն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="40"/>
        <source>same phone</source>
        <translation>նույն հեռախոսահամարը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="41"/>
        <source>same name and organization</source>
        <translation>նույն անունը և կազմակերպությունը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="44"/>
        <source>same name</source>
        <translation>նույն անունը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="45"/>
        <source>name written in another order</source>
        <translation>անունը գրված է այլ հերթականությամբ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="48"/>
        <source>name differs only in accents</source>
        <translation>անունը տարբերվում է միայն շեշտանշաններով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="49"/>
        <source>a nickname of the same name</source>
        <translation>նույն անվան կրճատ ձևը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="50"/>
        <source>names differ by a typo</source>
        <translation>անունները տարբերվում են վրիպակով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="51"/>
        <source>different names</source>
        <translation>տարբեր անուններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="52"/>
        <source>name written in another script</source>
        <translation>անունը գրված է այլ այբուբենով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="120"/>
        <source>Possible duplicates</source>
        <translation>Հնարավոր կրկնօրինակներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="126"/>
        <source>Merge…</source>
        <translation>Միավորել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="128"/>
        <source>Not a duplicate</source>
        <translation>Կրկնօրինակ չէ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="147"/>
        <source>%1 / %2: %3 (%4%)</source>
        <translation>%1 / %2. %3 (%4%)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="239"/>
        <source>Find duplicates…</source>
        <translation>Գտնել կրկնօրինակները…</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="47"/>
        <source>No contacts yet. Start with your first lead: add one by hand, import the contacts you already have (vCard or CSV, from Google, Outlook, your phone…) or connect your phone&apos;s address book. Help ▸ The sales process explains the steps; Help ▸ Try a sample workspace… shows the app on invented people, without touching your data.</source>
        <translation>Կոնտակտներ դեռ չկան։ Սկսեք ձեր առաջին լիդից՝ ավելացրեք այն ձեռքով, ներմուծեք արդեն ունեցած կոնտակտները (vCard կամ CSV՝ Google-ից, Outlook-ից, ձեր հեռախոսից…) կամ միացրեք ձեր հեռախոսի հասցեագիրքը։ Օգնություն ▸ Վաճառքի գործընթացը բացատրում է քայլերը, իսկ Օգնություն ▸ Փորձել օրինակային աշխատատարածքը… ցույց է տալիս ծրագիրը հորինված մարդկանց վրա՝ առանց ձեր տվյալներին դիպչելու։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="56"/>
        <source>Add a lead</source>
        <translation>Ավելացնել լիդ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="62"/>
        <source>Import a file…</source>
        <translation>Ներմուծել ֆայլ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="72"/>
        <source>Connect a phone…</source>
        <translation>Միացնել հեռախոսը…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="192"/>
        <source>ProspectDesk: sample workspace (invented people, not your data)</source>
        <translation>ProspectDesk. օրինակային աշխատատարածք (հորինված մարդիկ, ոչ ձեր տվյալները)</translation>
    </message>
</context>
<context>
    <name>ForecastPanel</name>
    <message>
        <location filename="../../prospectdesk/ui/forecast_panel.py" line="37"/>
        <source>Expected from repeat buyers: %1 in the next 30 days, %2 in the next 90 days</source>
        <translation>Սպասվում է կրկնվող գնորդներից՝ %1 առաջիկա 30 օրում, %2 առաջիկա 90 օրում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/forecast_panel.py" line="43"/>
        <source>Open pipeline weighted by these rates: %1 (of %2 expected)</source>
        <translation>Բաց վաճառքի խողովակը՝ կշռված այս տոկոսներով՝ %1 (սպասվող %2-ից)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/forecast_panel.py" line="49"/>
        <source>Each open contact&apos;s expected value times the share of their stage that went on to become a customer. Stages nobody entered in this period count for nothing.</source>
        <translation>Յուրաքանչյուր բաց կոնտակտի սպասվող արժեքը՝ բազմապատկած նրա փուլի այն մասով, որը դարձավ հաճախորդ։ Այն փուլերը, որտեղ այս ժամանակահատվածում ոչ ոք չի մտել, հաշվի չեն առնվում։</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/funnel_view.py" line="66"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n մարդ</numerusform>
            <numerusform>%n մարդ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="70"/>
        <source>median: no stays ended yet</source>
        <translation>միջին՝ դեռ ոչ ոք փուլից դուրս չի եկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="71"/>
        <source>median %1 days</source>
        <translation>միջին՝ %1 օր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="78"/>
        <source>no one entered in this period</source>
        <translation>այս ժամանակահատվածում ոչ ոք չի մտել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="80"/>
        <source>%1 % went on (%2 of %3)</source>
        <translation>%1 %-ն անցավ առաջ (%2՝ %3-ից)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="107"/>
        <source>No stages</source>
        <translation>Փուլեր չկան</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="199"/>
        <source>Last 30 days</source>
        <translation>Վերջին 30 օրը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="200"/>
        <source>Last 90 days</source>
        <translation>Վերջին 90 օրը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="201"/>
        <source>Last 12 months</source>
        <translation>Վերջին 12 ամիսը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="202"/>
        <source>This year</source>
        <translation>Այս տարի</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="203"/>
        <source>All time</source>
        <translation>Ամբողջ ժամանակահատվածը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="211"/>
        <source>Bars: people in each stage at the end of the period. Arrows: of those who entered a stage in the period, the share that went further. Follow up later and Not now are side exits.</source>
        <translation>Սյուներ՝ յուրաքանչյուր փուլի մարդիկ ժամանակահատվածի վերջում։ Սլաքներ՝ ժամանակահատվածում փուլ մտածներից առաջ անցածների բաժինը։ «Կապվել ավելի ուշ» և «Ոչ հիմա» փուլերը կողային ելքեր են։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/funnel_view.py" line="219"/>
        <source>Period:</source>
        <translation>Ժամանակահատված:</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="32"/>
        <source>Not qualified yet</source>
        <translation>Դեռ որակավորված չէ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="34"/>
        <source>%1: not yet known or not met: %2</source>
        <translation>%1. դեռ հայտնի չէ կամ չի բավարարում՝ %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="43"/>
        <source>e.g. met at the fair, buys for the whole team</source>
        <translation>օր.՝ հանդիպել ենք ցուցահանդեսում, գնում է ամբողջ թիմի համար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="44"/>
        <source>Reason to move anyway</source>
        <translation>Այնուամենայնիվ տեղափոխելու պատճառը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="50"/>
        <source>Qualify…</source>
        <translation>Որակավորել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/gate_dialog.py" line="55"/>
        <source>Move anyway</source>
        <translation>Այնուամենայնիվ տեղափոխել</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="41"/>
        <source>vCard 3.0, one file per contact, for Outlook (*.vcf)</source>
        <translation>vCard 3.0, մեկ ֆայլ յուրաքանչյուր կոնտակտի համար, Outlook-ի համար (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="57"/>
        <source>Import…</source>
        <translation>Ներմուծել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="61"/>
        <source>Export…</source>
        <translation>Արտահանել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="71"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="273"/>
        <source>Import contacts</source>
        <translation>Ներմուծել կոնտակտներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="73"/>
        <source>Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Կոնտակտների ֆայլեր (*.vcf *.vcard *.csv *.txt);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="98"/>
        <source>Export contacts</source>
        <translation>Արտահանել կոնտակտները</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="120"/>
        <source>Exported %1 contacts to %2</source>
        <translation>%1 կոնտակտ արտահանվեց %2-ում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_actions.py" line="126"/>
        <source>Export failed: %1</source>
        <translation>Արտահանումը ձախողվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="309"/>
        <source>Lead source:</source>
        <translation>Կոնտակտի աղբյուր:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="314"/>
        <source>Stage for new contacts:</source>
        <translation>Նոր կոնտակտների փուլը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="327"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="328"/>
        <source>New contacts</source>
        <translation>Նոր կոնտակտներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="198"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="340"/>
        <source>Merge</source>
        <translation>Միավորել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="77"/>
        <source>Keep in notes</source>
        <translation>Պահել նշումներում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="78"/>
        <source>Do not import</source>
        <translation>Չներմուծել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="79"/>
        <source>Full name</source>
        <translation>Լրիվ անուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="80"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="223"/>
        <source>Given name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="81"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="224"/>
        <source>Family name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="82"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="154"/>
        <source>Organization</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="83"/>
        <source>Job title</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="84"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="155"/>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="85"/>
        <source>E-mail (second)</source>
        <translation>Էլ. փոստ (երկրորդ)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="86"/>
        <source>Phone (mobile)</source>
        <translation>Հեռախոս (բջջային)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="87"/>
        <source>Phone (home)</source>
        <translation>Հեռախոս (տնային)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="88"/>
        <source>Phone (work)</source>
        <translation>Հեռախոս (աշխատանքային)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="89"/>
        <source>Phone (other)</source>
        <translation>Հեռախոս (այլ)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="90"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="157"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="222"/>
        <source>Birthday</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="91"/>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="92"/>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="95"/>
        <source>Address: street</source>
        <translation>Հասցե՝ փողոց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="96"/>
        <source>Address: street (line 2)</source>
        <translation>Հասցե՝ փողոց (տող 2)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="97"/>
        <source>Address: street (line 3)</source>
        <translation>Հասցե՝ փողոց (տող 3)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="98"/>
        <source>Address: city</source>
        <translation>Հասցե՝ քաղաք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="99"/>
        <source>Address: region</source>
        <translation>Հասցե՝ մարզ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="100"/>
        <source>Address: postal code</source>
        <translation>Հասցե՝ փոստային ինդեքս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="101"/>
        <source>Address: country</source>
        <translation>Հասցե՝ երկիր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="153"/>
        <source>Name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="156"/>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="158"/>
        <source>File:line</source>
        <translation>Ֆայլ:տող</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="159"/>
        <source>Same as</source>
        <translation>Նույնն է, ինչ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="160"/>
        <source>Differs</source>
        <translation>Տարբերվում է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="161"/>
        <source>Action</source>
        <translation>Գործողություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="187"/>
        <source>another record in this import</source>
        <translation>այս ներմուծման մեկ այլ գրառում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="192"/>
        <source>Possibly %1</source>
        <translation>Հավանաբար %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="199"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="341"/>
        <source>Keep both</source>
        <translation>Պահել երկուսն էլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="200"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="342"/>
        <source>Skip</source>
        <translation>Բաց թողնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="225"/>
        <source>Label of %1</source>
        <translation>%1-ի պիտակը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="233"/>
        <source>%1: %2 / %3 (taken)</source>
        <translation>%1: %2 / %3 (ընդունված)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="235"/>
        <source>%1: %2 (kept) / %3</source>
        <translation>%1: %2 (պահված) / %3</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="317"/>
        <source>unknown: kept as written (see Settings)</source>
        <translation>անհայտ է. համարները պահվում են ինչպես գրված են (տես Կարգավորումներ)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="320"/>
        <source>Country of phone numbers without a country code:</source>
        <translation>Առանց երկրի կոդի հեռախոսահամարների երկիրը՝</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="346"/>
        <source>Apply to the selected rows (all rows if none selected)</source>
        <translation>Կիրառել ընտրված տողերի վրա (եթե ոչինչ ընտրված չէ՝ բոլոր տողերի)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="351"/>
        <source>Keep stored values</source>
        <translation>Պահել պահպանված արժեքները</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="353"/>
        <source>Use imported values</source>
        <translation>Օգտագործել ներմուծված արժեքները</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="358"/>
        <source>Where a merge would replace a birthday, name or phone label: keep the stored one (the other goes into the notes) or use the imported one</source>
        <translation>Երբ միավորումը կփոխարինի ծննդյան օրը, անունը կամ հեռախոսի պիտակը՝ պահել պահպանվածը (մյուսը կգրվի նշումներում) կամ օգտագործել ներմուծվածը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="335"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="366"/>
        <source>Duplicates</source>
        <translation>Կրկնօրինակներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="370"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="371"/>
        <source>Problems</source>
        <translation>Խնդիրներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="389"/>
        <source>Import</source>
        <translation>Ներմուծել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="416"/>
        <source>Reading…</source>
        <translation>Ընթերցվում է…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="433"/>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="444"/>
        <source>Columns</source>
        <translation>Սյունակներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="439"/>
        <source>The files could not be read: %1</source>
        <translation>Ֆայլերը հնարավոր չեղավ կարդալ՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="446"/>
        <source>Column</source>
        <translation>Սյունակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="446"/>
        <source>First value</source>
        <translation>Առաջին արժեքը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="446"/>
        <source>Import as</source>
        <translation>Ներմուծել որպես</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="533"/>
        <source>Duplicates (%1)</source>
        <translation>Կրկնօրինակներ (%1)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="536"/>
        <source>Problems (%1)</source>
        <translation>Խնդիրներ (%1)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="548"/>
        <source>%1 records read: %2 new, %3 to merge, %4 kept apart, %5 skipped, %6 rejected.</source>
        <translation>Կարդացվել է %1 գրառում՝ %2 նոր, %3 միավորելու, %4 առանձին պահված, %5 բաց թողնված, %6 մերժված։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/import_dialog.py" line="559"/>
        <source>%n of the duplicates may be someone else (only the name is the same, or an e-mail or phone under another name): they are kept as new contacts unless you choose Merge.</source>
        <translation>
            <numerusform>Կրկնօրինակներից %n-ը կարող է այլ մարդ լինել (նույնն է միայն անունը, կամ էլ. փոստը կամ հեռախոսը՝ այլ անվան տակ)։ Այն կպահվի որպես նոր կոնտակտ, եթե չընտրեք Միավորել։</numerusform>
            <numerusform>Կրկնօրինակներից %n-ը կարող են այլ մարդիկ լինել (նույնն է միայն անունը, կամ էլ. փոստը կամ հեռախոսը՝ այլ անվան տակ)։ Դրանք կպահվեն որպես նոր կոնտակտներ, եթե չընտրեք Միավորել։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="656"/>
        <source>%1 records read: imported %2 new contacts, merged %3, %4 unchanged, %5 kept apart, %6 skipped, %7 rejected. Edit ▸ Undo takes it back.</source>
        <translation>Կարդացվել է %1 գրառում՝ ներմուծվել է %2 նոր կոնտակտ, միավորվել՝ %3, անփոփոխ՝ %4, առանձին պահված՝ %5, բաց թողնված՝ %6, մերժված՝ %7։ Խմբագրել ▸ Հետարկել-ը կչեղարկի այն։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="598"/>
        <source>Importing…</source>
        <translation>Ներմուծվում է…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="629"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Ներմուծումը չեղարկվեց, ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_dialog.py" line="632"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Ներմուծումը ձախողվեց, ոչինչ չի փոխվել՝ %1</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="51"/>
        <source>File</source>
        <translation>Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="52"/>
        <source>Imported</source>
        <translation>Ներմուծված է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="53"/>
        <source>Created</source>
        <translation>Նոր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="54"/>
        <source>Merged</source>
        <translation>Միավորված</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="55"/>
        <source>Skipped</source>
        <translation>Բաց թողնված</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="56"/>
        <source>Undone</source>
        <translation>Չեղարկված</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="116"/>
        <source>Import history</source>
        <translation>Ներմուծումների պատմություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="120"/>
        <source>Undo takes an import back: its new contacts are removed and the contacts it merged into get their earlier details back. Contacts changed since the import are kept as they are.</source>
        <translation>Չեղարկումը հետ է վերցնում ներմուծումը. դրա նոր կոնտակտները հեռացվում են, իսկ այն կոնտակտները, որոնց հետ այն միավորվել է, ստանում են իրենց նախկին տվյալները։ Ներմուծումից հետո փոփոխված կոնտակտները մնում են այնպես, ինչպես կան։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="139"/>
        <source>Undo import</source>
        <translation>Չեղարկել ներմուծումը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="181"/>
        <source>Undo the import of %1 from %2?</source>
        <translation>Չեղարկե՞լ %1 ֆայլի ներմուծումը (%2)։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="191"/>
        <source>%n contact(s) changed since the import will be kept as they are: %1</source>
        <translation>
            <numerusform>Ներմուծումից հետո փոփոխված %n կոնտակտը կմնա այնպես, ինչպես կա՝ %1</numerusform>
            <numerusform>Ներմուծումից հետո փոփոխված %n կոնտակտները կմնան այնպես, ինչպես կան՝ %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="211"/>
        <source>This import was undone already; nothing was changed.</source>
        <translation>Այս ներմուծումն արդեն չեղարկված է. ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="229"/>
        <source>Import history…</source>
        <translation>Ներմուծումների պատմություն…</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="302"/>
        <source>Phone call</source>
        <translation>Հեռախոսազանգ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="303"/>
        <source>Meeting</source>
        <translation>Հանդիպում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="304"/>
        <source>E-mail</source>
        <translation>Էլ. նամակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="305"/>
        <source>Online form</source>
        <translation>Առցանց հայտ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="306"/>
        <source>In person</source>
        <translation>Անձամբ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/activity_tabs.py" line="307"/>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="67"/>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="71"/>
        <source>System language</source>
        <translation>Համակարգի լեզուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="76"/>
        <source>ProspectDesk will use the new language the next time it starts.</source>
        <translation>ProspectDesk-ը նոր լեզուն կօգտագործի հաջորդ գործարկման ժամանակ։</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="32"/>
        <source>&amp;Language</source>
        <translation>&amp;Լեզու</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="36"/>
        <source>System language</source>
        <translation>Համակարգի լեզուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="56"/>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="57"/>
        <source>ProspectDesk will use the new language the next time it starts.</source>
        <translation>ProspectDesk-ը նոր լեզուն կօգտագործի հաջորդ գործարկման ժամանակ։</translation>
    </message>
</context>
<context>
    <name>LossReasonsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/loss_reasons_dialog.py" line="30"/>
        <location filename="../../prospectdesk/ui/loss_reasons_dialog.py" line="35"/>
        <source>Reasons for “no”</source>
        <translation>«Ոչ»-ի պատճառները</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/loss_reasons_dialog.py" line="31"/>
        <source>The reasons a “no” close offers, one a line:</source>
        <translation>«Ոչ» պատասխանի առաջարկվող պատճառները՝ մեկական տողում․</translation>
    </message>
</context>
<context>
    <name>LossesTable</name>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="27"/>
        <source>Said no, by lead source and reason</source>
        <translation>Մերժեցին՝ ըստ աղբյուրի և պատճառի</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="29"/>
        <source>Said no, by reason</source>
        <translation>Մերժեցին՝ ըստ պատճառի</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="32"/>
        <source>Reason</source>
        <translation>Պատճառ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="32"/>
        <source>People</source>
        <translation>Մարդիկ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="34"/>
        <source>Lead source</source>
        <translation>Կոնտակտի աղբյուր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="59"/>
        <source>(no reason given)</source>
        <translation>(պատճառը նշված չէ)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/losses_view.py" line="63"/>
        <source>(no source)</source>
        <translation>(առանց աղբյուրի)</translation>
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
        <translation>Վահանակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="77"/>
        <source>Search names, organizations, e-mail, phones, tags, notes…</source>
        <translation>Որոնել անուններ, կազմակերպություններ, էլ. փոստ, հեռախոսներ, պիտակներ, նշումներ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="81"/>
        <source>Main</source>
        <translation>Հիմնական</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="144"/>
        <source>Ready</source>
        <translation>Պատրաստ է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="89"/>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="90"/>
        <source>&amp;Edit</source>
        <translation>&amp;Խմբագրել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="92"/>
        <source>&amp;Go</source>
        <translation>&amp;Անցում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="93"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Փուլեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="94"/>
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="98"/>
        <source>New contact</source>
        <translation>Նոր կոնտակտ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="183"/>
        <source>Quit</source>
        <translation>Ելք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="187"/>
        <source>Undo</source>
        <translation>Հետարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="194"/>
        <source>Delete selected contacts…</source>
        <translation>Ջնջել ընտրված կոնտակտները…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="201"/>
        <source>Tag selected contacts…</source>
        <translation>Պիտակավորել ընտրված կոնտակտները…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="80"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="202"/>
        <source>Find</source>
        <translation>Որոնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="209"/>
        <source>Next contact</source>
        <translation>Հաջորդ կոնտակտը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="211"/>
        <source>Previous contact</source>
        <translation>Նախորդ կոնտակտը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="216"/>
        <source>Move selected to next stage</source>
        <translation>Տեղափոխել ընտրվածները հաջորդ փուլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="217"/>
        <source>Move selected to previous stage</source>
        <translation>Տեղափոխել ընտրվածները նախորդ փուլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="218"/>
        <source>Move selected up</source>
        <translation>Ընտրվածը վեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="219"/>
        <source>Move selected down</source>
        <translation>Ընտրվածը վար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="226"/>
        <source>Add stage…</source>
        <translation>Ավելացնել փուլ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="227"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="299"/>
        <source>About ProspectDesk</source>
        <translation>ProspectDesk-ի մասին</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/main_window.py" line="266"/>
        <source>Deleted %n contact(s). Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Ջնջվեց %n կոնտակտ։ Վերականգնելու համար՝ Խմբագրել ▸ Հետարկել։</numerusform>
            <numerusform>Ջնջվեց %n կոնտակտ։ Վերականգնելու համար՝ Խմբագրել ▸ Հետարկել։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="294"/>
        <source>(in memory)</source>
        <translation>(հիշողության մեջ)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="301"/>
        <source>ProspectDesk %1

A prospect tracker for people who run a business from home.

Data folder: %2</source>
        <translation>ProspectDesk %1

Պոտենցիալ հաճախորդներին հետևելու ծրագիր՝ տնից բիզնես վարողների համար։

Տվյալների թղթապանակ՝ %2</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="83"/>
        <source>Merge contacts</source>
        <translation>Միավորել կոնտակտները</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="47"/>
        <source>Follow-up after a presentation</source>
        <translation>Հետադարձ կապ ներկայացումից հետո</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="48"/>
        <source>Check-in after “not ready”</source>
        <translation>Հարցում «դեռ պատրաստ չեմ»-ից հետո</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="49"/>
        <source>Birthday greeting</source>
        <translation>Ծննդյան շնորհավորանք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="50"/>
        <source>Thank you after a sale</source>
        <translation>Շնորհակալություն վաճառքից հետո</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="51"/>
        <source>Recontact after a “no”</source>
        <translation>Կրկին կապ «ոչ»-ից հետո</translation>
    </message>
</context>
<context>
    <name>NextStepDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="53"/>
        <source>Follow-up done: what next?</source>
        <translation>Հետագա քայլը կատարված է։ Ի՞նչ հաջորդիվ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="55"/>
        <source>Schedule the next follow-up</source>
        <translation>Պլանավորել հաջորդ քայլը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="56"/>
        <source>No next step for now</source>
        <translation>Առայժմ հաջորդ քայլ չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="65"/>
        <source>What to do, e.g. send the price list</source>
        <translation>Ինչ անել, օր.՝ ուղարկել գնացուցակը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="75"/>
        <source>Due</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="76"/>
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
</context>
<context>
    <name>PresentationDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="50"/>
        <source>Presentation to %1</source>
        <translation>Ներկայացում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="50"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="58"/>
        <source>what you offered</source>
        <translation>ինչ եք առաջարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="60"/>
        <source>what you asked them to do</source>
        <translation>ինչ եք խնդրել նրանց անել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="81"/>
        <source>What they bought:</source>
        <translation>Ինչ են գնել:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="82"/>
        <source>Amount:</source>
        <translation>Գումար:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="83"/>
        <source>Date of the sale:</source>
        <translation>Վաճառքի ամսաթիվը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="87"/>
        <source>Follow up on the presentation</source>
        <translation>Հետևել ներկայացմանը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="90"/>
        <source>Follow up on:</source>
        <translation>Կապվել՝</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="91"/>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="124"/>
        <source>What to do:</source>
        <translation>Ինչ անել:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="95"/>
        <source>Yes, they agreed to stay on the list</source>
        <translation>Այո, համաձայն են մնալ ցուցակում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="96"/>
        <source>No, they did not (mark them “do not contact”)</source>
        <translation>Ոչ, չեն համաձայնել (նշել «չկապվել»)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="99"/>
        <source>Contact them again on:</source>
        <translation>Կրկին կապվել՝</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="101"/>
        <source>Contact again</source>
        <translation>Կրկին կապվել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="117"/>
        <source>price, timing, …</source>
        <translation>գին, ժամանակ, …</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="118"/>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="119"/>
        <source>Why did they say no?</source>
        <translation>Ինչո՞ւ մերժեցին</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="120"/>
        <source>Did they agree to stay on the list?</source>
        <translation>Համաձա՞յն են մնալ ցուցակում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="136"/>
        <source>Record</source>
        <translation>Գրանցել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="138"/>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="146"/>
        <source>Date:</source>
        <translation>Ամսաթիվ:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="147"/>
        <source>Offered:</source>
        <translation>Առաջարկվել է:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="148"/>
        <source>Call to action:</source>
        <translation>Գործողության կոչ:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="149"/>
        <source>Outcome of the close:</source>
        <translation>Գործարքի արդյունքը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="218"/>
        <source>Say what they bought.</source>
        <translation>Նշեք, թե ինչ են գնել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="219"/>
        <source>Enter the amount.</source>
        <translation>Նշեք գումարը։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="220"/>
        <source>Choose when to follow up.</source>
        <translation>Ընտրեք, թե երբ կապվել կրկին։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="221"/>
        <source>Say whether they agreed to stay on the list.</source>
        <translation>Նշեք՝ համաձա՞յն են մնալ ցուցակում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="245"/>
        <source>Choose the outcome of the close.</source>
        <translation>Ընտրեք գործարքի արդյունքը։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/presentation_dialog.py" line="249"/>
        <source>Say why they said no.</source>
        <translation>Նշեք, թե ինչու մերժեցին։</translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="38"/>
        <source>Card sent</source>
        <translation>Բացիկն ուղարկված է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="49"/>
        <source>Save as PDF</source>
        <translation>Պահպանել որպես PDF</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="75"/>
        <source>Print envelopes / labels</source>
        <translation>Տպել ծրարներ / պիտակներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="77"/>
        <source>Birthdays in the next days:</source>
        <translation>Ծննդյան օրերը առաջիկա օրերին:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="83"/>
        <source>Days ahead</source>
        <translation>Օրեր առաջ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/print_dialog.py" line="85"/>
        <source>The chosen contacts (%n)</source>
        <translation>
            <numerusform>Ընտրված կոնտակտները (%n)</numerusform>
            <numerusform>Ընտրված կոնտակտները (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="97"/>
        <source>Labels: %1</source>
        <translation>Պիտակներ: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="99"/>
        <source>Envelopes: %1</source>
        <translation>Ծրարներ: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="102"/>
        <source>People to print for</source>
        <translation>Մարդիկ, որոնց համար տպվում է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="112"/>
        <source>Print on:</source>
        <translation>Տպել:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="114"/>
        <source>Print…</source>
        <translation>Տպել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="116"/>
        <source>Save as PDF…</source>
        <translation>Պահպանել որպես PDF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/print_dialog.py" line="153"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n բացիկ</numerusform>
            <numerusform>%n բացիկ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="156"/>
        <source>Left out, without a postal address: %1</source>
        <translation>Բաց է թողնված, փոստային հասցե չկա: %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_dialog.py" line="189"/>
        <source>Nothing was printed: %1</source>
        <translation>Ոչինչ չի տպվել: %1</translation>
    </message>
</context>
<context>
    <name>PrintUi</name>
    <message>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="25"/>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="57"/>
        <source>Print envelopes / labels…</source>
        <translation>Տպել ծրարներ / պիտակներ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="32"/>
        <source>Message templates…</source>
        <translation>Նամակների ձևանմուշներ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="41"/>
        <location filename="../../prospectdesk/ui/print_wiring.py" line="53"/>
        <source>Send…</source>
        <translation>Ուղարկել…</translation>
    </message>
</context>
<context>
    <name>ProspectDeskApp</name>
    <message>
        <location filename="../../prospectdesk/ui/app.py" line="241"/>
        <source>Settings…</source>
        <translation>Կարգավորումներ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/app.py" line="276"/>
        <source>ProspectDesk keeps running</source>
        <translation>ProspectDesk-ը շարունակում է աշխատել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/app.py" line="277"/>
        <source>Reminders still arrive while the window is closed. Quit from the tray icon&apos;s menu; Settings… can change this.</source>
        <translation>Հիշեցումները գալիս են նաև պատուհանը փակ լինելիս։ Դուրս գալու համար օգտվեք համակարգային սկուտեղի պատկերակի ընտրացանկից, իսկ Կարգավորումներ…-ում կարող եք սա փոխել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/app.py" line="283"/>
        <source>Reminders still arrive while the window is closed. To quit, use Quit on this message, or open ProspectDesk and choose File ▸ Quit; Settings… can change this.</source>
        <translation>Հիշեցումները գալիս են նաև պատուհանը փակ լինելիս։ Դուրս գալու համար սեղմեք այս հաղորդագրության «Ելք» կոճակը կամ բացեք ProspectDesk-ը և ընտրեք Ֆայլ ▸ Ելք։ Կարգավորումներ…-ում կարող եք սա փոխել։</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="51"/>
        <source>&amp;Step up</source>
        <translation>&amp;Մեծացնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="52"/>
        <source>Step &amp;down</source>
        <translation>&amp;Փոքրացնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="53"/>
        <source>&amp;Select All</source>
        <translation>&amp;Ընտրել բոլորը</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="39"/>
        <source>Cu&amp;t</source>
        <translation>Կտ&amp;րել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="40"/>
        <source>&amp;Copy</source>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="41"/>
        <source>&amp;Paste</source>
        <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="42"/>
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="43"/>
        <source>Select All</source>
        <translation>Ընտրել բոլորը</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="54"/>
        <source>Show Details...</source>
        <translation>Ցույց տալ մանրամասները...</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="55"/>
        <source>Hide Details...</source>
        <translation>Թաքցնել մանրամասները...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="18"/>
        <source>OK</source>
        <translation>Լավ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="19"/>
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="20"/>
        <source>Save All</source>
        <translation>Պահպանել բոլորը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="21"/>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="22"/>
        <source>&amp;Yes</source>
        <translation>&amp;Այո</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="23"/>
        <source>Yes to &amp;All</source>
        <translation>Այո &amp;բոլորին</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="24"/>
        <source>&amp;No</source>
        <translation>&amp;Ոչ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="25"/>
        <source>N&amp;o to All</source>
        <translation>Ո&amp;չ բոլորին</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="26"/>
        <source>Abort</source>
        <translation>Ընդհատել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="27"/>
        <source>Retry</source>
        <translation>Կրկնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="28"/>
        <source>Ignore</source>
        <translation>Անտեսել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="29"/>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="30"/>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="31"/>
        <source>Discard</source>
        <translation>Չպահպանել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="32"/>
        <source>Help</source>
        <translation>Օգնություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="33"/>
        <source>Apply</source>
        <translation>Կիրառել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="34"/>
        <source>Reset</source>
        <translation>Վերակայել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="35"/>
        <source>Restore Defaults</source>
        <translation>Վերականգնել սկզբնականը</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="44"/>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="45"/>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="46"/>
        <source>Cu&amp;t</source>
        <translation>Կտ&amp;րել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="47"/>
        <source>&amp;Copy</source>
        <translation>&amp;Պատճենել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="49"/>
        <source>Delete</source>
        <translation>Ջնջել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qt_strings.py" line="50"/>
        <source>Select All</source>
        <translation>Ընտրել բոլորը</translation>
    </message>
</context>
<context>
    <name>QualifyDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="63"/>
        <source>Qualify %1</source>
        <translation>Որակավորել՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="63"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="74"/>
        <source>Criterion</source>
        <translation>Չափանիշ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="74"/>
        <source>Note</source>
        <translation>Նշում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="90"/>
        <source>optional note</source>
        <translation>նշում (ոչ պարտադիր)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="101"/>
        <source>How were the answers gathered?</source>
        <translation>Ինչպե՞ս են հավաքվել պատասխանները։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="108"/>
        <source>Save answers</source>
        <translation>Պահպանել պատասխանները</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="110"/>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="129"/>
        <source>Keep where they are</source>
        <translation>Թողնել տեղում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="172"/>
        <source>All criteria are met.</source>
        <translation>Բոլոր չափանիշները բավարարված են։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="173"/>
        <source>At least one criterion is not met.</source>
        <translation>Առնվազն մեկ չափանիշ բավարարված չէ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="174"/>
        <source>Not everything is known yet.</source>
        <translation>Դեռ ամեն ինչ հայտնի չէ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="191"/>
        <source>%1 of %2 criteria met.</source>
        <translation>Բավարարված է %1 չափանիշ %2-ից։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="199"/>
        <source>The answers are kept with the contact.</source>
        <translation>Պատասխանները պահվում են կոնտակտի տվյալներում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="202"/>
        <source>Close</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="205"/>
        <source>All criteria are met: move them to “%1”?</source>
        <translation>Բոլոր չափանիշները բավարարված են։ Տեղափոխե՞լ «%1» փուլ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="207"/>
        <source>Not all criteria are met: move them to “%1”? They stay on the list.</source>
        <translation>Ոչ բոլոր չափանիշներն են բավարարված։ Տեղափոխե՞լ «%1» փուլ։ Նրանք կմնան ցուցակում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/qualify_dialog.py" line="210"/>
        <source>Move to %1</source>
        <translation>Տեղափոխել %1</translation>
    </message>
</context>
<context>
    <name>RegionChooser</name>
    <message>
        <location filename="../../prospectdesk/ui/region.py" line="52"/>
        <source>Phone numbers</source>
        <translation>Հեռախոսահամարներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/region.py" line="57"/>
        <source>As the system: %1</source>
        <translation>Ինչպես համակարգում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/region.py" line="59"/>
        <source>As the system: unknown (numbers are kept as written)</source>
        <translation>Ինչպես համակարգում՝ անհայտ (համարները պահվում են ինչպես գրված են)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/region.py" line="66"/>
        <source>Country of numbers without a country code</source>
        <translation>Առանց երկրի կոդի համարների երկիրը</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="253"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="274"/>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="258"/>
        <source>Snooze or done</source>
        <translation>Հետաձգել կամ ավարտել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="264"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="265"/>
        <source>Dismiss</source>
        <translation>Փակել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="274"/>
        <source>Show Today</source>
        <translation>Ցույց տալ «Այսօր»-ը</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="49"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="53"/>
        <source>Birthday today: %1</source>
        <translation>Այսօր ծննդյան օրն է՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="55"/>
        <source>Birthday in %n day(s): %1</source>
        <translation>
            <numerusform>Ծննդյան օրը %n օրից՝ %1</numerusform>
            <numerusform>Ծննդյան օրը %n օրից՝ %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="59"/>
        <source>Birthday on %1: %2</source>
        <translation>Ծննդյան օր (%1)՝ %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="64"/>
        <source>Gone quiet: %1</source>
        <translation>Վաղուց կապ չկա՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="65"/>
        <source>Follow up: %1</source>
        <translation>Կապվել՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="74"/>
        <source>%1 (due %2)</source>
        <translation>%1 (ժամը՝ %2)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="78"/>
        <source>Due %1</source>
        <translation>Ժամը՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="83"/>
        <source>Turns %n on %1. Time to send a card.</source>
        <translation>
            <numerusform>Կդառնա %n տարեկան՝ %1։ Ժամանակն է բացիկ ուղարկել։</numerusform>
            <numerusform>Կդառնա %n տարեկան՝ %1։ Ժամանակն է բացիկ ուղարկել։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="86"/>
        <source>On %1. Time to send a card.</source>
        <translation>%1։ Ժամանակն է բացիկ ուղարկել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="91"/>
        <source>No contact since %1.</source>
        <translation>Վերջին կապը՝ %1։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="94"/>
        <source>Never contacted since they were added.</source>
        <translation>Ավելացվելուց ի վեր կապ չի եղել։</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="113"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="376"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…և ևս %n</numerusform>
            <numerusform>…և ևս %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="176"/>
        <source>You missed %n reminder(s)</source>
        <translation>
            <numerusform>Բաց եք թողել %n հիշեցում</numerusform>
            <numerusform>Բաց եք թողել %n հիշեցում</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="184"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="303"/>
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>Հասել է %n հիշեցման ժամկետը</numerusform>
            <numerusform>Հասել է %n հիշեցման ժամկետը</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="213"/>
        <source>Open contact</source>
        <translation>Բացել կոնտակտը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="217"/>
        <source>Snooze for an hour</source>
        <translation>Հետաձգել մեկ ժամով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="220"/>
        <source>Snooze until tomorrow morning</source>
        <translation>Հետաձգել մինչև վաղը առավոտ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="222"/>
        <source>Snooze for a week</source>
        <translation>Հետաձգել մեկ շաբաթով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="89"/>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="93"/>
        <source>Snooze 1 hour</source>
        <translation>Հետաձգել 1 ժամով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="95"/>
        <source>Tomorrow</source>
        <translation>Վաղը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="97"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="229"/>
        <source>Done</source>
        <translation>Կատարված է</translation>
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
        <translation>Բացել ProspectDesk-ը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/notifier.py" line="366"/>
        <source>Today</source>
        <translation>Այսօր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/dbus_notifier.py" line="105"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="382"/>
        <source>Quit</source>
        <translation>Ելք</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="13"/>
        <source>Phone call</source>
        <translation>Հեռախոսազանգ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="14"/>
        <source>Meeting</source>
        <translation>Հանդիպում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="15"/>
        <source>Online form</source>
        <translation>Առցանց հայտ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="16"/>
        <source>E-mail</source>
        <translation>Էլ. նամակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="17"/>
        <source>In person</source>
        <translation>Անձամբ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="24"/>
        <source>Yes</source>
        <translation>Այո</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="25"/>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="34"/>
        <source>No</source>
        <translation>Ոչ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="26"/>
        <source>Don&apos;t know yet</source>
        <translation>Դեռ հայտնի չէ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="32"/>
        <source>Sale</source>
        <translation>Վաճառք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_labels.py" line="33"/>
        <source>Not ready yet</source>
        <translation>Դեռ պատրաստ չէ</translation>
    </message>
</context>
<context>
    <name>SalesGuide</name>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="96"/>
        <location filename="../../prospectdesk/ui/first_steps.py" line="117"/>
        <source>The sales process</source>
        <translation>Վաճառքի գործընթացը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="103"/>
        <source>1. Lead: everyone starts here. Add people by hand or import them.

2. Qualify: ask the qualification questions (Qualify…). When every criterion is met, the lead becomes a prospect; otherwise they stay a lead or go to “Not now”.

3. Present: show your offer and ask for a decision (Record presentation…).

4. Close: a sale makes them a customer (a repeat buyer after the next one); “not ready” sets a follow-up; “no” keeps them on the list only if they agree.

5. Follow up: Today lists the follow-ups that are due, birthdays to send a card for, leads waiting to be qualified and prospects gone quiet.</source>
        <translation>1. Լիդ՝ բոլորը սկսում են այստեղից։ Ավելացրեք մարդկանց ձեռքով կամ ներմուծեք նրանց։

2. Որակավորում՝ տվեք որակավորման հարցերը (Որակավորել…)։ Եթե բոլոր չափանիշները բավարարված են, լիդը դառնում է պոտենցիալ հաճախորդ, հակառակ դեպքում մնում է լիդ կամ անցնում է «Ոչ հիմա»։

3. Ներկայացում՝ ցույց տվեք ձեր առաջարկը և խնդրեք որոշում (Գրանցել ներկայացումը…)։

4. Գործարքի փակում՝ վաճառքը մարդուն դարձնում է հաճախորդ (հաջորդից հետո՝ մշտական հաճախորդ). «դեռ պատրաստ չէ»-ն նշանակում է հետագա կապ, «ոչ»-ի դեպքում մարդը մնում է ցուցակում միայն իր համաձայնությամբ։

5. Հետագա կապ՝ «Այսօր»-ը ցույց է տալիս ժամկետը հասած հետագա կապերը, ծննդյան օրերը՝ բացիկ ուղարկելու համար, դեռ չորակավորված լիդերը և լռած պոտենցիալ հաճախորդներին։</translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="41"/>
        <source>Qualification answers</source>
        <translation>Որակավորման պատասխաններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="42"/>
        <source>Presentations</source>
        <translation>Ներկայացումներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="60"/>
        <source>Purchases</source>
        <translation>Գնումներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="73"/>
        <source>Qualified: %1 of %2 criteria met.</source>
        <translation>Որակավորում՝ բավարարված է %1 չափանիշ %2-ից։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="80"/>
        <source>Agreed to stay on the list (%1).</source>
        <translation>Համաձայնել է մնալ ցուցակում (%1)։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="82"/>
        <source>Did not agree to stay on the list (%1).</source>
        <translation>Չի համաձայնել մնալ ցուցակում (%1)։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="87"/>
        <source>Asked not to be contacted (%1).</source>
        <translation>Խնդրել է այլևս չկապվել իր հետ (%1)։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="103"/>
        <source>Offered: %1</source>
        <translation>Առաջարկվել է՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_panel.py" line="105"/>
        <source>Call to action: %1</source>
        <translation>Գործողության կոչ՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/sales_panel.py" line="110"/>
        <source>Purchases: %1 in total (%n sale(s))</source>
        <translation>
            <numerusform>Գնումներ՝ ընդամենը %1 (%n վաճառք)</numerusform>
            <numerusform>Գնումներ՝ ընդամենը %1 (%n վաճառք)</numerusform>
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
        <translation>Այսօր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_screen.py" line="90"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="46"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="77"/>
        <source>Calls</source>
        <translation>Զանգեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_screen.py" line="93"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="49"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="89"/>
        <source>Funnel</source>
        <translation>Վաճառքի ձագար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/first_screen.py" line="94"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="53"/>
        <source>Sources</source>
        <translation>Աղբյուրներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="56"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="95"/>
        <source>Lead sources</source>
        <translation>Կոնտակտների աղբյուրներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="102"/>
        <source>Qualification criteria…</source>
        <translation>Որակավորման չափանիշներ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="108"/>
        <source>Reasons for “no”…</source>
        <translation>«Ոչ»-ի պատճառները…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="114"/>
        <source>Days before cards go stale…</source>
        <translation>Օրեր, մինչև քարտը կհամարվի լռած…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="131"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="178"/>
        <source>Qualify…</source>
        <translation>Որակավորել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="135"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="181"/>
        <source>Record presentation…</source>
        <translation>Գրանցել ներկայացումը…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="71"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="141"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="186"/>
        <source>Do not contact</source>
        <translation>Չկապվել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="150"/>
        <source>Sales</source>
        <translation>Վաճառքներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="247"/>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="258"/>
        <source>Going stale</source>
        <translation>Լռած քարտեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="248"/>
        <source>Stage:</source>
        <translation>Փուլ:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sales_wiring.py" line="259"/>
        <source>Mark cards in “%1” after this many days without a conversation (0: never):</source>
        <translation>Նշել «%1» փուլի քարտերը՝ այսքան օր առանց զրույցի անցնելուց հետո (0՝ երբեք):</translation>
    </message>
</context>
<context>
    <name>SampleWorkspace</name>
    <message>
        <location filename="../../prospectdesk/ui/first_steps.py" line="178"/>
        <source>Try a sample workspace…</source>
        <translation>Փորձել օրինակային աշխատատարածքը…</translation>
    </message>
</context>
<context>
    <name>SendMessageDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="94"/>
        <source>Send to %1</source>
        <translation>Ուղարկել %1-ին</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="106"/>
        <source>Text</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="113"/>
        <source>Message:</source>
        <translation>Նամակ:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="114"/>
        <source>To:</source>
        <translation>Ում:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="115"/>
        <source>Subject:</source>
        <translation>Թեմա:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="116"/>
        <source>Text:</source>
        <translation>Տեքստ:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="118"/>
        <source>Open in mail program</source>
        <translation>Բացել փոստային ծրագրում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="121"/>
        <source>Copy</source>
        <translation>Պատճենել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="170"/>
        <source>No mail program answered. The message is copied: paste it into your mail.</source>
        <translation>Ոչ մի փոստային ծրագիր չարձագանքեց։ Նամակը պատճենված է՝ տեղադրեք այն Ձեր նամակում։</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="55"/>
        <source>Settings</source>
        <translation>Կարգավորումներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="62"/>
        <source>Reminders</source>
        <translation>Հիշեցումներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="67"/>
        <source> days before</source>
        <translation> օր առաջ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="68"/>
        <source>only on the day</source>
        <translation>միայն տվյալ օրը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="70"/>
        <source>Remind of birthdays</source>
        <translation>Հիշեցնել ծննդյան օրերի մասին</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="77"/>
        <source>Birthdays and other reminders without a time of day appear at this hour.</source>
        <translation>Ծննդյան օրերը և առանց ժամի մյուս հիշեցումները հայտնվում են այս ժամին։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="79"/>
        <source>Date-only reminders at</source>
        <translation>Առանց ժամի հիշեցումները՝</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="80"/>
        <source>Remind me of prospects gone quiet</source>
        <translation>Հիշեցնել լռած պոտենցիալ հաճախորդների մասին</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="85"/>
        <source>Running in the background</source>
        <translation>Աշխատանք ֆոնային ռեժիմում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="88"/>
        <source>Closing the window keeps ProspectDesk running in the system tray</source>
        <translation>Պատուհանը փակելիս ProspectDesk-ը շարունակում է աշխատել համակարգային սկուտեղում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="94"/>
        <source>This desktop has no system tray.</source>
        <translation>Այս աշխատասեղանը համակարգային սկուտեղ չունի։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="96"/>
        <source>Start ProspectDesk when I log in</source>
        <translation>Գործարկել ProspectDesk-ը համակարգ մուտք գործելիս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="101"/>
        <source>Not available on this system.</source>
        <translation>Այս համակարգում հասանելի չէ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="113"/>
        <source>Money</source>
        <translation>Գումարներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="119"/>
        <source>Currency</source>
        <translation>Արժույթ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="122"/>
        <source>Ask for the missing answers or a reason before a lead moves on unqualified</source>
        <translation>Հարցնել բացակայող պատասխանները կամ պատճառը, նախքան չորակավորված լիդը առաջ կտեղափոխվի</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="171"/>
        <source>Start at login</source>
        <translation>Գործարկել մուտքի ժամանակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/settings_dialog.py" line="172"/>
        <source>ProspectDesk could not change the login items of this system.</source>
        <translation>ProspectDesk-ը չկարողացավ փոխել այս համակարգի ինքնագործարկման կարգավորումները։</translation>
    </message>
</context>
<context>
    <name>SourcesTableModel</name>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="53"/>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="54"/>
        <source>Leads</source>
        <translation>Լիդեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="55"/>
        <source>Became prospects</source>
        <translation>Դարձել են պոտենցիալ հաճախորդ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="56"/>
        <source>Became customers</source>
        <translation>Դարձել են հաճախորդ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="57"/>
        <source>Repeat buyers</source>
        <translation>Մշտական հաճախորդներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="72"/>
        <source>(no source)</source>
        <translation>(առանց աղբյուրի)</translation>
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
        <translation>Ավելացնել աղբյուր…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="100"/>
        <source>Rename…</source>
        <translation>Վերանվանել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="102"/>
        <source>Remove…</source>
        <translation>Հեռացնել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="148"/>
        <source>Add source</source>
        <translation>Ավելացնել աղբյուր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="148"/>
        <source>Name:</source>
        <translation>Անվանում:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="158"/>
        <location filename="../../prospectdesk/ui/sources_view.py" line="166"/>
        <source>Rename source</source>
        <translation>Վերանվանել աղբյուրը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="158"/>
        <source>New name:</source>
        <translation>Նոր անվանումը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="166"/>
        <source>A source with that name exists already.</source>
        <translation>Այդ անունով աղբյուր արդեն կա։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="175"/>
        <source>Remove source</source>
        <translation>Հեռացնել աղբյուրը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sources_view.py" line="176"/>
        <source>Remove this source? Its contacts stay, without a source.</source>
        <translation>Հեռացնե՞լ այս աղբյուրը։ Դրա կոնտակտները կմնան՝ առանց աղբյուրի։</translation>
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
        <translation>Ձեր կոնտակտները պահող սկավառակը լիքն է՝
%1

Ազատեք այնտեղ տեղ (դատարկեք աղբարկղը, տեղափոխեք կամ ջնջեք այլևս անպետք մեծ ֆայլերը), ապա կրկին գործարկեք ProspectDesk-ը։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="30"/>
        <source>Your contacts are on a disk that can only be read:
%1

ProspectDesk cannot change them there. To take them elsewhere, export them from the command line: prospectdesk export --format vcf -o contacts.vcf. Nothing was changed.</source>
        <translation>Ձեր կոնտակտները գտնվում են միայն ընթերցման համար սկավառակի վրա՝
%1

ProspectDesk-ը չի կարող դրանք այնտեղ փոխել։ Դրանք այլ տեղ տանելու համար արտահանեք հրամանի տողից՝ prospectdesk export --format vcf -o contacts.vcf։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="37"/>
        <source>This user may not change the folder that holds your contacts:
%1

Start ProspectDesk as the folder&apos;s owner, or choose another folder with --data-dir. Nothing was changed.</source>
        <translation>Այս օգտատերը չի կարող փոխել ձեր կոնտակտները պահող թղթապանակը՝
%1

Գործարկեք ProspectDesk-ը որպես թղթապանակի տեր կամ ընտրեք այլ թղթապանակ --data-dir-ով։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="45"/>
        <source>Your contacts were saved by a newer ProspectDesk (data version %1); this ProspectDesk knows data versions up to %2. Install the newer ProspectDesk to open them. Nothing was changed.</source>
        <translation>Ձեր կոնտակտները պահպանվել են ProspectDesk-ի ավելի նոր տարբերակով (տվյալների տարբերակ %1). այս ProspectDesk-ը ճանաչում է տվյալների տարբերակները մինչև %2։ Դրանք բացելու համար տեղադրեք ավելի նոր ProspectDesk-ը։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="55"/>
        <source>%1 is a file, not a folder. Choose a folder for your contacts with --data-dir.</source>
        <translation>%1-ը ֆայլ է, ոչ թե թղթապանակ։ Ընտրեք թղթապանակ ձեր կոնտակտների համար --data-dir-ով։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="67"/>
        <source>the disk that holds your contacts is full (%1 free). Free at least %2 there, then start ProspectDesk again.</source>
        <translation>ձեր կոնտակտները պահող սկավառակը լիքն է (ազատ է %1)։ Ազատեք այնտեղ առնվազն %2, ապա կրկին գործարկեք ProspectDesk-ը։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="76"/>
        <source>this user may not change the folder that holds your contacts.</source>
        <translation>այս օգտատերը չի կարող փոխել ձեր կոնտակտները պահող թղթապանակը։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="80"/>
        <source>your contacts are on a disk or in a file that can only be read.</source>
        <translation>ձեր կոնտակտները գտնվում են սկավառակի կամ ֆայլի վրա, որը կարելի է միայն կարդալ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="83"/>
        <source>Read-only: %1 Changes are not possible; File ▸ Export works.</source>
        <translation>Միայն կարդալու համար՝ %1 Փոփոխություններ հնարավոր չեն, Ֆայլ ▸ Արտահանել-ը աշխատում է։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="91"/>
        <source>Your contacts were saved by an older ProspectDesk and must be updated, but they can only be read where they are. Make the folder writable again (fix its permissions, or free some space), then start ProspectDesk again. Nothing was changed.</source>
        <translation>Ձեր կոնտակտները պահվել են ProspectDesk-ի ավելի հին տարբերակով և պետք է թարմացվեն, բայց իրենց տեղում դրանք կարելի է միայն կարդալ։ Թղթապանակը կրկին գրելի դարձրեք (ուղղեք դրա թույլտվությունները կամ ազատեք տեղ), ապա կրկին գործարկեք ProspectDesk-ը։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/session.py" line="105"/>
        <location filename="../../prospectdesk/ui/storage_problem.py" line="104"/>
        <source>ProspectDesk cannot open your contacts</source>
        <translation>ProspectDesk-ը չի կարող բացել ձեր կոնտակտները</translation>
    </message>
</context>
<context>
    <name>SyncDriver</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="157"/>
        <location filename="../../prospectdesk/ui/sync_status.py" line="196"/>
        <source>Sync</source>
        <translation>Համաժամեցում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="158"/>
        <source>Password for %1 (asked once per session: there is no keyring)</source>
        <translation>%1-ի գաղտնաբառը (հարցվում է մեկ անգամ յուրաքանչյուր աշխատաշրջանում․ բանալիների պահոց չկա)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="173"/>
        <source>Sync: password needed</source>
        <translation>Համաժամեցում․ անհրաժեշտ է գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="177"/>
        <source>Syncing…</source>
        <translation>Համաժամեցվում է…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="188"/>
        <source>First sync: %1 contacts to download, %2 found here already (they are merged), %3 to upload, %4 kept apart (only the name is the same). Go ahead?</source>
        <translation>Առաջին համաժամեցում․ %1 կոնտակտ՝ ներբեռնելու, %2-ն արդեն այստեղ են (դրանք կմիավորվեն), %3՝ վերբեռնելու, %4-ը պահվում են առանձին (միայն անունն է նույնը)։ Շարունակե՞լ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="208"/>
        <source>Sync not started</source>
        <translation>Համաժամեցումը չի սկսվել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="219"/>
        <source>Sync incomplete</source>
        <translation>Համաժամեցումը թերի է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="222"/>
        <source>Synced %1, %2 conflicts</source>
        <translation>Համաժամեցված է %1-ին, %2 հակասություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="228"/>
        <source>Synced %1</source>
        <translation>Համաժամեցված է %1-ին</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="237"/>
        <source>Sync: offline</source>
        <translation>Համաժամեցում․ ցանցից դուրս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="240"/>
        <source>Sync: wrong password</source>
        <translation>Համաժամեցում․ սխալ գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="243"/>
        <source>Sync stopped</source>
        <translation>Համաժամեցումը դադարեցվեց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="246"/>
        <source>Sync failed</source>
        <translation>Համաժամեցումը ձախողվեց</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="341"/>
        <location filename="../../prospectdesk/ui/sync_status.py" line="545"/>
        <source>Sync account…</source>
        <translation>Համաժամեցման հաշիվ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="539"/>
        <source>Sync with your phone</source>
        <translation>Համաժամեցում ձեր հեռախոսի հետ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="558"/>
        <source>Not set up: contacts stay on this computer.</source>
        <translation>Կարգավորված չէ. կոնտակտները մնում են այս համակարգչում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="561"/>
        <source>Syncing with %1 as %2.</source>
        <translation>Համաժամեցվում է %1-ի հետ որպես %2։</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="367"/>
        <source>Sync with your phone</source>
        <translation>Համաժամեցում ձեր հեռախոսի հետ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="371"/>
        <source>Contacts sync with an address book on your CardDAV server (Nextcloud, iCloud, Fastmail…), which your phone syncs with too. Use an app password.</source>
        <translation>Կոնտակտները համաժամեցվում են ձեր CardDAV սերվերի հասցեագրքի հետ (Nextcloud, iCloud, Fastmail…), որի հետ համաժամեցվում է նաև ձեր հեռախոսը։ Օգտագործեք հավելվածի գաղտնաբառ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="380"/>
        <source>Another CardDAV server</source>
        <translation>Այլ CardDAV սերվեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="400"/>
        <source>ProspectDesk (created for you)</source>
        <translation>ProspectDesk (կստեղծվի ձեզ համար)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="405"/>
        <source>Provider</source>
        <translation>Մատակարար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="407"/>
        <source>Server or e-mail address</source>
        <translation>Սերվեր կամ էլ. հասցե</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="408"/>
        <source>User name</source>
        <translation>Օգտանուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="409"/>
        <source>App password</source>
        <translation>Հավելվածի գաղտնաբառ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="410"/>
        <source>Address book</source>
        <translation>Հասցեագիրք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="412"/>
        <source>Connect</source>
        <translation>Միանալ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="415"/>
        <source>Stop syncing</source>
        <translation>Դադարեցնել համաժամեցումը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="435"/>
        <source>Your Nextcloud&apos;s address, e.g. https://cloud.example.com. Make an app password under Settings ▸ Security.</source>
        <translation>Ձեր Nextcloud-ի հասցեն, օրինակ՝ https://cloud.example.com։ Ստեղծեք հավելվածի գաղտնաբառ «Կարգավորումներ ▸ Անվտանգություն» բաժնում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="439"/>
        <source>The user name is your Apple ID. Make an app-specific password at account.apple.com.</source>
        <translation>Օգտանունը ձեր Apple ID-ն է։ Ստեղծեք հավելվածի համար նախատեսված գաղտնաբառ account.apple.com կայքում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="443"/>
        <source>The user name is your Fastmail address. Make an app password under Settings ▸ Privacy and Security.</source>
        <translation>Օգտանունը ձեր Fastmail հասցեն է։ Ստեղծեք հավելվածի գաղտնաբառ «Կարգավորումներ ▸ Գաղտնիություն և անվտանգություն» բաժնում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="447"/>
        <source>The server&apos;s address, or your e-mail address: the server is then looked up (DNS, /.well-known).</source>
        <translation>Սերվերի հասցեն կամ ձեր էլ. հասցեն. վերջին դեպքում սերվերը կփնտրվի (DNS, /.well-known)։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="451"/>
        <source>Google needs a sign-in through the browser (OAuth), which ProspectDesk does not support yet. Until it does, export your Google contacts to a vCard file and import that.</source>
        <translation>Google-ը պահանջում է մուտք գործել դիտարկիչի միջոցով (OAuth), ինչը ProspectDesk-ը դեռ չի աջակցում։ Մինչ այդ արտահանեք ձեր Google կոնտակտները vCard ֆայլի մեջ և ներմուծեք այն։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="486"/>
        <source>Syncing with %1.</source>
        <translation>Համաժամեցվում է %1-ի հետ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="498"/>
        <source>Fill in the server, the user name and the password.</source>
        <translation>Լրացրեք սերվերը, օգտանունը և գաղտնաբառը։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="501"/>
        <source>Connecting…</source>
        <translation>Միացում…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="532"/>
        <source>Sync stopped; your contacts stay here and on the server.</source>
        <translation>Համաժամեցումը դադարեցվեց․ ձեր կոնտակտները մնում են այստեղ և սերվերում։</translation>
    </message>
</context>
<context>
    <name>SyncStatusItem</name>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="336"/>
        <source>Sync now</source>
        <translation>Համաժամեցնել հիմա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="338"/>
        <source>Conflicts…</source>
        <translation>Հակասություններ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/sync_status.py" line="346"/>
        <source>Sync</source>
        <translation>Համաժամեցում</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="199"/>
        <source>Message templates</source>
        <translation>Նամակների ձևանմուշներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="215"/>
        <source>Text</source>
        <translation>Տեքստ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="219"/>
        <source>Merge fields: %1. A line whose field has no value for a contact is left out.</source>
        <translation>Լրացվող դաշտեր: %1։ Այն տողը, որի դաշտը կոնտակտի համար արժեք չունի, բաց է թողնվում։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="225"/>
        <source>Your name:</source>
        <translation>Ձեր անունը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="226"/>
        <source>Language:</source>
        <translation>Լեզու:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="227"/>
        <source>Message:</source>
        <translation>Նամակ:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="228"/>
        <source>Subject:</source>
        <translation>Թեմա:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="229"/>
        <source>Text:</source>
        <translation>Տեքստ:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/message_dialogs.py" line="233"/>
        <source>Restore the original</source>
        <translation>Վերականգնել սկզբնականը</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="116"/>
        <source>Who</source>
        <translation>Ով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="116"/>
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="125"/>
        <source>Follow-ups due today and overdue</source>
        <translation>Այսօրվա և ուշացած հետագա քայլեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="126"/>
        <source>Birthdays in the next days: send a card</source>
        <translation>Մոտակա օրերի ծննդյան օրեր. ուղարկեք բացիկ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="127"/>
        <source>Leads not yet qualified</source>
        <translation>Դեռ չորակավորված լիդեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="128"/>
        <source>Prospects gone quiet</source>
        <translation>Լռած պոտենցիալ հաճախորդներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="139"/>
        <source>Mark follow-up done…</source>
        <translation>Նշել հետագա քայլը կատարված…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="142"/>
        <source>Qualify…</source>
        <translation>Որակավորել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="164"/>
        <source>Today, %1</source>
        <translation>Այսօր՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="228"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="238"/>
        <source>today %1</source>
        <translation>այսօր %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="245"/>
        <source>overdue: %1</source>
        <translation>ուշացած՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="257"/>
        <source>today</source>
        <translation>այսօր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="266"/>
        <source>turns %1</source>
        <translation>կդառնա %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="269"/>
        <source>%1 · send a card</source>
        <translation>%1 · ուղարկեք բացիկ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="275"/>
        <source>%1 of %2 criteria met</source>
        <translation>բավարարված է %1 չափանիշ %2-ից</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/today_view.py" line="279"/>
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>սպասում է %n օր</numerusform>
            <numerusform>սպասում է %n օր</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="286"/>
        <source>no contact since %1</source>
        <translation>կապ չկա %1-ից ի վեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/today_view.py" line="290"/>
        <source>never contacted yet</source>
        <translation>դեռ երբեք կապ չի եղել</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="16"/>
        <source>edit of %1</source>
        <translation>խմբագրում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="17"/>
        <source>adding %1</source>
        <translation>ավելացում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="18"/>
        <source>deletion of %1</source>
        <translation>ջնջում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="19"/>
        <source>move of %1</source>
        <translation>տեղափոխում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="20"/>
        <source>tags of %1</source>
        <translation>պիտակներ՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="21"/>
        <source>conversation with %1</source>
        <translation>զրույց՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="22"/>
        <source>follow-up with %1</source>
        <translation>հետագա քայլ՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="23"/>
        <source>call with %1</source>
        <translation>զանգ՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="24"/>
        <source>qualification of %1</source>
        <translation>որակավորում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="25"/>
        <source>sale to %1</source>
        <translation>վաճառք՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="26"/>
        <source>do-not-contact mark of %1</source>
        <translation>«Չկապվել» նշում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="27"/>
        <source>merge of %1</source>
        <translation>միավորում՝ %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="28"/>
        <source>import of %1</source>
        <translation>ներմուծում՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/undo_text.py" line="41"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n կոնտակտ</numerusform>
            <numerusform>%n կոնտակտ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="43"/>
        <source>change of the stages</source>
        <translation>փուլերի փոփոխություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="49"/>
        <source>Undo</source>
        <translation>Հետարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="50"/>
        <source>Undo %1</source>
        <translation>Հետարկել %1</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="55"/>
        <source>Redo</source>
        <translation>Կրկնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/undo_text.py" line="56"/>
        <source>Redo %1</source>
        <translation>Կրկնել %1</translation>
    </message>
</context>
</TS>
