"""The interface in Vietnamese (default) and English: message catalogues are
data (webviewer/i18n/<lang>.yaml); the language comes from ?lang=, then a cookie."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from flask import Flask, g, request

CATALOGUE_DIR = Path(__file__).parent / "i18n"
LANGUAGES = ("vi", "en")
COOKIE = "vnkg_lang"


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, str]:
    with (CATALOGUE_DIR / f"{lang}.yaml").open(encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def translate(key: str, lang: str, **values) -> str:
    """The message for `key` in `lang` (falling back to Vietnamese, then the key)."""
    text = catalogue(lang).get(key) or catalogue("vi").get(key) or key
    return text.format(**values) if values else text


def current_language(default: str = "vi") -> str:
    asked = request.args.get("lang") or request.cookies.get(COOKIE) or default
    return asked if asked in LANGUAGES else default


def install_i18n(app: Flask) -> None:
    @app.before_request
    def choose_language() -> None:
        g.lang = current_language(app.config["DEFAULT_LANGUAGE"])

    @app.after_request
    def remember_language(response):
        if request.args.get("lang") in LANGUAGES:
            response.set_cookie(COOKIE, request.args["lang"], samesite="Lax", max_age=365 * 86400)
        return response

    @app.context_processor
    def helpers():
        lang = getattr(g, "lang", app.config["DEFAULT_LANGUAGE"])
        return {"_": lambda key, **values: translate(key, lang, **values), "lang": lang,
                "languages": LANGUAGES, "language_url": language_url}


def language_url(lang: str) -> str:
    """This page's URL in another language (its other parameters kept)."""
    from urllib.parse import urlencode
    args = [(k, v) for k, v in request.args.items(multi=True) if k != "lang"] + [("lang", lang)]
    return f"{request.path}?{urlencode(args)}"
