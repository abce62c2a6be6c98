"""The curated data extraction leans on: the registry of bodies and places, and the title lexicon.

Both live in ``kg/data`` as JSON (``registry.json``, ``titles.json``) and are
read once, lazily, on first use. This module only turns them into lookup
tables; the rules that use them are in :mod:`kg.extract.entities`,
:mod:`kg.extract.roles` and :mod:`kg.resolve`.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


_POSSESSIVE_S = re.compile(r"'s\b|s'(?=\s|$)")
_NOT_WORD = re.compile(r"[^\w\s&]")
_SPACES = re.compile(r"\s+")


#: Countries' prefixes to a national body's name, as ``norm_key`` writes them ("U.S. Drug Enforcement Administration").
COUNTRY_PREFIXES = ("u s ", "us ", "united states ", "uk ", "u k ", "united kingdom ")


def without_country(key: str) -> str:
    """A ``norm_key`` without the country's prefix it opens with, if any words follow it (``u s government`` ->
    ``government``)."""
    for prefix in COUNTRY_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            return key[len(prefix):]
    return key


@lru_cache(maxsize=1 << 14)
def norm_key(text: str) -> str:
    """Lookup key for names: case, curly apostrophes, a leading 'the', a possessive and punctuation ignored.

    >>> norm_key("The Metropolitan Police’s")
    'metropolitan police'
    """
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'").lower()
    text = _POSSESSIVE_S.sub(lambda m: "" if m.group(0) == "'s" else "s", text)
    text = _NOT_WORD.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True)
class RegistryEntry:
    name: str
    type: str  # "Organisation" | "Place"
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    part_of: str | None = None
    oversees: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegistryPattern:
    regex: re.Pattern[str]
    name: str  # template, "{0}" is the first group
    type: str
    kind: str
    country: str | None
    part_of: str | None


@dataclass
class Registry:
    entries: list[RegistryEntry]
    patterns: list[RegistryPattern]
    by_name: dict[str, RegistryEntry] = field(default_factory=dict)
    by_alias: dict[str, RegistryEntry] = field(default_factory=dict)
    by_abbreviation: dict[str, RegistryEntry] = field(default_factory=dict)
    regional: dict[tuple[str, str], RegistryEntry] = field(default_factory=dict)  # (bare name, country) -> entry

    def __post_init__(self) -> None:
        for e in self.entries:
            self.by_name[e.name] = e
            for form in (e.name, *e.aliases):
                self.by_alias.setdefault(norm_key(form), e)
            for ab in e.abbreviations:
                self.by_abbreviation[ab] = e
            if "(" in e.name and e.country:  # "Department of Justice (Northern Ireland)"
                self.regional.setdefault((norm_key(e.name.split("(")[0]), e.country), e)

    def lookup(self, surface: str) -> RegistryEntry | None:
        """The entry a surface form always means (``"Scotland Yard"`` -> Metropolitan Police Service)."""
        return self.by_alias.get(norm_key(surface))

    def home_reading(self, entry: RegistryEntry, country: str) -> RegistryEntry | None:
        """The body of ``country`` that a name shared with ``entry`` means there: an entry named ``<name>
        (<region>)`` of that country (``Department of Justice`` in a Northern Ireland release)."""
        if entry.country == country:
            return None
        return next((self.regional[(norm_key(f), country)] for f in (entry.name, *entry.aliases)
                     if (norm_key(f), country) in self.regional), None)

    def overseen_by(self, entry: RegistryEntry) -> list[str | tuple[str, str | None]]:
        """Names (or ``(kind, country)`` families) the entry oversees."""
        out: list[str | tuple[str, str | None]] = []
        for target in entry.oversees:
            if target.startswith("@"):
                kind, _, country = target[1:].partition(":")
                out.append((kind, country or None))
            else:
                out.append(target)
        return out


@dataclass(frozen=True)
class Title:
    title: str  # canonical form
    org: str | None = None  # registry name of the body the post belongs to
    country: str | None = None


@dataclass
class TitleLexicon:
    honorifics: frozenset[str]
    modifiers: frozenset[str]
    speaker_nouns: frozenset[str]
    exact: dict[str, Title]  # surface (exact case) -> title
    folded: dict[str, Title]  # lower-cased surface -> title (multi-word or lower-case variants)
    max_words: int = 6
    post_nominals: frozenset[str] = frozenset()  # letters after a name that are not part of it ("MP", "QPM")

    def match(self, words: list[str]) -> Title | None:
        """The title these words spell, if any (``["Assistant", "Commissioner"]``)."""
        surface = " ".join(words)
        hit = self.exact.get(surface)
        if hit is None and len(words) > 1:
            hit = self.folded.get(surface.lower())
        return hit

    def canonical(self, surface: str) -> Title | None:
        return self.match(surface.split())

    def match_plural(self, words: list[str]) -> Title | None:
        """The title whose plural these words spell (``["Home", "Office", "ministers"]`` gives none, ``["MPs"]``
        gives Member of Parliament, ``["Detective", "Inspectors"]`` Detective Inspector)."""
        last = words[-1] if words else ""
        if len(last) < 3 or not last.endswith("s") or last.endswith("ss"):
            return None
        return self.match([*words[:-1], last[:-1]])


def _read_json(name: str) -> dict[str, Any]:
    try:
        return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # a broken install or a hand-edited file
        raise ConfigError(f"kg/data/{name} could not be read ({exc}); reinstall kg or fix the file") from exc


def elected_for_area(title: str) -> bool:
    """Is ``title`` a police and crime commissioner's post (``Police, Fire and Crime Commissioner``)? It is elected for
    an area, whose name may stand before it, and is no post in that area's force."""
    return "crime commissioner" in title.lower()


@lru_cache(maxsize=1)
def registry() -> Registry:
    data = _read_json("registry.json")
    entries = [
        RegistryEntry(
            name=e["name"],
            type=e["type"],
            kind=e.get("kind", "body"),
            country=e.get("country"),
            aliases=tuple(e.get("aliases", ())),
            wikidata=e.get("wikidata"),
            part_of=e.get("part_of"),
            oversees=tuple(e.get("oversees", ())),
            abbreviations=tuple(e.get("abbreviations", ())),
        )
        for e in data["entities"]
    ]
    patterns = [
        RegistryPattern(
            regex=re.compile(p["regex"]),
            name=p["name"],
            type=p["type"],
            kind=p.get("kind", "body"),
            country=p.get("country"),
            part_of=p.get("part_of"),
        )
        for p in data.get("patterns", ())
    ]
    return Registry(entries, patterns)


@lru_cache(maxsize=1)
def titles() -> TitleLexicon:
    data = _read_json("titles.json")
    exact: dict[str, Title] = {}
    folded: dict[str, Title] = {}
    max_words = 1
    for t in data["titles"]:
        title = Title(t["title"], t.get("org"), t.get("country"))
        forms = (t["title"], *t.get("variants", ()))
        # "Police & Crime Commissioner": a post's "and" is often written as an ampersand
        forms += tuple(f.replace(" and ", " & ") for f in forms if " and " in f)
        for form in forms:
            exact.setdefault(form, title)
            max_words = max(max_words, len(form.split()))
            if len(form.split()) > 1:  # one-word forms only as spelled (lower-case ones are listed)
                folded.setdefault(form.lower(), title)
    return TitleLexicon(
        honorifics=frozenset(data.get("honorifics", ())),
        modifiers=frozenset(data.get("modifiers", ())),
        speaker_nouns=frozenset(data.get("speaker_nouns", ())),
        exact=exact,
        folded=folded,
        max_words=max_words,
        post_nominals=frozenset(data.get("post_nominals", ())),
    )
