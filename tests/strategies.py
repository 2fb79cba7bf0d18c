"""The strategies the tests use: the public ones of sinorussia.strategies, by short names."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from sinorussia import strategies as public

SOURCE_IDS = public.SOURCE_IDS
codes = public.country_codes
words = public.words
dates = public.dates()
windows = public.windows()
days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
summits = public.summits()
agreements = public.agreements()
exercises = public.exercises()
sources = public.sources(dated=False)
trade_figures = public.trade_figures
datasets = public.datasets


def dated_sources() -> st.SearchStrategy[public.Source]:
    return public.sources(dated=True)
