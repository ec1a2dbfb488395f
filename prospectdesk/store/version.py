"""The schema version this code writes, as a constant that loads nothing: the first screen
checks a database against it before the store (peewee) is loaded. ``schema.LATEST_VERSION``
counts the migrations; a test keeps the two equal."""

SCHEMA_VERSION = 17
