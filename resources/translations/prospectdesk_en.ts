<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>BoardView</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="324"/>
        <source>Tag for %n contact(s):</source>
        <translation>
            <numerusform>Tag for %n contact:</numerusform>
            <numerusform>Tag for %n contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/board.py" line="337"/>
        <source>Delete %n contact(s)? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Delete %n contact? You can undo this with Edit ▸ Undo.</numerusform>
            <numerusform>Delete %n contacts? You can undo this with Edit ▸ Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/card_delegate.py" line="42"/>
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n day in stage</numerusform>
            <numerusform>%n days in stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../prospectdesk/ui/main_window.py" line="187"/>
        <source>Deleted %n contact(s). Edit ▸ Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n contact. Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Deleted %n contacts. Edit ▸ Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
</TS>
