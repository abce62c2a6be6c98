"""Readers: every input kind becomes a document or one clear 'path: problem' error."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.sources import count_documents, iter_sources


def _split(items):
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


def test_text_file_gets_stem_id_source_and_sha256(tmp_path: Path) -> None:
    path = tmp_path / "met-release.txt"
    path.write_text("Police said 3 men were arrested.\n", encoding="utf-8")
    (doc,) = list(iter_sources([path]))
    assert doc.id == "met-release"
    assert doc.source == str(path)
    assert doc.text.startswith("Police said")
    import hashlib

    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_folder_is_walked_recursively_by_extension_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second text.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("First text.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    docs, errors = _split(list(iter_sources([tmp_path])))
    assert [d.id for d in docs] == ["two", "one"]  # sorted by path: b/two.txt, one.txt
    assert errors == []
    # Same order on every run.
    assert [d.id for d in _split(list(iter_sources([tmp_path])))[0]] == [d.id for d in docs]


def test_same_stem_in_two_folders_gets_two_distinct_stable_ids(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "release.txt").write_text(f"Text {sub}.", encoding="utf-8")
    ids1 = [d.id for d in iter_sources([tmp_path])]
    ids2 = [d.id for d in iter_sources([tmp_path])]
    assert len(set(ids1)) == 2 and ids1 == ids2
    assert "release" in ids1


def test_jsonl_documents_and_a_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First story.", "title": "T", "url": "https://example.gov/a1", "published": "2024-01-02"}),
        "{not json",
        json.dumps({"id": "a2", "text": "Second story."}),
        json.dumps({"id": "a3"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = _split(list(iter_sources([path])))
    assert [d.id for d in docs] == ["a1", "a2"]
    assert docs[0].title == "T" and docs[0].url == "https://example.gov/a1" and docs[0].published == "2024-01-02"
    assert [str(e) for e in errors] == [f"{path}:2: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
                                        f"{path}:4: no 'text' field (or it is empty)"]


def test_html_main_text_is_extracted_without_scripts_or_navigation(tmp_path: Path) -> None:
    path = tmp_path / "release.html"
    body = " ".join(["The Home Office announced new funding for police forces today."] * 3)
    path.write_text(
        "<html><head><title>Funding</title><style>p{color:red}</style><script>var secret='xyz';</script></head>"
        "<body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        f"<article><h1>Funding for forces</h1><p>{body}</p><p>The Home Secretary said it would cut knife crime.</p></article>"
        "<footer>Cookies policy</footer></body></html>",
        encoding="utf-8",
    )
    (doc,) = list(iter_sources([path]))
    assert "announced new funding" in doc.text
    assert "secret" not in doc.text and "color:red" not in doc.text
    assert doc.format == "html"


def test_stdin_is_read_as_one_document() -> None:
    (doc,) = list(iter_sources(["-"], stdin=io.BytesIO("Officers seized 40 knives.".encode())))
    assert doc.id == "stdin" and doc.text == "Officers seized 40 knives."


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x00\x01\x02binary\x00data", "binary file"),
    ],
)
def test_unreadable_inputs_name_the_file_and_the_problem(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (err,) = list(iter_sources([path]))
    assert isinstance(err, InputError)
    assert str(err).startswith(f"{path}: {problem}")


def test_windows_1252_and_utf16_are_decoded(tmp_path: Path) -> None:
    cp = tmp_path / "cp1252.txt"
    cp.write_bytes("The fund is \u00a35 million, the \u201cchief\u201d said.".encode("cp1252"))
    u16 = tmp_path / "utf16.txt"
    u16.write_bytes("Police said \u00a35m was seized.".encode("utf-16"))
    docs, errors = _split(list(iter_sources([cp, u16])))
    assert errors == []
    assert docs[0].text == "The fund is \u00a35 million, the \u201cchief\u201d said."
    assert any("Windows-1252" in w for w in docs[0].warnings)
    assert docs[1].text == "Police said \u00a35m was seized."


def test_missing_path_and_oversized_file_are_errors_and_others_still_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 3000)
    ok = tmp_path / "ok.txt"
    ok.write_text("Fine text.", encoding="utf-8")
    items = list(iter_sources([tmp_path / "nope.txt", big, ok], max_bytes=10_000))
    docs, errors = _split(items)
    assert [d.id for d in docs] == ["ok"]
    assert str(errors[0]) == f"{tmp_path / 'nope.txt'}: no such file or folder"
    assert str(errors[1]) == f"{big}: file is 15,000 bytes, over the 10,000 bytes limit (--max-bytes)"


def test_count_documents_counts_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id":1,"text":"a"}\n{"id":2,"text":"b"}\n\n', encoding="utf-8")
    assert count_documents([tmp_path]) == 3
    assert count_documents(["-"]) is None


def test_utf8_with_a_few_stray_bytes_keeps_its_utf8_and_warns(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes("\u201cWe recovered it,\u201d the inspector said.\n".encode("utf-8") + b"\xff stray\n")
    (doc,) = list(iter_sources([path]))
    assert doc.text.startswith("\u201cWe recovered it,\u201d")
    assert "\ufffd stray" in doc.text
    assert any("replaced with U+FFFD" in w for w in doc.warnings)
