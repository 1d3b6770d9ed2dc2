"""`python -m chrono` runs the command-line tool."""

from chrono.cli import main

raise SystemExit(main())
