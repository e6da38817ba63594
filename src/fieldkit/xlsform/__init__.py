"""XLSForm import and export: bring the forms field teams already have.

``import_xlsform(path)`` converts an XLSForm workbook (ODK, KoboToolbox,
SurveyCTO) into a checked fieldkit questionnaire, or refuses with every
problem listed by sheet row; ``write_xlsform(questionnaire, path)`` writes a
questionnaire back as an XLSForm that pyxform converts and that reads back
unchanged.  ``text_column`` and ``format_generalise`` give the XLSForm column
names and cell syntax to others that speak the form's vocabulary (the report's
codebook).  Headless: never imports Textual, Rich or the CLI.  openpyxl is
imported only when a workbook is read or written.
"""

from fieldkit.xlsform.columns import text_column
from fieldkit.xlsform.generalise import format_generalise
from fieldkit.xlsform.output import dump_questionnaire, write_questionnaire
from fieldkit.xlsform.reader import XLSFormImport, import_xlsform
from fieldkit.xlsform.sensitivity import Decision, review_lines
from fieldkit.xlsform.writer import build_workbook, write_xlsform

__all__ = [
    "Decision",
    "XLSFormImport",
    "build_workbook",
    "dump_questionnaire",
    "format_generalise",
    "import_xlsform",
    "review_lines",
    "text_column",
    "write_questionnaire",
    "write_xlsform",
]
