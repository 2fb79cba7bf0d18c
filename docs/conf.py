"""Sphinx configuration for the sinorussia documentation."""

from __future__ import annotations

import json
from importlib.metadata import version as _version
from pathlib import Path

project = "sinorussia"
author = "sinorussia developers"
copyright = "2026, sinorussia developers"
release = _version("sinorussia")
version = release

extensions = [
    "matplotlib.sphinxext.plot_directive",
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_inv", "gaps.md"]  # gaps.md is pasted into coverage.md
html_theme = "furo"
html_title = "sinorussia"
html_static_path = ["_static"]
html_css_files = ["custom.css"]
myst_heading_anchors = 3
myst_enable_extensions = ["substitution"]

# The data release the docs describe, for the "How to cite" page.
_meta = json.loads(
    (Path(__file__).resolve().parents[1] / "src/sinorussia/data/dataset.json").read_text()
)
myst_substitutions = {
    "release": release,
    "data_version": _meta["data_version"],
    "checksum": _meta["checksum"],
}

# Figures are drawn from the bundled data at build time (``{plot}`` blocks), so they
# cannot go stale.
plot_include_source = False
plot_html_show_source_link = False
plot_html_show_formats = False
plot_formats = [("png", 110)]
plot_rcparams = {"figure.figsize": (10, 3.6)}

autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_member_order = "bysource"
autodoc_default_options: dict[str, object] = {}  # no "Bases:" lines: the bases are private
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# The inventories are small hand-made files (see _inv/make_inventories.py): the build
# machines reach no documentation sites, and a build must not depend on the network.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_inv/python.inv"),
    "attrs": ("https://www.attrs.org/en/stable", "_inv/attrs.inv"),
    "cattrs": ("https://catt.rs/en/stable", "_inv/cattrs.inv"),
}

nitpicky = True
nitpick_ignore_regex = [
    # Type aliases of allowed strings are documented in the attribute descriptions.
    (
        "py:class",
        r"(sinorussia\.)?(_models\.)?(AgreementKind|SourceKind|DateBasis|SummitKind|Mode|Level|ExerciseKind|Domain|AssetKind|Qualifier|Metric|Unit|Currency|Precision)",
    ),
    ("py:class", r"(sinorussia\._query\.)?(R|_Record|When)"),
    ("py:class", r"sinorussia\._dates\.(_Point|_Marker)"),
    ("py:class", r"Literal\[.*"),
    ("py:class", r"'.*'"),
    ("py:obj", r"sinorussia\._query\.R"),
    ("py:class", r"sinorussia\.serialize\.T"),
    # a postponed annotation autodoc cannot resolve; it is datetime.date
    ("py:class", r"dt\.date"),
    # matplotlib is an optional extra with no offline inventory here; its names are plain text
    ("py:class", r"(matplotlib\.[\w.]+|Axes|Figure)"),
    # hypothesis is a test dependency with no offline inventory here
    ("py:class", r"hypothesis\.[\w.]+"),
]
