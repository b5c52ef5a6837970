"""Run cnil-case with ``python -m cnil_case``."""

import sys

from cnil_case import cli

sys.exit(cli.main())
