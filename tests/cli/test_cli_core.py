"""The command line: validate, fmt, info, schema; exit codes 0 ok, 1 invalid, 2 usage;
one line per problem; never a traceback."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys

import jsonschema
import pytest
from journeydesk_testkit import EXAMPLES, build_sample

from journeydesk.cli import main
from journeydesk.io import dumps

CORE_COMMANDS = ["validate", "fmt", "info", "schema"]


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "journeydesk", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
    )
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr
    return done


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.journey.json"
    path.write_text(dumps(build_sample()), "utf-8")
    return path


@pytest.fixture
def bad_files(tmp_path):
    data = json.loads(dumps(build_sample()))
    files = {}

    def write(name, content):
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        files[name] = path

    broken = copy.deepcopy(data)
    broken["touchpoints"][3]["stage"] = "st_zz"
    broken["links"][0]["persona"] = "pe_zz"
    write("refs.journey.json", json.dumps(broken))
    broken = copy.deepcopy(data)
    broken["frictions"][0]["severity"] = 9
    write("values.journey.json", json.dumps(broken))
    write("syntax.journey.json", '{\n  "format": "journeydesk",\n  "format_version": 1,\n}')
    write("binary.journey.json", bytes(range(256)))
    write("utf16.journey.json", json.dumps(data).encode("utf-16"))
    write("deep.journey.json", "[" * 100_000)
    write("list.journey.json", "[]")
    write("newer.journey.json", json.dumps(dict(data, format_version=99)))
    write("empty.journey.json", "")
    files["missing.journey.json"] = tmp_path / "missing.journey.json"
    files["folder"] = tmp_path
    return files


# ----------------------------------------------------------------- validate
def test_validate_examples_exit_0():
    done = run("validate", *map(str, EXAMPLES))
    assert done.returncode == 0
    assert done.stdout == ""
    assert all(f"{p}: ok" in done.stderr for p in EXAMPLES)


def test_validate_quiet(good, capsys):
    assert main(["validate", "-q", str(good)]) == 0
    assert capsys.readouterr() == ("", "")


def test_validate_bad_inputs_one_line_per_problem(bad_files, good):
    paths = [str(p) for p in bad_files.values()]
    done = run("validate", str(good), *paths)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    for path in paths:
        mine = [line for line in lines if line.startswith(path + ": ")]
        assert mine, f"no problem reported for {path}"
    refs = str(bad_files["refs.journey.json"])
    assert f"{refs}: touchpoints[3].stage: refers to 'st_zz', which is not in this map" in lines
    assert f"{refs}: links[0].persona: refers to 'pe_zz', which is not in this map" in lines
    values = str(bad_files["values.journey.json"])
    assert any(line.startswith(f"{values}: frictions[0].severity: must be at most 4") for line in lines)
    syntax = str(bad_files["syntax.journey.json"])
    assert any(line.startswith(f"{syntax}: line 4, column 1: not valid JSON") for line in lines)
    newer = [line for line in lines if line.startswith(str(bad_files["newer.journey.json"]))]
    assert "version 99" in newer[0] and "version 2" in newer[0]
    # every line has the FILE: [PLACE: ]what shape and nothing else is printed
    assert all(any(line.startswith(p + ": ") for p in paths) for line in lines)
    assert f"{good}: ok" in done.stderr


def test_validate_in_process_matches(bad_files, capsys):
    assert main(["validate", str(bad_files["list.journey.json"])]) == 1
    out = capsys.readouterr().out
    assert (
        out
        == f"{bad_files['list.journey.json']}: does not hold a journey map (expected an object {{...}} at the top)\n"
    )


def test_problem_lines_stay_single_lines(tmp_path, capsys):
    path = tmp_path / "nl.journey.json"
    path.write_text('{"format": "journeydesk", "format_version": 1, "a\\nb": 1}')
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == f'{path}: ["a\\nb"]: is not a field JourneyDesk knows (misspelt?)\n'


# ----------------------------------------------------------------- usage errors
@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["fmt"],
        ["info"],
        ["info", "a", "b"],
        ["validate", "--bogus", "x"],
        ["schema", "extra"],
        ["--bogus"],
        ["a.json", "b.json"],
    ],
)
def test_usage_errors_exit_2(args, capsys):
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    assert "error" in capsys.readouterr().err


def test_usage_error_through_a_subprocess():
    done = run("validate")
    assert done.returncode == 2 and "the following arguments are required: FILE" in done.stderr


@pytest.mark.parametrize("command", CORE_COMMANDS)
def test_help_for_every_command(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: journeydesk {command}")
    assert len(out.splitlines()) > 3  # a description, not just usage


def test_main_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in CORE_COMMANDS:
        assert command in out


def test_python_m_journeydesk_help():
    done = subprocess.run(
        [sys.executable, "-m", "journeydesk", "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.startswith("usage: journeydesk")


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("journeydesk ")


# ----------------------------------------------------------------- fmt
def test_fmt_check_passes_on_examples():
    done = run("fmt", "--check", *map(str, EXAMPLES))
    assert done.returncode == 0, done.stdout + done.stderr


def test_fmt_rewrites_and_check_reports(tmp_path, capsys):
    path = tmp_path / "messy.journey.json"
    data = json.loads(dumps(build_sample()))
    data["personas"][0]["colour"] = "#abcdef"  # normalised to upper case
    messy = json.dumps(data, separators=(",", ":"))
    path.write_text(messy)
    stamp = path.stat().st_mtime_ns
    assert main(["fmt", "--check", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}: not in canonical form (run: journeydesk fmt {path})\n"
    assert path.read_text() == messy and path.stat().st_mtime_ns == stamp  # --check changes nothing
    assert main(["fmt", str(path)]) == 0
    assert "formatted" in capsys.readouterr().err
    assert '"colour": "#ABCDEF"' in path.read_text()
    assert main(["fmt", "--check", str(path)]) == 0
    again = path.read_bytes()
    assert main(["fmt", str(path)]) == 0
    assert path.read_bytes() == again


def test_fmt_through_a_subprocess(tmp_path):
    path = tmp_path / "compact.journey.json"
    path.write_text(json.dumps(json.loads(dumps(build_sample()))))
    done = run("fmt", str(path))
    assert done.returncode == 0
    assert path.read_text("utf-8") == dumps(build_sample())


def test_fmt_leaves_invalid_files_alone(bad_files):
    path = bad_files["refs.journey.json"]
    before = path.read_bytes()
    done = run("fmt", str(path), str(bad_files["missing.journey.json"]))
    assert done.returncode == 1
    assert "touchpoints[3].stage" in done.stderr and "no such file" in done.stderr
    assert path.read_bytes() == before


# ----------------------------------------------------------------- info
def test_info(capsys):
    path = next(p for p in EXAMPLES if p.name.startswith("online-store"))
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Online store: buying a pair of running shoes  [en]")
    assert "touchpoints     27" in out and "personas         2" in out and "frictions" in out


def test_info_in_indonesian(capsys):
    path = next(p for p in EXAMPLES if p.name.startswith("contact-centre"))
    assert main(["info", str(path)]) == 0
    assert "Kesadaran" in capsys.readouterr().out


def test_info_on_a_bad_file(bad_files, capsys):
    assert main(["info", str(bad_files["binary.journey.json"])]) == 1
    assert "UTF-8" in capsys.readouterr().err


# ----------------------------------------------------------------- schema
@pytest.fixture(scope="module")
def schema_json():
    done = run("schema")
    assert done.returncode == 0
    return json.loads(done.stdout)


def test_schema_validates_the_examples(schema_json):
    jsonschema.Draft202012Validator.check_schema(schema_json)
    validator = jsonschema.Draft202012Validator(schema_json)
    for path in EXAMPLES:
        validator.validate(json.loads(path.read_text("utf-8")))


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.pop("format"),
        lambda d: d.update(format_version=3),
        lambda d: d["touchpoints"][0].update(title=5),
        lambda d: d["touchpoints"][0].update(unknown=1),
        lambda d: d["frictions"][0].update(severity=7),
        lambda d: d["lanes"][0].update(kind="swimlane"),
        lambda d: d["touchpoints"][0]["metrics"].update(csat=120),
        lambda d: d["personas"][0].update(colour="blue"),
    ],
)
def test_schema_rejects_a_broken_map(schema_json, change):
    data = json.loads(EXAMPLES[0].read_text("utf-8"))
    change(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema_json, cls=jsonschema.Draft202012Validator)


def test_an_internal_error_is_one_line_not_a_traceback(good, capsys, monkeypatch):
    import journeydesk.io

    def broken(path):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(journeydesk.io, "load", broken)  # what the CLI reads files with
    assert main(["validate", str(good)]) == 1
    out = capsys.readouterr().out
    assert (
        out
        == f"{good}: JourneyDesk could not read this file (RuntimeError: boom\\nsecond line); please report this\n"
    )
    monkeypatch.setenv("JOURNEYDESK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["validate", str(good)])
