"""The store: peewee models over SQLite, schema versions and migrations. No Qt here."""
