import os
from pathlib import Path

import pytest

from nukegraph.errors import GazetteerError
from nukegraph.extract import Extractor
from nukegraph.gazetteer import load_gazetteer, pattern_anchor
from nukegraph.records import EntityRef, SourceDocument

from conftest import SMALL, write_gazetteer

REPO_GAZETTEERS = Path(__file__).resolve().parents[1] / "gazetteers"


def test_the_shipped_gazetteers_load_and_cover_the_contract() -> None:
    gaz = load_gazetteer(REPO_GAZETTEERS)
    states = [r for r in gaz.entities if r.cls == "state"]
    assert len(states) >= 193 + 2  # members and observers
    for ref in [
        EntityRef("state", "USA"),
        EntityRef("state", "SUN"),
        EntityRef("treaty", "FMCT"),
        EntityRef("organization", "UNIDIR"),
        EntityRef("group", "G21"),
        EntityRef("topic", "NSA"),
    ]:
        assert ref in gaz.entities, ref
    for name, ident in [
        ("美国", "USA"),
        ("联合王国", "GBR"),
        ("英国", "GBR"),
        ("朝鲜", "PRK"),
        ("伊朗(伊斯兰共和国)", "IRN"),
        ("裁谈会", "CD"),
        ("NPT", "NPT"),
        ("禁产条约", "FMCT"),
        ("全面核禁试条约", "CTBT"),
    ]:
        assert gaz.surfaces[name].id == ident, name


def test_loads_a_valid_folder(tmp_path: Path) -> None:
    gaz = load_gazetteer(write_gazetteer(tmp_path))
    assert gaz.surfaces["美国"] == EntityRef("state", "USA")
    assert gaz.entities[EntityRef("state", "USA")].en_aliases == ("United States",)
    assert "发展中国家" in gaz.blockers
    assert len(gaz.version) == 16


def _with_row(filename: str, row: tuple[str, ...]) -> dict:
    files = {k: list(v) for k, v in SMALL.items()}
    files[filename].append(row)
    return files


@pytest.mark.parametrize(
    ("filename", "row", "message"),
    [
        ("states.tsv", ("FRA", "法国", "France", ""), "expected 5 tab-separated columns"),
        ("states.tsv", ("France", "法国", "France", "", ""), "not a valid state identifier"),
        ("states.tsv", ("FRA", "", "France", "", ""), "zh and en names are required"),
        ("states.tsv", ("CHN", "中华", "China", "", ""), "duplicate id CHN"),
        ("states.tsv", ("IDX", "印度", "Indiana", "", ""), "already a name of IND"),
        ("treaties.tsv", ("NPT2", "核不扩散条约", "x", "NPT", ""), "already a name of NPT"),
        ("states.tsv", ("FRA", "法国", "France", "法兰西||法", ""), "empty item"),
        ("topics.tsv", ("nsa", "消极安全保证", "NSA", "", ""), "not a valid topic identifier"),
    ],
)
def test_malformed_rows_name_file_and_line(
    tmp_path: Path, filename: str, row: tuple[str, ...], message: str
) -> None:
    folder = write_gazetteer(tmp_path, _with_row(filename, row))
    with pytest.raises(GazetteerError) as info:
        load_gazetteer(folder)
    text = str(info.value)
    assert message in text
    lines = (folder / filename).read_text("utf-8").splitlines()
    assert f"{folder / filename}:{len(lines)}:" in text  # the offending row is the last line


def test_a_name_that_differs_only_by_width_or_spaces_is_a_duplicate(tmp_path: Path) -> None:
    folder = write_gazetteer(
        tmp_path, _with_row("states.tsv", ("IRX", "伊朗 （伊斯兰共和国）", "x", "", ""))
    )
    with pytest.raises(GazetteerError, match="already a name of IRN"):
        load_gazetteer(folder)


def test_a_blocker_may_not_hide_a_name(tmp_path: Path) -> None:
    folder = write_gazetteer(tmp_path, blockers=[("美国", "oops")])
    with pytest.raises(GazetteerError, match="a blocker would hide it"):
        load_gazetteer(folder)


def test_bad_header_and_missing_file(tmp_path: Path) -> None:
    folder = write_gazetteer(tmp_path)
    (folder / "groups.tsv").write_text("id\tzh\ten\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"groups\.tsv:1: header must be"):
        load_gazetteer(folder)
    (folder / "groups.tsv").unlink()
    with pytest.raises(GazetteerError, match="missing gazetteer file"):
        load_gazetteer(folder)


def test_bad_pattern_rows(tmp_path: Path) -> None:
    folder = write_gazetteer(tmp_path)
    header = "class\tid\tpattern\tunless_document_matches\tnote\n"
    (folder / "patterns.tsv").write_text(header + "organization\tNOPE\t(?P<m>x)\t\t\n", "utf-8")
    with pytest.raises(GazetteerError, match="unknown entity organization NOPE"):
        load_gazetteer(folder)
    (folder / "patterns.tsv").write_text(header + "organization\tUNGA\t大会(\t\t\n", "utf-8")
    with pytest.raises(GazetteerError, match="invalid regular expression"):
        load_gazetteer(folder)
    (folder / "patterns.tsv").write_text(header + "organization\tUNGA\t大会\t\t\n", "utf-8")
    with pytest.raises(GazetteerError, match="named group"):
        load_gazetteer(folder)


_PATTERN_HEADER = "class\tid\tpattern\tunless_document_matches\tnote\n"


@pytest.mark.parametrize(
    ("initials", "row", "problem"),
    [
        ("美\tUSA\t\n美\tCHN\t\n", None, r"initials\.tsv:3: 美 is already the initial of USA"),
        ("美国\tUSA\t\n", None, "one Chinese character"),
        ("美\tUSA\t\n", "state\t*\t(?P<m>[美俄])两国\t\t\n", r"俄 not in initials\.tsv"),
        ("美\tUSA\t\n", "topic\t*\t(?P<m>[美])两国\t\t\n", "needs class state"),
        (None, "state\t*\t(?P<m>{INITIAL})两国\t\t\n", r"needs initials\.tsv"),
    ],
)
def test_bad_initials_and_rows_by_initial(
    tmp_path: Path, initials: str | None, row: str | None, problem: str
) -> None:
    folder = write_gazetteer(tmp_path)
    if initials is None:
        (folder / "initials.tsv").unlink()
    else:
        (folder / "initials.tsv").write_text("initial\tid\tnote\n" + initials, "utf-8")
    if row is not None:
        (folder / "patterns.tsv").write_text(_PATTERN_HEADER + row, "utf-8")
    with pytest.raises(GazetteerError, match=problem):
        load_gazetteer(folder)


_PERSON_HEADER = "name\tactor\ten\taliases\tnote\n"


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ("奥巴马\tstate:NOPE\tObama\t\t\n", r"persons\.tsv:2: unknown actor 'state:NOPE'"),
        ("奥巴马\tUSA\tObama\t\t\n", "unknown actor 'USA'"),
        ("奥巴马\ttopic:NUCLEAR_TESTING\tObama\t\t\n", "acts for an actor, not a topic"),
        ("奥巴马\tstate:USA\t\t\t\n", "en column is empty"),
        ("奥\tstate:USA\tObama\t\t\n", "two or more Chinese characters"),
        ("美国\tstate:USA\tObama\t\t\n", "is a name of USA"),
        (
            "奥巴马\tstate:USA\tObama\t\t\n普京\tstate:RUS\tPutin\t奥巴马\t\n",
            r"persons\.tsv:3: '奥巴马' is already",
        ),
    ],
)
def test_bad_person_rows(tmp_path: Path, rows: str, problem: str) -> None:
    folder = write_gazetteer(tmp_path)
    (folder / "persons.tsv").write_text(_PERSON_HEADER + rows, "utf-8")
    with pytest.raises(GazetteerError, match=problem):
        load_gazetteer(folder)


def test_every_form_of_a_persons_name_is_read(tmp_path: Path) -> None:
    folder = write_gazetteer(tmp_path)
    row = "特朗普\tstate:USA\tDonald Trump\t川普|唐纳德·特朗普\tPresident\n"
    (folder / "persons.tsv").write_text(_PERSON_HEADER + row, "utf-8")
    persons = load_gazetteer(folder).persons
    assert {name: ref.id for name, ref in persons.items()} == {
        "特朗普": "USA",
        "川普": "USA",
        "唐纳德·特朗普": "USA",
    }


def test_a_row_by_initial_names_the_state_of_each_character(tmp_path: Path) -> None:
    folder = write_gazetteer(tmp_path)
    (folder / "initials.tsv").write_text("initial\tid\tnote\n美\tUSA\t\n俄\tRUS\t\n", "utf-8")
    rows = "class\tid\tpattern\tunless_document_matches\tnote\n"
    row = "state\t*\t(?<!其)(?P<m>{INITIAL})(?={INITIAL}?两国)\t\t\n"
    (folder / "patterns.tsv").write_text(rows + row, "utf-8")
    extractor = Extractor(load_gazetteer(folder))
    result = extractor.extract(SourceDocument("doc.txt", "美俄两国。其美俄两国。", "utf-8"))
    found = [(m.start, m.ref.id) for m in result.mentions]
    assert found == [(0, "USA"), (1, "RUS"), (7, "RUS")]


@pytest.mark.parametrize(
    ("pattern", "anchor"),
    [
        (r"(?<![议别])(?P<m>大会)(?=第\d{1,3}/\d|决议)", "大会"),
        (r"(?:^|(?<=[\n,。(“]))(?P<m>大会)(?![堂厅])", "大会"),
        (r"(?<![副])(?<![会议])(?P<m>秘书长)", "秘书长"),
        (r"(?P<m>秘书长)", "秘书长"),
        (r"(?<![副])(?P<m>秘书长?)", None),  # the last character is optional
        (r"(?P<m>大会|联大)", None),  # two literals
        (r"不对(?P<m>使用核武器)", None),  # text before the mention is part of the match
        (r"(?P<m>附件[2二]所列国家)", None),
        (r"(?<=[中美]{2})(?P<m>法国)", "法国"),  # a look-behind of a fixed count of a class
        # alternatives of literal look-behinds (the zone treaties' protocols)
        (r"(?:(?<=《曼谷条约》)|(?<=《曼谷条约》附加))(?P<m>议定书)", "议定书"),
        (r"(?:(?<=《曼谷条约》)|(?<=[约]))(?P<m>议定书)", None),  # (a class among them: not read)
    ],
)
def test_pattern_anchor_is_the_literal_every_match_starts_with(pattern: str, anchor: str | None):
    assert pattern_anchor(pattern) == anchor


# --- the contains column ------------------------------------------------------------------


def _with_contains(folder: Path, filename: str, rows: list[str]) -> Path:
    """Rewrite one file of a fixture folder with the optional contains column."""
    path = folder / filename
    body = path.read_text("utf-8").replace(
        "id\tzh\ten\taliases\ten_aliases\n", "id\tzh\ten\taliases\ten_aliases\tcontains\n"
    )
    path.write_text(body + "".join(row + "\n" for row in rows), "utf-8")
    return folder


def test_a_row_says_which_names_inside_it_still_count(tmp_path: Path) -> None:
    folder = _with_contains(
        write_gazetteer(tmp_path),
        "topics.tsv",
        ["INDIA_TALKS\t印度核问题会谈\tIndia nuclear talks\t\t\tstate:IND"],
    )
    gaz = load_gazetteer(folder)
    assert gaz.contains == {EntityRef("topic", "INDIA_TALKS"): {EntityRef("state", "IND")}}
    # a row without the last cell is fine under a header that has it
    assert EntityRef("topic", "NSA") not in gaz.contains


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("state:XXX", "no such entity"),
        ("IND", "no such entity"),  # class:id
        ("state:IDN", "none of its names stands in"),  # 印度尼西亚 is not inside 印度核问题会谈
    ],
)
def test_a_contains_cell_names_an_entity_inside_the_row(
    tmp_path: Path, cell: str, message: str
) -> None:
    folder = _with_contains(
        write_gazetteer(tmp_path),
        "topics.tsv",
        [f"INDIA_TALKS\t印度核问题会谈\tIndia nuclear talks\t\t\t{cell}"],
    )
    with pytest.raises(GazetteerError, match=message) as info:
        load_gazetteer(folder)
    assert "topics.tsv:" in str(info.value)


# --- user gazetteer files -------------------------------------------------------------------

USER_HEADER = "class\tid\tzh\ten\taliases\ten_aliases\n"


def test_a_user_file_adds_entities_and_names_to_the_bundled_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NUKEGRAPH_GAZETTEERS", str(write_gazetteer(tmp_path / "bundled")))
    monkeypatch.setenv("NUKEGRAPH_REPLACE_GAZETTEERS", "1")  # that folder stands for the bundled
    user = tmp_path / "mine.tsv"
    user.write_text(
        "# my names\n"
        + USER_HEADER
        + "organization\tGSI\t全球安全研究所\tGlobal Security Institute\t全安所\t\n"
        + "state\tIDN\t印度尼西亚共和国\tIndonesia\t\tRepublic of Indonesia\n"
        # suggestions appended to the file later, header and all
        + USER_HEADER
        + "treaty\tCONVENTION_ABC\t禁止放射性武器公约\tRadiological Weapons Convention\t\t\n",
        "utf-8",
    )
    gaz = load_gazetteer(user)
    assert gaz.surfaces["全安所"] == EntityRef("organization", "GSI")
    assert gaz.surfaces["禁止放射性武器公约"] == EntityRef("treaty", "CONVENTION_ABC")
    # a row for a bundled entity adds its names to it, keeping the bundled labels
    indonesia = gaz.entities[EntityRef("state", "IDN")]
    assert indonesia.zh == "印度尼西亚"
    assert "印度尼西亚共和国" in indonesia.aliases
    assert indonesia.en_aliases == ("Republic of Indonesia",)
    assert gaz.surfaces["美国"] == EntityRef("state", "USA")  # the bundled names stay
    assert gaz.version != load_gazetteer(tmp_path / "bundled").version


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("country\tFRA\t法国\tFrance\t\t", "unknown class 'country'"),
        ("state\tXYZ\t美国\tFake\t\t", "already a name of USA"),
        ("organization\tgsi\t全球安全研究所\tx\t\t", "not a valid organization identifier"),
    ],
)
def test_a_bad_user_row_names_the_user_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, row: str, message: str
) -> None:
    monkeypatch.setenv("NUKEGRAPH_GAZETTEERS", str(write_gazetteer(tmp_path / "bundled")))
    monkeypatch.setenv("NUKEGRAPH_REPLACE_GAZETTEERS", "1")  # that folder stands for the bundled
    user = tmp_path / "mine.tsv"
    user.write_text(USER_HEADER + row + "\n", "utf-8")
    with pytest.raises(GazetteerError, match=message) as info:
        load_gazetteer(user)
    assert f"{user}:2:" in str(info.value)


def _entity_file(folder: Path, name: str, rows: list[tuple[str, ...]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    body = "".join("\t".join(row) + "\n" for row in rows)
    (folder / name).write_text("id\tzh\ten\taliases\ten_aliases\n" + body, encoding="utf-8")


def test_a_folder_added_to_the_bundled_gazetteers_adds_rows_and_names(tmp_path: Path) -> None:
    extra = tmp_path / "mine"
    _entity_file(
        extra,
        "states.tsv",
        [
            ("XKX", "科索沃", "Kosovo", "", ""),  # new
            ("USA", "美利坚合众国", "United States of America", "美国|花旗国", ""),  # names added
        ],
    )
    gaz = load_gazetteer([REPO_GAZETTEERS, extra])
    assert gaz.surfaces["科索沃"] == EntityRef("state", "XKX")
    assert gaz.surfaces["花旗国"] == EntityRef("state", "USA")
    assert gaz.surfaces["裁谈会"] == EntityRef("organization", "CD")  # the bundled rows stay
    assert gaz.version != load_gazetteer(REPO_GAZETTEERS).version  # the cache sees the change


def test_a_name_an_added_folder_gives_to_another_entity_names_both_files(tmp_path: Path) -> None:
    extra = tmp_path / "mine"
    _entity_file(extra, "states.tsv", [("XXA", "美国", "Not America", "", "")])
    with pytest.raises(GazetteerError) as info:
        load_gazetteer([REPO_GAZETTEERS, extra])
    assert f"{extra / 'states.tsv'}:2" in str(info.value)
    assert "already a name of USA" in str(info.value)
    assert str(REPO_GAZETTEERS / "states.tsv") in str(info.value)


def test_layers_are_the_bundled_gazetteers_then_the_environment_then_the_flags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nukegraph.gazetteer import bundled_gazetteer_dir, gazetteer_layers

    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    monkeypatch.setenv("NUKEGRAPH_GAZETTEERS", f"{a}{os.pathsep}{b}")
    assert gazetteer_layers([c]) == [bundled_gazetteer_dir(), a, b, c]
    assert gazetteer_layers([c], replace=True) == [a, b, c]
    monkeypatch.setenv("NUKEGRAPH_REPLACE_GAZETTEERS", "1")
    assert gazetteer_layers([c]) == [a, b, c]
    monkeypatch.delenv("NUKEGRAPH_REPLACE_GAZETTEERS")
    monkeypatch.delenv("NUKEGRAPH_GAZETTEERS")
    with pytest.raises(GazetteerError, match="--gazetteers DIR"):
        gazetteer_layers([], replace=True)


_PROJECT_HEADER = "topic\tbroader\tnote\topposite\tstated\n"


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ("NOPE\tNUCLEAR_DISARMAMENT\t\n", r"project_topics\.tsv:2: unknown topic NOPE"),
        ("NSA\tNOPE\t\n", r"project_topics\.tsv:2: unknown topic NOPE"),
        ("NSA\tNSA\t\n", "cannot be broader than itself"),
        (
            "WORLD_FREE_OF_NUCLEAR_WEAPONS\tNUCLEAR_DISARMAMENT\t\n"
            "WORLD_FREE_OF_NUCLEAR_WEAPONS\t\t\n",
            r"project_topics\.tsv:3: WORLD_FREE_OF_NUCLEAR_WEAPONS has a row already",
        ),
        (
            "WORLD_FREE_OF_NUCLEAR_WEAPONS\tNUCLEAR_DISARMAMENT\t\nNUCLEAR_DISARMAMENT\t\t\n",
            r"project_topics\.tsv:2: WORLD_FREE_OF_NUCLEAR_WEAPONS's broader topic "
            "NUCLEAR_DISARMAMENT is a project topic itself",
        ),
        (
            "WORLD_FREE_OF_NUCLEAR_WEAPONS\t\t\tNUCLEAR_TESTING\nNUCLEAR_TESTING\t\t\n",
            r"project_topics\.tsv:2: WORLD_FREE_OF_NUCLEAR_WEAPONS's opposite topic "
            "NUCLEAR_TESTING is a project topic itself",
        ),
        ("NSA\t\t\tNOPE\n", r"project_topics\.tsv:2: unknown topic NOPE"),
        ("NSA\t\t\t\tmaybe\n", r"project_topics\.tsv:2: stated must be yes or empty"),
    ],
)
def test_bad_project_topic_rows(tmp_path: Path, rows: str, problem: str) -> None:
    folder = write_gazetteer(tmp_path)
    (folder / "project_topics.tsv").write_text(_PROJECT_HEADER + rows, "utf-8")
    with pytest.raises(GazetteerError, match=problem):
        load_gazetteer(folder)


def test_the_project_topics_are_every_shipped_topic_beyond_the_contracts_table() -> None:
    # the contract's topics are what readers annotate and users query: positions on them are
    # always stated, and a position is carried up to one of them, never to one of the
    # project's own
    contract = {
        "NUCLEAR_DISARMAMENT", "NON_PROLIFERATION", "PEACEFUL_USES", "NSA", "PAROS", "NWFZ",
        "MEWMDFZ", "NFU", "DE_ALERTING", "HUMANITARIAN", "TRANSPARENCY", "CBM", "VERIFICATION",
        "NUCLEAR_SECURITY", "NUCLEAR_TESTING", "FISSILE_MATERIAL", "RADIOLOGICAL_WEAPONS",
        "NEW_WMD", "DISARMAMENT_EDUCATION", "SSOD4", "MISSILES", "CONVENTIONAL_ARMS",
    }  # fmt: skip
    gaz = load_gazetteer(REPO_GAZETTEERS)
    topics = {ref.id for ref in gaz.entities if ref.cls == "topic"}
    assert {ref.id for ref in gaz.project_topics} == topics - contract
    assert gaz.broader[EntityRef("topic", "KOREAN_PENINSULA_DENUCLEARIZATION")].id == (
        "NUCLEAR_DISARMAMENT"
    )
    for narrow, wide in gaz.broader.items():
        assert narrow.id not in contract and wide.id in contract, (narrow, wide)
    for narrow, against in gaz.opposite.items():
        assert narrow.id not in contract and against.id in contract, (narrow, against)
