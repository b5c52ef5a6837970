"""Hypothesis strategies for hostile input: arbitrary Unicode, controls, RTL, emoji, very long text."""

from __future__ import annotations

from hypothesis import strategies as st

# Text a user may paste: controls, NUL, bidi overrides, RTL scripts, combining marks, emoji
# (with joiners and skin tones), characters outside the BMP and outside every font, markup.
SAMPLES = (
    "", " ", "\x00", "\t\r\n", "\x07\x1b[31m\x7f", "\u0085\u2028\u2029", "\ufeff", "\ufffd",
    "\u202eevil\u202c", "\u200f\u200e\u200b\u2066x\u2069", "مرحبا بالعالم", "שלום עולם", "ﷺ",
    "e\u0301\u0301\u0301", "Z\u0351\u0364\u0352\u0489", "👩🏽‍💻🏳️‍🌈", "🇫🇷", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\U000e0001\U0010fffd",
    "<para>&amp; </b> <font name=x>", "&#0; &lt;", "%PDF-1.4", "'; DROP TABLE case_file; --",
    "日本語のテキスト", "Ǆǅǆ ﬁ ß ẞ", "1 84 12 75 123 456 78",
)


def hostile_text(*, max_size: int = 200) -> st.SearchStrategy[str]:
    """Any text without surrogates (UTF-8 cannot hold them), biased towards the nasty cases."""
    return st.one_of(
        st.text(max_size=max_size),
        st.sampled_from(SAMPLES),
        st.lists(st.sampled_from(SAMPLES), min_size=1, max_size=8).map("".join),
    )


def long_text() -> st.SearchStrategy[str]:
    """Up to 10,000 characters, built from a short arbitrary piece repeated."""
    return st.builds(lambda piece, n: (piece * n)[:10_000], st.text(min_size=1, max_size=7), st.integers(1_000, 10_000))


def any_text() -> st.SearchStrategy[str]:
    return st.one_of(hostile_text(), long_text())
