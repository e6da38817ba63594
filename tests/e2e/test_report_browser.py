"""The HTML report in a real browser: headless Chromium at 1280 and 420 pixels.

For each width the test takes a screenshot (kept in the test's folder for a person to
look at) and measures the page: every label, heading, table cell and caption must show
its whole text (``scrollWidth`` no wider than ``clientWidth``), and the page itself must
not be wider than the window (a chart that overflows a phone would make it so).  The
measurement runs in a copy of the report with one script added at the end of the body
and the Content-Security-Policy relaxed for it; the report itself has no script.

Skipped, with the reason, where Chromium is not installed; ``.ci/run`` installs Debian's
``chromium`` and the Nanum fonts, so CI always runs it.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from html import escape, unescape
from pathlib import Path
from typing import Any

import pytest

from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.report.crosstab import by_question
from fieldkit.report.findings import Report, report_tables
from fieldkit.report.render import render_report
from report_helpers import merged_fixture

pytestmark = pytest.mark.slow
BROWSER = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
WIDTHS = (1280, 420)
MEASURE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="report" style="border:0;display:block" width="WIDTH" height="2400"
        srcdoc="REPORT"></iframe>
<script>
function measure() {
  const frame = document.getElementById('report');
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  const clipped = [];
  const wide = [];
  for (const el of doc.querySelectorAll('.label, th, td, h1, h2, p, caption')) {
    if (el.scrollWidth > el.clientWidth + 1) {
      clipped.push({tag: el.tagName, text: el.textContent.slice(0, 80),
                    scroll: el.scrollWidth, client: el.clientWidth});
    }
    const right = el.getBoundingClientRect().right;
    if (right > win.innerWidth + 1 && !el.closest('.scroll')) {
      wide.push({tag: el.tagName, text: el.textContent.slice(0, 80), right: right});
    }
  }
  const out = document.createElement('pre');
  out.id = 'measured';
  out.textContent = JSON.stringify({
    width: win.innerWidth,
    page: doc.documentElement.scrollWidth,
    labels: doc.querySelectorAll('.label').length,
    clipped: clipped,
    wide: wide,
  });
  document.body.appendChild(out);
}
document.getElementById('report').addEventListener('load', measure);
</script></body></html>"""
"""The report in an iframe exactly ``WIDTH`` pixels wide (its own viewport, so its media
queries see that width), measured by a script in the outer page: the report keeps its
Content-Security-Policy and runs no script."""


def _chromium(profile: Path, width: int, *args: str) -> str:
    """Run headless Chromium with a fresh profile and a window ``width`` pixels wide; its
    standard output."""
    assert BROWSER is not None
    command = [
        BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        f"--window-size={width},2400",
        *args,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _report(by: bool) -> str:
    qn = builtin_questionnaire()
    column = by_question(qn, "interview_province") if by else None
    report = Report(
        project="Lives for Sale",
        records=77,
        devices=2,
        tables=report_tables(qn, merged_fixture(qn), column),
        by=column,
    )
    return render_report(report, "html")


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def _measure(tmp_path: Path, html: str, width: int) -> dict[str, Any]:
    """What the measuring page found in ``html`` laid out ``width`` pixels wide."""
    page = tmp_path / "measure.html"
    page.write_text(
        MEASURE.replace("WIDTH", str(width)).replace("REPORT", escape(html, quote=True)),
        encoding="utf-8",
    )
    budget = "--virtual-time-budget=10000"  # let the frame load and the script run
    dom = _chromium(tmp_path / "profile-measure", width + 40, budget, "--dump-dom", page.as_uri())
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[-1000:]
    result: dict[str, Any] = json.loads(unescape(found.group(1)))
    return result


SKIP = pytest.mark.skipif(BROWSER is None, reason="Chromium is not installed (CI installs it)")


@SKIP
@pytest.mark.parametrize("by", [False, True], ids=["report", "crosstab"])
@pytest.mark.parametrize("width", WIDTHS)
def test_no_label_is_clipped(tmp_path: Path, width: int, by: bool) -> None:
    html = _report(by)
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / f"report-{width}.png"
    _chromium(tmp_path / "profile-shot", width, f"--screenshot={shot}", page.as_uri())
    assert _png_size(shot) == (width, 2400)

    result = _measure(tmp_path, html, width)
    assert result["width"] == width
    assert result["labels"] > 100
    assert result["clipped"] == []
    assert result["wide"] == []
    assert result["page"] <= width


@SKIP
def test_the_measurement_finds_a_clipped_label(tmp_path: Path) -> None:
    """The check can fail: labels forced onto one line and cut off are reported."""
    broken = _report(False).replace(
        "</style>", ".label{white-space:nowrap;overflow:hidden}</style>"
    )
    result = _measure(tmp_path, broken, 420)
    assert any("Not aware of any money transaction" in c["text"] for c in result["clipped"])
