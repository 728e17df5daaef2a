"""The states gazetteer against maintained sources of Chinese state names.

pycountry ships the iso-codes project's translations of ISO 3166-1 (names, official long forms,
common names) and ISO 3166-3 (former names); Babel ships CLDR's territory names. Every Chinese
name they give a state of ``states.tsv`` must be a name of that state there, or be listed with
the reason it is not in ``tests/data/state_name_exceptions.tsv``. Both packages are test
dependencies only (the ``test`` extra): the gazetteer is the data, they check it.
"""

from __future__ import annotations

import csv
import gettext
from pathlib import Path

import pytest

from nukegraph.gazetteer import load_gazetteer
from nukegraph.normalize import normalize_name
from nukegraph.records import EntityRef

pycountry = pytest.importorskip("pycountry")
babel = pytest.importorskip("babel")

ROOT = Path(__file__).resolve().parents[1]
EXCEPTIONS = Path(__file__).resolve().parent / "data" / "state_name_exceptions.tsv"


def _exceptions() -> dict[str, tuple[str, str]]:
    lines = [
        line
        for line in EXCEPTIONS.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    return {row["name"]: (row["source_id"], row["reason"]) for row in rows}


def _source_names(state_ids: set[str]) -> list[tuple[str, str, str]]:
    """(state id or historic code, Chinese name, source) for every state of the gazetteer."""
    from babel import Locale

    iso1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    iso3 = gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=["zh_CN"])
    cldr = Locale("zh").territories
    found: list[tuple[str, str, str]] = []
    for country in pycountry.countries:
        if country.alpha_3 not in state_ids:
            continue
        for attr in ("name", "official_name", "common_name"):
            english = getattr(country, attr, None)
            if english and iso1.gettext(english) != english:
                found.append((country.alpha_3, iso1.gettext(english), f"iso3166-1 {attr}"))
        if country.alpha_2 in cldr:
            found.append((country.alpha_3, cldr[country.alpha_2], "CLDR"))
    for former in pycountry.historic_countries:
        # a former state of its own (SUN, DDR), else the state its code passed to (BUMM -> MM)
        target = former.alpha_3
        if target not in state_ids:
            successor = pycountry.countries.get(alpha_2=former.alpha_4[2:])
            target = successor.alpha_3 if successor and successor.alpha_3 in state_ids else None
        name = iso3.gettext(former.name)
        if target and name != former.name:
            found.append((target, name, f"iso3166-3 {former.alpha_4}"))
    return found


@pytest.fixture(scope="module")
def checked():
    gaz = load_gazetteer(ROOT / "gazetteers")
    state_ids = {ref.id for ref in gaz.entities if ref.cls == "state"}
    return gaz, _source_names(state_ids)


def test_every_source_name_of_a_state_is_one_of_its_names_or_a_listed_exception(checked) -> None:
    gaz, names = checked
    exceptions = _exceptions()
    missing = [
        (ident, name, source)
        for ident, name, source in names
        if gaz.surfaces.get(normalize_name(name)) != EntityRef("state", ident)
        and name not in exceptions
    ]
    assert not missing, (
        f"add these names to states.tsv, or list them with a reason in {EXCEPTIONS.name}: {missing}"
    )


def test_the_exceptions_still_come_from_a_source_and_are_not_names(checked) -> None:
    gaz, names = checked
    produced = {name for _, name, _ in names}
    for name, (source_id, _reason) in _exceptions().items():
        assert name in produced, f"{name} ({source_id}) is in no source now: drop the exception"
        assert normalize_name(name) not in gaz.surfaces, f"{name} is listed and a name too"


def test_long_and_former_forms_name_their_state() -> None:
    gaz = load_gazetteer(ROOT / "gazetteers")
    for name, ident in [
        ("印度尼西亚共和国", "IDN"),
        ("大不列颠及北爱尔兰联合王国", "GBR"),
        ("缅甸联邦社会主义共和国", "MMR"),
        ("扎伊尔共和国", "COD"),
        ("上沃尔特共和国", "BFA"),
        ("印度共和国", "IND"),
    ]:
        assert gaz.surfaces[name] == EntityRef("state", ident), name
