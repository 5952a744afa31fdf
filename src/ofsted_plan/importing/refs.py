"""Refs as the plan keeps them, each naming one action, where the council's do not: refs
that start again under each heading (an audit tracker's 1, 2, 3 per audit) are numbered
under it, 2.1 being the second heading's 1; a ref merged beside several actions numbers what
they answer, R1.1 and R1.2. The council's ref is kept as 'Ref as written', and the report
says so. A ref used twice in any other way is refused at its line."""

from __future__ import annotations

import re

from ..errors import PlanError
from ..model import Action, Plan, Recommendation, Theme
from .cells import Reading
from .status_checks import Settle


class RefsUnderHeadings:
    """The builder's refs (a mixin: the state is the builder's)."""

    plan: Plan
    theme: Theme | None
    recommendation: Recommendation | None
    last: Action | None
    refs: dict[str, int]
    ref_groups: dict[str, int]  # ref -> id() of the recommendation it is under
    refs_by_heading: bool
    refs_by_recommendation: bool
    reading: Reading
    where: str

    def own_ref(self, ref: str, line: int, extra: dict[str, str]) -> str:
        """The action's ref as the plan keeps it, each naming one action: numbered under its
        heading where refs start again under each (as written kept in `extra`); a ref used
        twice otherwise is refused at its line."""
        if ref and self.refs_by_heading:
            extra.setdefault("Ref as written", ref)  # 'R1', numbered R1.2 beside its first
            ref = f"{self._heading_number()}.{ref}"
            self.reading.qualified_refs += 1
            self.reading.qualified_by_recommendation = self.refs_by_recommendation
        if ref:
            if ref in self.refs:
                first, group = self.refs[ref], self.ref_groups.get(ref)
                again = group is not None and group != id(self.recommendation)
                if again and not self.refs_by_heading and self._heading_starts_again():
                    raise Settle(refs_by_heading=True)  # read again; the report says it once
                if (
                    again
                    and self.refs_by_heading
                    and not self.refs_by_recommendation
                    and self.recommendation is not None
                    and not self.recommendation.actions
                    and (
                        _FIRST_SUB_REF.fullmatch(extra.get("Ref as written", "")) is not None
                        or self._restarted_before(extra.get("Ref as written", ""))
                    )
                    and self.theme is not None
                    and self.theme.title
                ):  # numbered under its theme, used twice in it, and this recommendation's
                    raise Settle(  # first ref the first of its actions ('1.1', not a plain '1',
                        # which numbers recommendations: a 1 twice in one audit is a mistake):
                        # they start again under each recommendation (the audits under 'Police')
                        refs_by_heading=True,
                        refs_by_recommendation=True,
                    )
                raise PlanError(
                    f"ref {ref} is used twice (first on line {first})"
                    + (
                        ": the refs start again under each heading, and a ref must name one action"
                        if again
                        else ""
                    ),
                    path=self.where,
                    line=line,
                    hint="give each action its own ref"
                    + (
                        " in the table (e.g. PAY-1 and CRE-1 for two audits' 1), or read each "
                        "as its heading's number and its ref (2.1: the second heading's 1) "
                        "with a rules file line: refs by heading"
                        if again
                        else ""
                    ),
                )
            self.refs[ref] = line
            self.ref_groups[ref] = id(self.recommendation)
        return ref

    def merged_ref(self, ref: str, extra: dict[str, str]) -> str:
        """'R1' merged down beside two actions numbers what they answer, not each: they are
        R1.1 and R1.2 (reported; 'Ref as written' keeps R1)."""
        last = self.last
        assert last is not None
        head = f"{self._heading_number()}." if self.refs_by_heading else ""  # '3.R1': refs
        if last.ref == f"{head}{ref}" and f"{head}{ref}.1" not in self.refs:  # numbered under
            del self.refs[last.ref]  # their heading; the first beside the cell
            last.ref = f"{head}{ref}.1"
            self.refs[last.ref] = last.line or 0
            last.extra["Ref as written"] = ref
            self.reading.merged_refs.append(ref)
        elif not last.ref.startswith(f"{head}{ref}."):
            return ref  # not the cell above's: refused as used twice, if it is
        extra["Ref as written"] = ref
        return f"{ref}.{int(last.ref.rsplit('.', 1)[1]) + 1}"

    def _restarted_before(self, ref: str) -> bool:
        """A plain first ref ('1') opening this recommendation where the one before it in
        the theme ran from its own first ref over two actions or more (an audit's 1, 2, then
        the next audit's 1): they start again under each recommendation, as written."""
        if self.theme is None or _FIRST_REF.fullmatch(ref) is None:
            return False
        before = [
            r for r in self.theme.recommendations if r.actions and r is not self.recommendation
        ]
        if not before or len(before[-1].actions) < 2:
            return False
        first = before[-1].actions[0]
        return _FIRST_REF.fullmatch(first.extra.get("Ref as written") or first.ref) is not None

    def _heading_starts(self) -> bool:
        """This is the first action under its heading: where refs that start again begin
        (a ref repeated further down a heading is a mistake, refused)."""
        if self.theme is not None and self.theme.title:
            return not any(r.actions for r in self.theme.recommendations)
        return self.recommendation is None or not self.recommendation.actions

    def _heading_starts_again(self) -> bool:
        """The refs under this heading start again: this is its first action, or its first
        had the first ref ('R1', '1', 'R1a'), as under the heading before."""
        if self._heading_starts():
            return True
        if self.theme is not None and self.theme.title:
            actions = [a for r in self.theme.recommendations for a in r.actions]
        else:
            actions = self.recommendation.actions if self.recommendation is not None else []
        return (
            bool(actions)
            and _FIRST_REF.fullmatch(actions[0].extra.get("Ref as written") or actions[0].ref)
            is not None
        )

    def _heading_number(self) -> int:
        """The place of the heading the refs start again under: the theme's, where themes are
        named, else the recommendation's (document order, from 1)."""
        if self.theme is not None and self.theme.title and not self.refs_by_recommendation:
            return next(n for n, t in enumerate(self.plan.themes, 1) if t is self.theme)
        recs = [r for t in self.plan.themes for r in t.recommendations]
        return next((n for n, r in enumerate(recs, 1) if r is self.recommendation), 1)


# The first ref of a run: 'R1', '1', '01', 'R1a', '1.1'.
_FIRST_REF = re.compile(r"[A-Za-z]{0,4}[-\s]?0*1(?:[a-z]|\.1)?")
# The first of a recommendation's actions, numbered under it: '1.1', 'R1.1', '1a'.
_FIRST_SUB_REF = re.compile(r"[A-Za-z]{0,4}[-\s]?0*1(?:[a-z]|\.0*1)")
