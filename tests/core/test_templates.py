"""Template source stays readable: no line in a template is longer than 150 characters.

Reads the files under ``templates/`` as text (nothing is rendered), so it is fast and
needs no database. Long translated sentences go in ``{% blocktranslate trimmed %}`` over
several lines; long tags put their attributes on several lines.
"""

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LIMIT = 150


def long_lines(root=TEMPLATES, limit=LIMIT):
    """Every ``file:line (length)`` under ``root`` whose line is longer than ``limit``."""
    found = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix not in {".html", ".txt", ".xml"}:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if len(line) > limit:
                found.append(f"{path.relative_to(root)}:{number} ({len(line)} characters)")
    return found


def test_no_template_line_is_longer_than_150_characters():
    assert any(TEMPLATES.rglob("*.html")), TEMPLATES
    offenders = long_lines()
    assert not offenders, f"Template lines longer than {LIMIT} characters:\n" + "\n".join(offenders)


def test_the_check_names_the_file_and_line(tmp_path):
    (tmp_path / "app").mkdir()
    text = "short\n" + "x" * 151 + "\n" + "y" * 150 + "\n"
    (tmp_path / "app" / "page.html").write_text(text, encoding="utf-8")
    assert long_lines(tmp_path) == ["app/page.html:2 (151 characters)"]
