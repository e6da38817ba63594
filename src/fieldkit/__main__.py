"""``python -m fieldkit`` runs the same command line as the ``fieldkit`` script."""

from fieldkit.cli import main

main()
