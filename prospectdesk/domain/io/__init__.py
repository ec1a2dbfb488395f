"""Import and export of contact files (vCard, CSV, iCalendar, JSON). No Qt here."""
