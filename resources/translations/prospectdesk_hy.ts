<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy_AM">
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="107"/>
        <source>no birthday</source>
        <translation>ծննդյան օր չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="112"/>
        <source>year unknown</source>
        <translation>տարին անհայտ է</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="298"/>
        <source>Open</source>
        <translation>Բացել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="300"/>
        <source>Move to</source>
        <translation>Տեղափոխել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="307"/>
        <source>Move up</source>
        <translation>Տեղափոխել վեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="309"/>
        <source>Move down</source>
        <translation>Տեղափոխել վար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="314"/>
        <source>Add tag…</source>
        <translation>Ավելացնել պիտակ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="316"/>
        <source>Delete…</source>
        <translation>Ջնջել…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="324"/>
        <source>Add tag</source>
        <translation>Ավելացնել պիտակ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="324"/>
        <source>Tag for %n contact(s):</source>
        <translation>
            <numerusform>Պիտակ %n կոնտակտի համար:</numerusform>
            <numerusform>Պիտակ %n կոնտակտի համար:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="335"/>
        <source>Delete contacts</source>
        <translation>Ջնջել կոնտակտները</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="337"/>
        <source>Delete %n contact(s)? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Ջնջե՞լ %n կոնտակտ։ Կարող եք հետարկել՝ Խմբագրել ▸ Հետարկել։</numerusform>
            <numerusform>Ջնջե՞լ %n կոնտակտ։ Կարող եք հետարկել՝ Խմբագրել ▸ Հետարկել։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="348"/>
        <source>Rename stage…</source>
        <translation>Վերանվանել փուլը…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="351"/>
        <source>Add a stage after this one…</source>
        <translation>Ավելացնել փուլ սրանից հետո…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="354"/>
        <source>Remove stage…</source>
        <translation>Հեռացնել փուլը…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="361"/>
        <source>Rename stage</source>
        <translation>Վերանվանել փուլը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="361"/>
        <source>New name:</source>
        <translation>Նոր անվանումը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="369"/>
        <source>Add stage</source>
        <translation>Ավելացնել փուլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="369"/>
        <source>Name of the new stage:</source>
        <translation>Նոր փուլի անվանումը:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="389"/>
        <location filename="../../prospectdesk/ui/board.py" line="404"/>
        <source>Remove stage</source>
        <translation>Հեռացնել փուլը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="390"/>
        <source>Move the people in “%1” to:</source>
        <translation>Որտե՞ղ տեղափոխել «%1» փուլի մարդկանց:</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/board.py" line="404"/>
        <source>Move its people elsewhere first.</source>
        <translation>Նախ այս փուլի մարդկանց տեղափոխեք այլ փուլ։</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../prospectdesk/ui/card_delegate.py" line="38"/>
        <source>next: %1</source>
        <translation>հաջորդը՝ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/card_delegate.py" line="42"/>
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n օր փուլում</numerusform>
            <numerusform>%n օր փուլում</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_delegate.py" line="46"/>
        <source>qualified %1 of %2</source>
        <translation>չափանիշներ՝ %1/%2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_delegate.py" line="55"/>
        <source>gone quiet</source>
        <translation>վաղուց կապ չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/card_delegate.py" line="85"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
</context>
<context>
    <name>ContactDetailView</name>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="170"/>
        <source>Details</source>
        <translation>Տվյալներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="171"/>
        <source>Conversations</source>
        <translation>Զրույցներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="172"/>
        <source>Follow-ups</source>
        <translation>Հետագա քայլեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="174"/>
        <source>Stage history</source>
        <translation>Փուլերի պատմություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="181"/>
        <source>Save</source>
        <translation>Պահպանել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="184"/>
        <source>Revert</source>
        <translation>Վերականգնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="212"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="254"/>
        <source>E-mail</source>
        <translation>Էլ. փոստ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="212"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="213"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="216"/>
        <source>Label</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="213"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="255"/>
        <source>Phone</source>
        <translation>Հեռախոս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="217"/>
        <source>Street</source>
        <translation>Փողոց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="218"/>
        <source>City</source>
        <translation>Քաղաք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="219"/>
        <source>Region</source>
        <translation>Մարզ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="220"/>
        <source>Postal code</source>
        <translation>Փոստային ինդեքս</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="221"/>
        <source>Country</source>
        <translation>Երկիր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="228"/>
        <source>comma-separated, e.g. fair 2026, vip</source>
        <translation>ստորակետով բաժանված, օր.՝ ցուցահանդես 2026, vip</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="232"/>
        <source>none</source>
        <translation>չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="239"/>
        <source>Choose photo…</source>
        <translation>Ընտրել լուսանկար…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="241"/>
        <source>Remove photo</source>
        <translation>Հեռացնել լուսանկարը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="249"/>
        <source>Given name</source>
        <translation>Անուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="250"/>
        <source>Family name</source>
        <translation>Ազգանուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="251"/>
        <source>Display name</source>
        <translation>Ցուցադրվող անուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="252"/>
        <source>Organization</source>
        <translation>Կազմակերպություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="253"/>
        <source>Job title</source>
        <translation>Պաշտոն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="256"/>
        <source>Addresses</source>
        <translation>Հասցեներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="257"/>
        <source>Birthday</source>
        <translation>Ծննդյան օր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="258"/>
        <source>Lead source</source>
        <translation>Կոնտակտի աղբյուր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="259"/>
        <source>Tags</source>
        <translation>Պիտակներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="260"/>
        <source>Expected value</source>
        <translation>Ակնկալվող գումար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="261"/>
        <source>Photo</source>
        <translation>Լուսանկար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="262"/>
        <source>Notes</source>
        <translation>Նշումներ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="292"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="293"/>
        <source>Add</source>
        <translation>Ավելացնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="295"/>
        <location filename="../../prospectdesk/ui/detail_view.py" line="296"/>
        <source>Remove</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="321"/>
        <source>What was said</source>
        <translation>Ինչ խոսվեց</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="325"/>
        <source>Their questions and concerns, one per line</source>
        <translation>Հարցերն ու մտահոգությունները՝ յուրաքանչյուրը նոր տողում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="328"/>
        <source>Add note</source>
        <translation>Ավելացնել նշում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="330"/>
        <source>Kind</source>
        <translation>Տեսակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="331"/>
        <source>When</source>
        <translation>Երբ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="332"/>
        <source>Summary</source>
        <translation>Ամփոփում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="333"/>
        <source>Concerns</source>
        <translation>Մտահոգություններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="348"/>
        <source>What to do, e.g. call back about the price</source>
        <translation>Ինչ անել, օր.՝ հետ զանգել գնի հարցով</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="349"/>
        <source>Add follow-up</source>
        <translation>Ավելացնել հետագա քայլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="351"/>
        <source>Due</source>
        <translation>Ժամկետ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="352"/>
        <source>What</source>
        <translation>Ինչ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="362"/>
        <source>No contact selected</source>
        <translation>Կոնտակտ ընտրված չէ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="373"/>
        <source>New contact</source>
        <translation>Նոր կոնտակտ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="391"/>
        <source>(no name)</source>
        <translation>(անանուն)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="460"/>
        <source>Tick when this concern has been addressed</source>
        <translation>Նշեք, երբ այս մտահոգությունը լուծված է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="483"/>
        <source>%1: added to %2</source>
        <translation>%1: ավելացվել է «%2» փուլում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="485"/>
        <source>%1: %3 → %2</source>
        <translation>%1: %3 → %2</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="519"/>
        <source>no photo</source>
        <translation>լուսանկար չկա</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="523"/>
        <source>Choose photo</source>
        <translation>Ընտրել լուսանկար</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="523"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Պատկերներ (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="547"/>
        <source>The birthday %1 %2 does not exist.</source>
        <translation>%1 %2 ծննդյան օր գոյություն չունի։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="578"/>
        <source>The e-mail address “%1” has no @.</source>
        <translation>«%1» էլ. հասցեում @ նշանը բացակայում է։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="580"/>
        <source>“%1” is not a complete e-mail address.</source>
        <translation>«%1»-ը ամբողջական էլ. հասցե չէ։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="582"/>
        <source>“%1” cannot be a phone number.</source>
        <translation>«%1»-ը չի կարող հեռախոսահամար լինել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="584"/>
        <source>Give a name, an organization or an e-mail address.</source>
        <translation>Նշեք անուն, կազմակերպություն կամ էլ. հասցե։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="586"/>
        <source>The expected value cannot be negative.</source>
        <translation>Ակնկալվող գումարը չի կարող բացասական լինել։</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="640"/>
        <source>Unsaved changes</source>
        <translation>Չպահպանված փոփոխություններ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="642"/>
        <source>This contact has changes that cannot be saved yet:
%1

Discard them?</source>
        <translation>Այս կոնտակտում կան փոփոխություններ, որոնք դեռ հնարավոր չէ պահպանել.
%1

Չեղարկե՞լ դրանք։</translation>
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
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="716"/>
        <source>Phone call</source>
        <translation>Հեռախոսազանգ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="717"/>
        <source>Meeting</source>
        <translation>Հանդիպում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="718"/>
        <source>E-mail</source>
        <translation>Էլ. նամակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="719"/>
        <source>Online form</source>
        <translation>Առցանց հայտ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="720"/>
        <source>In person</source>
        <translation>Անձամբ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/detail_view.py" line="721"/>
        <source>Other</source>
        <translation>Այլ</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="28"/>
        <source>&amp;Language</source>
        <translation>&amp;Լեզու</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="32"/>
        <source>System language</source>
        <translation>Համակարգի լեզուն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="51"/>
        <source>Language</source>
        <translation>Լեզու</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/language_menu.py" line="52"/>
        <source>ProspectDesk will use the new language the next time it starts.</source>
        <translation>ProspectDesk-ը նոր լեզուն կօգտագործի հաջորդ գործարկման ժամանակ։</translation>
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
        <translation>Վահանակ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="59"/>
        <source>Search names, organizations, e-mail, phones, tags, notes…</source>
        <translation>Որոնել անուններ, կազմակերպություններ, էլ. փոստ, հեռախոսներ, պիտակներ, նշումներ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="63"/>
        <source>Main</source>
        <translation>Հիմնական</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="79"/>
        <source>Ready</source>
        <translation>Պատրաստ է</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="98"/>
        <source>&amp;Edit</source>
        <translation>&amp;Խմբագրել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="99"/>
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="100"/>
        <source>&amp;Go</source>
        <translation>&amp;Անցում</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="101"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Փուլեր</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="102"/>
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="106"/>
        <source>New contact</source>
        <translation>Նոր կոնտակտ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="110"/>
        <source>Quit</source>
        <translation>Ելք</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="114"/>
        <source>Undo</source>
        <translation>Հետարկել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="118"/>
        <source>Delete selected contacts…</source>
        <translation>Ջնջել ընտրված կոնտակտները…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="125"/>
        <source>Tag selected contacts…</source>
        <translation>Պիտակավորել ընտրված կոնտակտները…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="126"/>
        <source>Find</source>
        <translation>Որոնել</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="133"/>
        <source>Next contact</source>
        <translation>Հաջորդ կոնտակտը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="134"/>
        <source>Previous contact</source>
        <translation>Նախորդ կոնտակտը</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="136"/>
        <source>Move selected to next stage</source>
        <translation>Տեղափոխել ընտրվածները հաջորդ փուլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="142"/>
        <source>Move selected to previous stage</source>
        <translation>Տեղափոխել ընտրվածները նախորդ փուլ</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="147"/>
        <source>Add stage…</source>
        <translation>Ավելացնել փուլ…</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="148"/>
        <location filename="../../prospectdesk/ui/main_window.py" line="213"/>
        <source>About ProspectDesk</source>
        <translation>ProspectDesk-ի մասին</translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/main_window.py" line="187"/>
        <source>Deleted %n contact(s). Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Ջնջվեց %n կոնտակտ։ Վերականգնելու համար՝ Խմբագրել ▸ Հետարկել։</numerusform>
            <numerusform>Ջնջվեց %n կոնտակտ։ Վերականգնելու համար՝ Խմբագրել ▸ Հետարկել։</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="210"/>
        <source>(in memory)</source>
        <translation>(հիշողության մեջ)</translation>
    </message>
    <message>
        <location filename="../../prospectdesk/ui/main_window.py" line="215"/>
        <source>ProspectDesk %1

A prospect tracker for people who run a business from home.

Data folder: %2</source>
        <translation>ProspectDesk %1

Պոտենցիալ հաճախորդներին հետևելու ծրագիր՝ տնից բիզնես վարողների համար։

Տվյալների թղթապանակ՝ %2</translation>
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
</TS>
