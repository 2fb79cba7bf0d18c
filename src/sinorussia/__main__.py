"""Run ``python -m sinorussia``: print an overview of the bundled data."""

from ._cli import main

raise SystemExit(main())
