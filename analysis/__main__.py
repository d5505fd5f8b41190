"""``python -m analysis`` is the ``discourse`` command."""

from .cli import main

raise SystemExit(main())
