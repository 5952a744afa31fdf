"""Synthetic improvement plans in the council's table format, the same every time.

Realistic shape: themes with repeated header rows, recommendations with several actions,
refs like 3.12.4, action and comments text of about 150 characters, several officers
(some actions shared, "RG/JF"), every RAG status and some unrated, months over several
years written both "Jan-17" and "Jun-2017".
"""

from __future__ import annotations

import random
from pathlib import Path

WORDS = [
    "review",
    "revise",
    "plans",
    "children",
    "families",
    "partners",
    "social",
    "workers",
    "managers",
    "early",
    "help",
    "audit",
    "quality",
    "assurance",
    "practice",
    "standards",
    "chronology",
    "supervision",
    "consultation",
    "placement",
    "health",
    "assessment",
    "care",
    "leavers",
    "pathway",
    "safeguarding",
    "board",
    "training",
    "evidence",
    "records",
    "decisions",
    "permanence",
    "timescales",
    "outcomes",
    "multi-agency",
    "referrals",
    "threshold",
    "engagement",
    "monitoring",
    "report",
    "commissioning",
    "services",
    "young",
    "people",
    "voice",
]
OFFICERS = ("RG", "JF", "PD", "SK", "RdP", "CP", "MP", "IA", "JH", "NJ", "AB", "TW")
STATUSES = ("Red", "Amber", "Amber", "Green", "Green", "Green", "Blue", "Blue", "")
HEADER = (
    "Recommendations:\tRef:\tAction:\tStart:\tEnd date\tMeasure/outcome:\t"
    "Lead officer:\tDLT lead:\tComments:\tRAG status:"
)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def sentence(rng: random.Random, length: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words).capitalize() + "."


def month(rng: random.Random, index: int) -> str:
    year, number = divmod(index, 12)
    name = MONTHS[number]
    return f"{name}-{year % 100:02d}" if rng.random() < 0.5 else f"{name}-{year}"


def plan_table(actions: int, seed: int = 2016) -> str:
    """A plan of `actions` actions as tab-separated text."""
    rng = random.Random(seed)
    lines = ["", "Improvements following from the OFSTED Report - synthetic", ""]
    themes = max(4, min(12, actions // 500))
    per_theme = actions // themes
    made = 0
    for theme in range(1, themes + 1):
        lines += [f"Theme {theme}: {sentence(rng, 40)}" + "\t" * 9, HEADER]
        count = per_theme if theme < themes else actions - made
        rec = 0
        while count > 0:
            rec += 1
            size = min(count, rng.randint(3, 12))
            text = f"Recommendation {theme}.{rec}: {sentence(rng, 120)}"
            for n in range(1, size + 1):
                start = rng.randint(2015 * 12, 2021 * 12)
                end = start + rng.randint(0, 18)
                lead = rng.choice(OFFICERS)
                if rng.random() < 0.2:
                    lead += "/" + rng.choice(OFFICERS)
                cells = [
                    text if n == 1 else "",
                    f"{theme}.{rec}.{n}",
                    sentence(rng, 150),
                    month(rng, start),
                    month(rng, end),
                    sentence(rng, 80) if rng.random() < 0.6 else "",
                    lead,
                    rng.choice(OFFICERS[:4]),
                    sentence(rng, 150),
                    rng.choice(STATUSES),
                ]
                lines.append("\t".join(cells))
            count -= size
            made += size
        lines.append("")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    Path(f"plan-{size}.tsv").write_text(plan_table(size), encoding="utf-8")
