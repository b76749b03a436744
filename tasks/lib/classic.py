"""The classic baseline for classification: TF-IDF + logistic regression, fitted in about a second.

    model = fit_classic(train + val)          # an sklearn Pipeline on the user turns
    model.predict(["my parcel never came"])   # -> ["SHIPPING"]
    save_classic(model, path); load_classic(path)

What a user would try before fine-tuning anything, so every fine-tune is compared with it on the
same test set. A fixed, common configuration (word 1-2-grams, sublinear tf, L2 logistic regression
with sklearn's defaults): measured, never tuned on the data it is compared on. Saved with joblib
(a pickle: load only files this pipeline wrote).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tasks.lib.io import atomic_file
from tasks.lib.records import label_of, user_text


def fit_classic(records: Sequence[dict], *, seed: int = 0) -> Any:
    """TF-IDF (word 1-2-grams, sublinear tf) + logistic regression on the user turns."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        LogisticRegression(max_iter=2000, random_state=seed),
    )
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
