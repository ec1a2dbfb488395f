<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="487"/>
        <source>Tag for %n contact(s):</source>
        <translation>
            <numerusform>Tag for %n contact:</numerusform>
            <numerusform>Tag for %n contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="500"/>
        <source>Delete %n contact(s)? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Delete %n contact? You can undo this with Edit ▸ Undo.</numerusform>
            <numerusform>Delete %n contacts? You can undo this with Edit ▸ Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallsView</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/calls_view.py" line="172"/>
        <source>%n call(s) without an answer in a row</source>
        <translation>
            <numerusform>%n call without an answer</numerusform>
            <numerusform>%n calls without an answer in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/calls_view.py" line="192"/>
        <source>Bought %n time(s), %1</source>
        <translation>
            <numerusform>Bought %n time, %1</numerusform>
            <numerusform>Bought %n times, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/card_paint.py" line="170"/>
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateCount</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/duplicates_dialog.py" line="230"/>
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/funnel_view.py" line="66"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/import_dialog.py" line="559"/>
        <source>%n of the duplicates may be someone else (only the name is the same, or an e-mail or phone under another name): they are kept as new contacts unless you choose Merge.</source>
        <translation>
            <numerusform>%n of the duplicates may be someone else (only the name is the same, or an e-mail or phone under another name): it is kept as a new contact unless you choose Merge.</numerusform>
            <numerusform>%n of the duplicates may be someone else (only the name is the same, or an e-mail or phone under another name): they are kept as new contacts unless you choose Merge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/import_history_dialog.py" line="191"/>
        <source>%n contact(s) changed since the import will be kept as they are: %1</source>
        <translation>
            <numerusform>%n contact changed since the import will be kept as it is: %1</numerusform>
            <numerusform>%n contacts changed since the import will be kept as they are: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/main_window.py" line="266"/>
        <source>Deleted %n contact(s). Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n contact. Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Deleted %n contacts. Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintCardsDialog</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/print_dialog.py" line="85"/>
        <source>The chosen contacts (%n)</source>
        <translation>
            <numerusform>The chosen contact (%n)</numerusform>
            <numerusform>The chosen contacts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/print_dialog.py" line="153"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="55"/>
        <source>Birthday in %n day(s): %1</source>
        <translation>
            <numerusform>Birthday in %n day: %1</numerusform>
            <numerusform>Birthday in %n days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="83"/>
        <source>Turns %n on %1. Time to send a card.</source>
        <translation>
            <numerusform>Turns %n on %1. Time to send a card.</numerusform>
            <numerusform>Turns %n on %1. Time to send a card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="113"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="376"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="176"/>
        <source>You missed %n reminder(s)</source>
        <translation>
            <numerusform>You missed %n reminder</numerusform>
            <numerusform>You missed %n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/notifier.py" line="184"/>
        <location filename="../../prospectdesk/ui/notifier.py" line="303"/>
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n reminder due</numerusform>
            <numerusform>%n reminders due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesPanel</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/sales_panel.py" line="110"/>
        <source>Purchases: %1 in total (%n sale(s))</source>
        <translation>
            <numerusform>Purchases: %1 in total (%n sale)</numerusform>
            <numerusform>Purchases: %1 in total (%n sales)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/today_view.py" line="279"/>
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/undo_text.py" line="41"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n կոնտակտ</numerusform>
            <numerusform>%n կոնտակտ</numerusform>
        </translation>
    </message>
</context>
</TS>
