"""Command line entry: ``python -m analysis.evaluate {attribution,scores} [args]``."""

from __future__ import annotations

import importlib
import sys

from . import EVALUATORS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in EVALUATORS:
        sys.stderr.write(f"usage: python -m analysis.evaluate {{{','.join(EVALUATORS)}}} [options]\n")
        return 2
    module = importlib.import_module(EVALUATORS[argv[0]])
    return module.main(argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
