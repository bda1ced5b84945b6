"""``python -m inspector`` runs the command-line entry point."""

import sys

from inspector.cli import main

sys.exit(main())
