"""Painting envelopes and label sheets with Qt (QtGui only, no widgets): shared by the app's
print dialog and ``prospectdesk print``, so it sits between the domain and both of them
(``domain < printing < ui | commands``)."""
