"""The classic baseline, fitted in about a second: what a user would try before fine-tuning.

    model = fit_classic(train + val)          # an sklearn Pipeline on the user turns
    model.predict(["my parcel never came"])   # -> ["SHIPPING"]
    save_classic(model, path); load_classic(path)

Classification: TF-IDF + logistic regression. Extraction and generation (`retrieval=True`): TF-IDF
nearest neighbour — the answer of the most similar train + val input (cosine), the lookup a team
would build before training anything (every distinct answer is a "class" of a 1-NN classifier).
Every fine-tune is compared with it on the same test set. A fixed, common configuration (word
1-2-grams, sublinear tf; sklearn's defaults otherwise): measured, never tuned on the data it is
compared on. Saved with joblib (a pickle: load only files this pipeline wrote).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tasks.lib.io import atomic_file
from tasks.lib.records import label_of, user_text


def fit_classic(records: Sequence[dict], *, seed: int = 0, retrieval: bool = False) -> Any:
    """TF-IDF (word 1-2-grams, sublinear tf) on the user turns, then logistic regression on the
    labels, or (`retrieval`) the nearest neighbour's answer."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline

    head = (
        KNeighborsClassifier(n_neighbors=1, metric="cosine")
        if retrieval
        else LogisticRegression(max_iter=2000, random_state=seed)
    )
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), head)
    model.fit([user_text(r) for r in records], [label_of(r) for r in records])
    return model


def predict_classic(model: Any, texts: Sequence[str]) -> list[str]:
    return [str(label) for label in model.predict(list(texts))]


def save_classic(model: Any, path: Path) -> None:
    import joblib

    with atomic_file(path) as tmp:
        joblib.dump(model, tmp)


def load_classic(path: Path) -> Any:
    import joblib

    return joblib.load(path)
