"""The coordinator's report wing: what is made *from* merged records.

``fieldkit.bundle`` carries interviews from the devices to the coordinator (the
wire format, enrolment, export, merge); this package turns what was merged into
the report and the analysts' data:

- ``findings``: the report's tables over the merged records (``build_report``);
- ``accounts``: the "Personal Accounts" chapter (``build_accounts``);
- ``render``: both as text, Markdown, CSV, JSON or one self-contained HTML file;
- ``dataexport``: one row per record as CSV, JSON Lines, Parquet, XLSX, Stata or SPSS
  (``export_data``), after the audit's k-anonymity check (``privacy``);
- ``columns`` and ``datatable``: that table, typed from the questionnaire;
- ``dictionary``: the data dictionary, column for column.

The auditor's report is ``fieldkit.audit`` (a verification, not findings).
This module imports nothing, so that the command line can offer the formats
without loading the analysis; import the functions from their modules.
"""

__all__ = ["ACCOUNT_FORMATS", "DATA_FORMATS", "REPORT_FORMATS"]

REPORT_FORMATS = ("text", "markdown", "csv", "json", "html")
"""What ``render.render_report`` writes."""
ACCOUNT_FORMATS = ("text", "markdown")
"""What ``render.render_accounts`` writes."""
DATA_FORMATS = ("csv", "jsonl", "parquet", "xlsx", "dta", "sav")
"""What ``dataexport.export_data`` writes (Parquet needs the ``parquet`` extra, Stata's
.dta and SPSS's .sav the ``stata-spss`` extra)."""
