"""`python -m buergeranfragen` is the same as the `buergeranfragen` command."""

import sys

from buergeranfragen.cli import main

sys.exit(main())
