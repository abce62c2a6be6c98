"""A learned span categoriser for policy names, over the parse kg already has.

kg's policy candidates come from hand-written shapes (:mod:`kg.extract.policies`, :mod:`kg.extract.learned`); a
name written in a shape none of them knows is never a candidate. This module proposes policy spans the way a
spaCy ``spancat`` does (a suggester, span vectors pooled from token vectors, a small feed-forward classifier),
but it reads the token vectors the English pipeline's own ``tok2vec`` already wrote into ``doc.tensor`` (frozen,
no second embedding pass) and runs in numpy:

1. **Suggester**: every span of one sentence of one to :data:`MAX_LEN` tokens that ends at a noun, proper noun or
   year and does not start at a determiner, preposition, conjunction, punctuation or pronoun, and holds no
   sentence-ending or clause punctuation (commas, colons, semicolons, brackets).
2. **Span vector**: the tensor rows of the first and last token, the mean over the span, the rows of the tokens
   either side of it, and a few shape bits (length, title case, the last word's class).
3. **Classifier**: one hidden layer (ReLU) and a sigmoid, weights in ``kg/data/models/policy_spancat.npz``
   (package data), trained on the ``train`` split only by ``scripts/train_policy_spancat.py`` (fixed seed,
   full-batch, float64: the same inputs give the same weights).

:func:`propose` returns the spans at or above the model's threshold, best first, without overlaps. The policy
scorer (:mod:`kg.extract.learned`) can read a candidate's span score as a feature and take the proposals as
candidates of their own (source ``sc``): ``kg build --spancat`` or ``KG_SPANCAT=1`` turn that on (off by default; see docs/learned.md for the
figures that decided it).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, NamedTuple

import numpy as np
from spacy.tokens import Doc

__all__ = ["SpanModel", "bare_noun", "enabled", "load_model", "propose", "span_scores", "suggest", "using"]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "policy_spancat.npz"
MAX_LEN = 10  # longest span suggested, in tokens
_BAD_START_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PUNCT", "PRON", "AUX", "PART", "SYM", "SPACE", "X"})
_BAD_INSIDE = frozenset({",", ";", ":", "(", ")", "[", "]", ".", "!", "?", "\u2014", "\u2013"})
_END_POS = frozenset({"NOUN", "PROPN"})
_N_SHAPE = MAX_LEN + 8


def enabled() -> bool:
    """Whether the span categoriser feeds the policy scorer: off unless ``KG_SPANCAT`` is ``1``/``true``/``on``
    (and never when ``KG_LEARNED`` turns the learned parts off)."""
    on = os.environ.get("KG_SPANCAT", "0").strip().lower() in {"1", "true", "yes", "on"}
    return on and os.environ.get("KG_LEARNED", "1").strip().lower() not in {"0", "false", "no", "off"}


class SpanModel(NamedTuple):
    """A feed-forward span classifier: ``sigmoid(relu(x @ w1 + b1) @ w2 + b2)`` over :func:`span_vectors`."""

    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: float
    mean: np.ndarray  # input standardisation
    scale: np.ndarray
    threshold: float
    meta: dict[str, Any]

    def score(self, x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.zeros(0)
        h = np.maximum(0.0, ((x - self.mean) / self.scale) @ self.w1 + self.b1)
        z = np.clip(h @ self.w2 + self.b2, -30.0, 30.0)
        return 1.0 / (1.0 + np.exp(-z))

    def save(self, path: Path) -> None:
        import json

        with open(path, "wb") as fh:
            np.savez_compressed(fh, w1=self.w1.astype(np.float32), b1=self.b1.astype(np.float32),
                                w2=self.w2.astype(np.float32), b2=np.array([self.b2], dtype=np.float32),
                                mean=self.mean.astype(np.float32), scale=self.scale.astype(np.float32),
                                threshold=np.array([self.threshold]),
                                meta=np.frombuffer(json.dumps(self.meta, sort_keys=True).encode("utf-8"),
                                                   dtype=np.uint8))

    @classmethod
    def load(cls, path: Path) -> "SpanModel":
        import json

        with np.load(path, allow_pickle=False) as z:
            return cls(z["w1"].astype(np.float64), z["b1"].astype(np.float64), z["w2"].astype(np.float64),
                       float(z["b2"][0]), z["mean"].astype(np.float64), z["scale"].astype(np.float64),
                       float(z["threshold"][0]), json.loads(bytes(z["meta"]).decode("utf-8")))


@lru_cache(maxsize=1)
def _shipped() -> SpanModel | None:
    return SpanModel.load(MODEL_PATH) if MODEL_PATH.exists() else None


_override: list[SpanModel | None] = []


def load_model(path: str | Path | None = None) -> SpanModel | None:
    """The model at ``path``, else the shipped one (``None`` when the package has none)."""
    return SpanModel.load(Path(path)) if path else _shipped()


@contextmanager
def using(model: SpanModel | None) -> Iterator[None]:
    """Propose with ``model`` (``None``: no span categoriser) inside the block, whatever ``KG_SPANCAT`` says."""
    _override.append(model)
    try:
        yield
    finally:
        _override.pop()


def current() -> SpanModel | None:
    """The model in force: a :func:`using` block's, else the shipped one when :func:`enabled`, else ``None``."""
    if _override:
        return _override[-1]
    return _shipped() if enabled() else None


def suggest(doc: Doc) -> list[tuple[int, int]]:
    """The spans the classifier judges (token offsets, in text order): see the module's docstring."""
    out: list[tuple[int, int]] = []
    pos = [t.pos_ for t in doc]
    text = [t.text for t in doc]
    year = [len(t.text) == 4 and t.text.isdigit() and t.text[:2] in {"19", "20"} for t in doc]
    for sent in doc.sents:
        s0, s1 = sent.start, sent.end
        for i in range(s0, s1):
            if pos[i] in _BAD_START_POS or text[i] in _BAD_INSIDE or not text[i].strip():
                continue
            for j in range(i, min(s1, i + MAX_LEN)):
                if text[j] in _BAD_INSIDE or not text[j].strip():
                    break
                if pos[j] in _END_POS or (year[j] and j > i):
                    out.append((i, j + 1))
    return out


def _shape_bits(doc: Doc, s: np.ndarray, e: np.ndarray) -> np.ndarray:
    """Shape bits of each span ``[s, e)``: its length, title case (all, some), a proper-noun end, a person,
    place, date or number entity inside, a determiner before it, a sentence start, a verb inside, a capitalised
    last word. Counted with cumulative sums over per-token flags (no loop over spans)."""
    n = len(doc)
    alpha = np.zeros(n + 1)
    title = np.zeros(n + 1)
    ent = np.zeros(n + 1)
    verb = np.zeros(n + 1)
    propn = np.zeros(n)
    det = np.zeros(n)
    last_cap = np.zeros(n)
    for t in doc:
        i = t.i
        if t.is_alpha:
            alpha[i + 1] = 1.0
            title[i + 1] = 1.0 if t.is_title or t.is_upper else 0.0
        ent[i + 1] = 1.0 if t.ent_type_ in {"PERSON", "GPE", "DATE", "MONEY", "CARDINAL"} else 0.0
        verb[i + 1] = 1.0 if t.pos_ == "VERB" else 0.0
        propn[i] = t.pos_ == "PROPN"
        det[i] = t.pos_ == "DET"
        last_cap[i] = t.is_title or t.is_upper
    na, nt, ne, nv = (np.cumsum(a) for a in (alpha, title, ent, verb))
    n_alpha = na[e] - na[s]
    n_title = nt[e] - nt[s]
    bits = np.zeros((len(s), _N_SHAPE))
    bits[np.arange(len(s)), np.minimum(e - s, MAX_LEN) - 1] = 1.0
    bits[:, MAX_LEN] = (n_alpha > 0) & (n_title == n_alpha)
    bits[:, MAX_LEN + 1] = (n_title > 0) & (n_title < n_alpha)
    bits[:, MAX_LEN + 2] = propn[e - 1]
    bits[:, MAX_LEN + 3] = (ne[e] - ne[s]) > 0
    bits[:, MAX_LEN + 4] = np.where(s > 0, det[np.maximum(s - 1, 0)], 0.0)
    bits[:, MAX_LEN + 5] = _sent_starts(doc)[s]
    bits[:, MAX_LEN + 6] = (nv[e] - nv[s]) > 0
    bits[:, MAX_LEN + 7] = last_cap[e - 1]
    return bits


def _sent_starts(doc: Doc) -> np.ndarray:
    """1.0 at each token that starts its sentence (as ``doc.sents`` splits it)."""
    out = np.zeros(len(doc))
    for sent in doc.sents:
        out[sent.start] = 1.0
    return out


def span_vectors(doc: Doc, spans: list[tuple[int, int]]) -> np.ndarray:
    """One row per span: the first, last and mean token vectors, the vectors either side, and shape bits."""
    tensor = doc.tensor
    if not len(spans):
        return np.zeros((0, 0))
    if tensor is None or not getattr(tensor, "size", 0) or tensor.shape[0] != len(doc):
        raise ValueError("the document has no token vectors (doc.tensor): parse it with the English pipeline")
    t = np.asarray(tensor, dtype=np.float64)
    width = t.shape[1]
    pad = np.vstack([np.zeros((1, width)), t, np.zeros((1, width))])  # pad[i + 1] is token i
    cums = np.vstack([np.zeros((1, width)), np.cumsum(t, axis=0)])
    s = np.array([a for a, _ in spans])
    e = np.array([b for _, b in spans])
    mean = (cums[e] - cums[s]) / (e - s)[:, None]
    shape = _shape_bits(doc, s, e)
    return np.hstack([pad[s + 1], pad[e], mean, pad[s], pad[e + 1], shape])


def span_scores(doc: Doc, model: SpanModel, spans: list[tuple[int, int]] | None = None
                ) -> dict[tuple[int, int], float]:
    """The model's score for each suggested span (or each of ``spans``)."""
    spans = suggest(doc) if spans is None else spans
    if not spans:
        return {}
    scores = np.round(model.score(span_vectors(doc, spans)), 6).tolist()
    return dict(zip(spans, scores))


def bare_noun(doc: Doc, start: int, end: int) -> bool:
    """A single lower-case common noun (``the plan``, ``funding``, ``the initiative``): never a policy's name on
    its own (guideline 4: a generic phrase), so never proposed, whatever its score."""
    return end - start == 1 and doc[start].pos_ == "NOUN" and doc[start].is_lower


def propose(doc: Doc, model: SpanModel | None = None, threshold: float | None = None,
            scores: dict[tuple[int, int], float] | None = None) -> list[tuple[int, int, float]]:
    """Spans at or above the threshold, best first, each only when no kept one overlaps it; in text order."""
    model = model or current()
    if model is None:
        return []
    thr = model.threshold if threshold is None else threshold
    scores = span_scores(doc, model) if scores is None else scores
    kept: list[tuple[int, int, float]] = []
    above = [(sp, sc) for sp, sc in scores.items() if sc >= thr]
    for (a, b), sc in sorted(above, key=lambda x: (-x[1], x[0][0], -(x[0][1] - x[0][0]))):
        if bare_noun(doc, a, b) or any(k0 < b and a < k1 for k0, k1, _ in kept):
            continue
        kept.append((a, b, sc))
    return sorted(kept)
