"""Build src/marsad/lexicon/gazetteer.tsv from the shared Syria gazetteer.

Usage: python tools/build_gazetteer.py /work/shared/gazetteer [--petrarch DIR] [--out PATH]

Input: `syria_places.tsv` of the shared folder (OCHA COD / OpenSyria / GeoNames /
IOM DTM / OSM / Wikipedia, see its README). Output: one row per place that has an
Arabic name, with only the columns marsad needs:

    id  kind  name_en  name_ar  variants  lat  lon  admin1  admin2  admin3

`variants` are `|`-separated Arabic alternates. A name prefixed with `!` is an
ordinary Arabic word as well as a place name ("الحرية", "النصر"): the recogniser
only takes it after an explicit place word ("قرية الحرية"). `?` marks a city
name that is a common word ("الباب"): it needs at least a preposition. The common-word list is
mined from the UniversalPetrarch Arabic dictionaries (MIT, Open Event Data
Alliance) plus the hand list below.

Generated names (see `_spelling_variants`, `_bare_heads`): the final-letter spellings news
uses ("الشولة" also as "الشولا", "نوى"-type alef maqsura as alef), never one that is another
place's name or a common word; and a village's name without its size or direction qualifier
("الصورة" for "الصورة الكبيرة"), marked `!` (after a place word only) and never where a town,
city or admin unit has that name.

English admin names follow the evaluation kit's spelling ("Deir ez-Zor", "Idlib",
"Al-Hasakah"...) rather than OCHA's ("Deir-ez-Zor", "Idleb", "Al-Hasakeh").
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from marsad.normalize import fold  # noqa: E402

# OCHA admin1 spelling -> the spelling the evaluation kit (and ACLED) uses.
ADMIN1_NAMES = {
    "Deir-ez-Zor": "Deir ez-Zor",
    "Idleb": "Idlib",
    "Ar-Raqqa": "Raqqa",
    "Al-Hasakeh": "Al-Hasakah",
    "Dar'a": "Daraa",
    "Lattakia": "Latakia",
    "Tartous": "Tartus",
    "As-Sweida": "As-Suwayda",
    "Rif Dimashq": "Rural Damascus",
}

# Place names that are also everyday words of conflict news. Folded on use.
HAND_STOPWORDS = """
الجيش الشيخ السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة يوم اليوم امس غدا
الحرية النصر الثورة الكرامة الشهداء الشهيد الوحدة السلام الامل الفرقان الجهاد
قرية بلدة مدينة حي منطقة مزرعة قرى بلدات مناطق الوادي وادي ادي النهر الجبل جبل
تل التل سد السد الجسر جسر المطار مطار معبر المعبر مخيم المخيم القاعدة قاعدة
كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين الاول الثاني
يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
الشمال الجنوب الشرق الغرب الشرقي الغربي الشمالي الجنوبي الشرقية الغربية الشمالية الجنوبية
شمال جنوب شرق غرب الوسط المركز البلد السوق الساحة الطريق الاوتوستراد الدوار
العين عين البئر بئر الحمام الجامع المسجد الكنيسة المدرسة المشفى المستشفى الفرن
العمر عمر علي محمد احمد حسن حسين خالد عمار ابراهيم عيسى موسى سليمان يوسف عثمان
الحسن الحسين المهدي الامام السيد الحاج الملا البيك الامير الاسد الاسود الابيض الاحمر الاخضر
الكبير الصغير الكبيرة الصغيرة الجديد الجديدة القديم القديمة الفوقاني التحتاني الشرقي الغربي
المزارع المزرعة الحقل الحقول البادية الصحراء الريف الضيعة القرية البلدة المدينة
الحدود الخط الجبهة المحور النقطة الحاجز الثكنة الفوج اللواء الكتيبة السرية المقر الموقع
الاحرار الانصار المجاهدين الصحابة الفاروق التوحيد الايمان الرحمن الرحمة البركة الخير السعادة
الزهراء الرضا الصالحين المصطفى الرشيد المنصور الظاهر العادل العدل النور الفجر الضحى الهدى
الشام الحرب السلم القتال المعركة المعارك الهجوم القصف الغارة الاشتباكات الامن الشرطة العسكري
خط الفرات ابو ام بني بيت دار كفر عين قصر خان برج الضفة جديدة جديد واسطة بواسطة
مقتل مقتله شهداء شهيد اسقاط عمره حالات حالة اهداف جروح منزله منزل قريتين الجولان
الصورة الصور الفيديو المقطع الخبر التقرير البيان
نصر الله
المشفى الوطني
المستشفى الوطني
المشفى العسكري
المستشفى العسكري
"""
# City names that are common words as well: matched after a preposition or place word.
HAND_WEAK = "الباب التل"

# Spelling variants news writes for a final letter (see `_spelling_variants`).
# Qualifiers that a writer drops: "الصورة" for "الصورة الكبيرة" (see `_bare_heads`).
QUALIFIERS = """
الكبيرة الصغيرة الكبير الصغير الكبرى الصغرى الفوقاني التحتاني الفوقانية التحتانية الفوقا التحتا
الشرقي الغربي الشمالي الجنوبي الشرقية الغربية الشمالية الجنوبية
"""


def _petrarch_words(folder: Path) -> set[str]:
    """Words of the UniversalPetrarch Arabic verb/agent/synonym dictionaries."""
    words: set[str] = set()
    for name in ("CAMEO.ar.0.5.txt", "agents.all.ar_v3.txt", "synsets.ar.txt", "verbs_assualt_only.txt"):
        path = folder / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            line = re.sub(r"\[[^\]]*\]|\{[^}]*\}|\([^)]*\)", " ", line)
            for w in re.split(r"[\s_+*$%&@|=<>-]+", line):
                w = fold(w.strip())
                if len(w) >= 2 and re.fullmatch(r"[\u0621-\u064a]+", w):
                    words.add(w)
    return words


def _arabic_names(raw: str) -> list[str]:
    """Split an OCHA Arabic name into names: 'A_B', 'A/B' are two names; 'A- B' drops B."""
    out: list[str] = []
    for part in re.split(r"[_/]", raw):
        part = re.split(r"\s*-\s*", part.strip())[0] if "-" in part else part
        part = " ".join(part.split())
        if part and re.search(r"[\u0621-\u064a]", part) and not re.search(r"[A-Za-z]", part):
            out.append(part)
    return out


def _spelling_variants(name: str) -> list[str]:
    """Other spellings of a name's final letter that news uses for the same place.

    Final taa marbuta and alef are written for one another ("الشولة" / "الشولا",
    colloquial pronunciation), and alef maqsura as alef ("نوى" / "نوا"). Only
    for a last word that carries the article or follows another word: a bare
    indefinite word ending in alef is mostly an accusative ("كبيراً"), never a
    name. The caller drops variants that are another place's name or a
    common word.
    """
    words = name.split()
    last = words[-1]
    if len(last) < 4 or not (last.startswith("ال") or len(words) > 1):
        return []
    head = " ".join(words[:-1] + [last[:-1]])
    if head.endswith(("ا", "أ", "آ")):
        return []  # "حماة": a double alef is no spelling
    if last.endswith("ة"):
        return [head + "ا"]
    if last.endswith("ا") and not last.endswith("اا"):
        return [head + "ة"]
    if last.endswith("ى"):
        return [head + "ا"]
    return []


def _bare_heads(name: str, qualifiers: set[str]) -> list[str]:
    """The name without a size or direction qualifier: "الصورة" for "الصورة الكبيرة".

    The caller keeps it only where no city, town or admin unit has that name, so the
    bare form is a homonym among villages, resolved by the governorates the report names.
    """
    words = name.split()
    if len(words) == 2 and fold(words[1]) in qualifiers and len(words[0]) >= 4:
        return [words[0]]
    return []


def _place_id(row: dict[str, str]) -> str:
    if row["pcode"]:
        return row["pcode"]
    src = row["source"]
    m = re.match(r"geonames:(\d+)", src)
    if m:
        return "GN" + m.group(1)
    return "F-" + re.sub(r"[^a-z0-9]+", "-", row["name_en"].lower()).strip("-")


def build(shared: Path, petrarch: Path | None) -> list[list[str]]:
    with open(shared / "syria_places.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    hand = {fold(w) for w in HAND_STOPWORDS.split()} | {
        fold(line.strip()) for line in HAND_STOPWORDS.splitlines()
    }
    weak = {fold(w) for w in HAND_WEAK.split()}
    mined = _petrarch_words(petrarch) if petrarch is not None else set()
    # Cities and governorates are never demoted to "needs a place word": a city
    # name that is also a common word is listed by hand (e.g. الثورة).
    protected = {
        fold(n)
        for r in rows
        if r["kind"] in ("governorate", "city", "feature")
        for n in _arabic_names(r["name_ar"])
    }
    protected -= {fold("الثورة")}
    # The mined list is machine-translated and noisy ("التبني" = adoption, "نوى"
    # = kernels): it only demotes villages and neighbourhoods, never the towns
    # and admin seats that news names all the time.
    seats = {
        fold(n)
        for r in rows
        if r["kind"] in ("town", "subdistrict", "district")
        for n in _arabic_names(r["name_ar"])
    }

    # OCHA sometimes keeps its disambiguator without the hyphen: "الدردارة تل تمر" is
    # Dardara in Tal Tamr sub-district; news writes "الدردارة".
    unit_names: dict[str, set[str]] = {}
    for r in rows:
        if r["kind"] in ("governorate", "district", "subdistrict"):
            for n in _arabic_names(r["name_ar"]):
                for form in (n, n[2:] if n.startswith("ال") else n, n.removeprefix("مركز ")):
                    unit_names.setdefault(r["admin1_en"], set()).add(form)

    # Every name some place has, and those of places that are not villages: a generated
    # spelling never takes another place's name, a bare head never a town's or unit's.
    all_keys: set[str] = set()
    big_keys: set[str] = set()
    for r in rows:
        alts = [m for a in r["alt_names"].split("|") for m in _arabic_names(a)]
        for n in _arabic_names(r["name_ar"]) + alts:
            all_keys.add(fold(n))
            if r["kind"] not in ("village", "neighbourhood"):
                big_keys.add(fold(n))
    qualifiers = {fold(w) for w in QUALIFIERS.split()}
    # Words that begin many names ("وادي", "تل", "عين", "مزرعة") are generic heads, never a
    # name of their own: "منطقة وادي ..." must not match a village through them.
    first_words: dict[str, int] = {}
    for key in all_keys:
        if " " in key:
            first_words[key.split()[0]] = first_words.get(key.split()[0], 0) + 1

    def common(key: str) -> bool:
        return key in hand or key in mined or (key[:2] == "ال" and key[2:] in mined)

    out: list[list[str]] = []
    seen: set[str] = set()
    for r in rows:
        names = _arabic_names(r["name_ar"])
        if not names:
            continue
        if r["kind"] in ("village", "town", "neighbourhood"):
            for unit in unit_names.get(r["admin1_en"], ()):
                if names[0].endswith(" " + unit) and len(names[0]) > len(unit) + 3:
                    names.append(names[0][: -len(unit) - 1])
                    break
        for alt in r["alt_names"].split("|"):
            for n in _arabic_names(alt):
                if r["kind"] in ("governorate", "district", "subdistrict") and n.startswith(
                    ("مدينة ", "منطقة ")
                ):
                    continue  # "مدينة إدلب" is the city, "منطقة جبلة" the area: not the admin unit
                # Skip Kurdish/Persian-script spellings: they never occur in Arabic news
                # and some fold into ordinary Arabic words.
                if re.search(
                    "[\u06a9\u06cc\u06d5\u06c6\u06ce\u06b5\u06be\u06af\u067e\u0686\u0698\u06a4\u06c1]", n
                ):
                    continue
                if n not in names:
                    names.append(n)
        marked: list[str] = []
        for n in names:
            key = fold(n)
            is_stop = key in hand or (
                key not in seats and (key in mined or (key[:2] == "ال" and key[2:] in mined))
            )
            if key in weak:
                marked.append("?" + n)
            else:
                marked.append("!" + n if is_stop and key not in protected else n)
        own = {fold(n) for n in names}
        for n in list(marked):
            mark = n[0] if n[0] in "!?" else ""
            for v in _spelling_variants(n[len(mark) :]):
                if fold(v) not in all_keys and fold(v) not in own and not common(fold(v)):
                    own.add(fold(v))
                    marked.append(mark + v)  # a common word's variant needs what the word needs
        if r["kind"] in ("village", "town"):
            # A dropped qualifier is trusted only after a place word ("قرية الصورة"): the
            # bare head is often a common noun ("البستان").
            for v in _bare_heads(names[0], qualifiers):
                if fold(v) not in big_keys and fold(v) not in own and first_words.get(fold(v), 0) < 5:
                    own.add(fold(v))
                    marked.append("!" + v)
        pid = _place_id(r)
        if pid in seen:
            continue
        seen.add(pid)
        name_en = r["name_en"]
        if r["kind"] == "governorate" or name_en in ADMIN1_NAMES:
            name_en = (
                ADMIN1_NAMES.get(r["admin1_en"], r["admin1_en"]) if r["kind"] == "governorate" else name_en
            )
            name_en = ADMIN1_NAMES.get(name_en, name_en)

        def admin(v: str) -> str:
            return ADMIN1_NAMES.get(v, v)

        out.append(
            [
                pid,
                r["kind"],
                name_en,
                marked[0],
                "|".join(marked[1:]),
                f"{float(r['lat']):.5f}",
                f"{float(r['lon']):.5f}",
                admin(r["admin1_en"]),
                admin(r["admin2_en"]),
                admin(r["admin3_en"]),
            ]
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path, help="the shared gazetteer folder (with syria_places.tsv)")
    ap.add_argument(
        "--petrarch", type=Path, default=None, help="UniversalPetrarch Arabic dictionaries folder"
    )
    ap.add_argument("--out", type=Path, default=REPO / "src/marsad/lexicon/gazetteer.tsv")
    args = ap.parse_args(argv)
    petrarch = args.petrarch
    if petrarch is None:
        guess = args.shared.parent / "lexicon-sources/universalpetrarch_arabic"
        petrarch = guess if guess.exists() else None
    rows = build(args.shared, petrarch)
    header = ["id", "kind", "name_en", "name_ar", "variants", "lat", "lon", "admin1", "admin2", "admin3"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        f.write(
            "# Built by tools/build_gazetteer.py; see GAZETTEER_ATTRIBUTION.md for sources and licences.\n"
        )
        f.write("\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    n_stop = sum(1 for r in rows if r[3].startswith("!"))
    print(f"{len(rows)} places -> {args.out} ({n_stop} primary names marked as common words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
