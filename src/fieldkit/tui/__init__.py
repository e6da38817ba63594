"""The Textual interview app.  Only ``fieldkit.cli.app`` imports this package."""
