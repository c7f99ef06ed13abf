"""Allow ``python -m crmdesk``."""

from crmdesk.cli.main import main

raise SystemExit(main())
