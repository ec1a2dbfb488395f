from prospectdesk.cli import main

raise SystemExit(main())
