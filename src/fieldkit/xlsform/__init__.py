"""XLSForm import and export: bring the forms field teams already have.

``import_xlsform(path)`` converts an XLSForm workbook (ODK, KoboToolbox,
SurveyCTO) into a checked fieldkit questionnaire, or refuses with every
problem listed by sheet row; ``write_xlsform(questionnaire, path)`` writes a
questionnaire back as an XLSForm that pyxform converts and that reads back
unchanged.  Headless: never imports Textual, Rich or the CLI.  openpyxl is
imported only when a workbook is read or written.
"""

from fieldkit.xlsform.output import dump_questionnaire, write_questionnaire
from fieldkit.xlsform.reader import XLSFormImport, import_xlsform
from fieldkit.xlsform.sensitivity import Decision, review_lines
from fieldkit.xlsform.writer import build_workbook, write_xlsform

__all__ = [
    "Decision",
    "XLSFormImport",
    "build_workbook",
    "dump_questionnaire",
    "import_xlsform",
    "review_lines",
    "write_questionnaire",
    "write_xlsform",
]
