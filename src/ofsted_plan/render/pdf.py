"""The board paper as PDF: the HTML paper laid out by WeasyPrint (an optional extra).

WeasyPrint reads the same stylesheet as a browser's print (A4 landscape, page numbers in
the margin, headers repeated, rows kept whole), so the PDF is the HTML paper printed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..errors import UsageError
from .html import paper_html

if TYPE_CHECKING:
    from ..paper import Paper


def paper_pdf(paper: Paper) -> bytes:
    try:
        from weasyprint import HTML  # lazy: optional (the [pdf] extra)
    except ImportError:
        raise UsageError(
            "PDF needs WeasyPrint, which is not installed",
            hint="in this repository's folder: pip install -e '.[pdf]'; "
            "or export --format html and print it to PDF",
        ) from None
    except OSError as exc:  # WeasyPrint is there but the Pango library it needs is not
        raise UsageError(
            f"WeasyPrint cannot start: {exc}",
            hint="install Pango (Debian: apt-get install libpango-1.0-0 libpangoft2-1.0-0)",
        ) from None

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # its CSS notes are not the user's
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    data: bytes = HTML(string=paper_html(paper)).write_pdf()
    return data
