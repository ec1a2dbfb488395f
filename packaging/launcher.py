"""Entry script for the frozen app: the same ``prospectdesk`` command as the pip install."""

from prospectdesk.cli import main

raise SystemExit(main())
