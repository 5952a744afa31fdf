#!/usr/bin/env python3
"""Write NAME.expected.yaml for the seven zbw- cases from the readings declared in zbw_make.py."""
import os
import yaml

import zbw_make as M

HERE = M.HERE


def act(a, under):
    d = {"ref": a["ref"], "under": list(under), "action": a["action"], "lead": list(a["lead"]), "end": a["end"]}
    if a.get("end_text"):
        d["end_text"] = a["end_text"]
    d["status"] = a["status"]
    return d


def newhall():
    out = []
    for section, concerns in M.NEWHALL:
        for no, concern, agreed, actions in concerns:
            for a in actions:
                out.append(act(a, [section, concern]))
    return out


def wmp():
    return [act(a, [rec]) for rec, actions in M.WMP for a in actions]


def hwfrs():
    return [act(a, [theme, rec]) for theme, recs in M.HWFRS for no, rec, actions in recs for a in actions]


def erc():
    return [act(a, [theme, afi]) for theme, afis in M.ERC for afi, actions in afis for a in actions]


def wks():
    return [act(a, [part, head]) for part, items in M.WKS for head, actions in items for a in actions]


def hhs():
    return [act(a, [afi]) for label, afi, link, actions in M.HHS for a in actions]


CASES = [
    (M.NEWHALL_FILE, dict(
        source=("HMPPS action plan in response to an HMI Prisons inspection report, as published for HMP & YOI New Hall "
                "(women's prison near Wakefield; full HMIP inspection November 2022). Layout copied from the HMPPS "
                "'Action Plan: HMP ... / Action Plan Submitted / A Response to the HMIP Inspection / Report Published' "
                "template (e.g. HMP Elmley 2019, HMP The Verne 2020, https://fdocuments.us/document/action-plan-hmp-the-verne-action-plan-submitted-30-june-the-action-plan-confirms.html) "
                "with HMIP's post-May 2022 priority and key concerns instead of numbered recommendations "
                "(https://www.justiceinspectorates.gov.uk/hmiprisons/about-our-inspections/reporting-inspection-findings/). "
                "Features: four-line title block, section rows for PRIORITY/KEY CONCERNS, concern number, text and "
                "Agreed/Partly Agreed merged down over their action rows, target and revised target date columns "
                "(real dates, text months, Ongoing, Q4 2023/24), status words, several owners in one cell, totals row, "
                "categorisation/status key on a second sheet."),
        reads=("A prison's working tracker of its HMIP action plan: eleven numbered actions under six concerns, grouped "
               "as priority and key concerns, each with owner, target date, sometimes a revised date, and a status. "
               "Where a revised target date is given it is the end; the summary row and the Categorisation sheet are "
               "not actions."),
        outcome="read", accept_refusal=False, title=M.NEWHALL_TITLE, actions=newhall())),
    (M.WMP_FILE, dict(
        source=("West Midlands Police force tracker for the two chief-constable recommendations of HMICFRS 'An "
                "inspection of how well the police tackle serious youth violence' (8 March 2023), in the style of force/PCC "
                "responses published for it (https://www.westmercia-pcc.gov.uk/response-to-an-inspection-of-how-well-the-police-tackle-serious-youth-violence/, "
                "https://www.surrey-pcc.gov.uk/statutory-response/how-well-the-police-tackle-serious-youth-violence/) "
                "and of force inspection-recommendation registers taken to joint audit committees. Features: document "
                "control sheet first, recommendation text merged down over its actions, original and revised due "
                "dates (one revised date typed as text 'Jun-25'), Previous RAG and Current RAG shown only by cell fill "
                "colour with a key sheet (blue = complete), a gap-analysis heading row of the force's own, summary line."),
        reads=("Eight force actions under two HMICFRS recommendations and one force gap-analysis heading. Status is the "
               "fill colour of the Current RAG column (blue complete, green, amber); the end month is the revised due "
               "date where there is one. The Document Control and Key sheets hold no actions."),
        outcome="read", accept_refusal=False, title=M.WMP_TITLE, actions=wmp())),
    (M.HWFRS_FILE, dict(
        source=("Hereford & Worcester Fire and Rescue Service progress report on the HMICFRS spotlight report 'Values "
                "and culture in fire and rescue services' (30 March 2023; 20 recommendations for chief fire officers), "
                "as fire services publish it (Derbyshire FRS GPWG appendix, https://www.derbys-fire.gov.uk/gpwg-meetings/gpwg-agenda-and-papers-20-november-2023/hmicfrs-culture-review-recommendations-and-actions; "
                "RBFRS recommendation pages, https://www.rbfrs.co.uk/your-service/transparency-and-governance/values-and-culture-in-fire-and-rescue-services/recommendation-9/; "
                "Staffordshire FRS). Layout of a committee-report appendix in Word: title, summary table of statuses "
                "(not actions), status key, one heading and one table per report theme, recommendation number and text "
                "merged down over the service's lettered actions, job-title leads (some two posts), due dates in "
                "several forms including an original with a revised date in one cell, shaded status words."),
        reads=("Nine service actions under five recommendations, grouped under four theme headings (Raising concerns, "
               "Background checks, Leadership, Improving diversity). Each has a lead post, a due date and a status word "
               "(Complete, Green, Amber); the summary table counts recommendations and is not part of the plan."),
        outcome="read", accept_refusal=False, title=M.HWFRS_TITLE, actions=hwfrs())),
    (M.ERC_FILE, dict(
        source=("East Riding College (general FE college, Beverley/Bridlington) post-inspection action plan after an "
                "Ofsted FE and skills inspection, built on the report's 'What does the provider need to do to improve?' "
                "points and the FE and skills handbook (https://www.gov.uk/government/publications/further-education-and-skills-inspection-handbook-eif/further-education-and-skills-handbook-for-september-2023); "
                "CSV saved from the college's Excel tracker. Features: title and approval lines, provision-type theme "
                "rows, area for improvement written once and left blank on its continuation rows (merged cells exported), "
                "RAG letters plus Complete/Not started, a two-line action cell, leads joined with '/', ';' and '&', "
                "dates as 30/06/2025, Jul-25, Sept 2025, End of March 2025, Ongoing and Termly, key and summary lines at the foot."),
        reads=("Nine numbered actions under five Ofsted areas for improvement, grouped by four provision themes. Blank "
               "area-for-improvement cells continue the one above. RAG letters G/A/R, Complete and Not started give "
               "the status; the key and summary lines at the end are not actions."),
        outcome="read", accept_refusal=False, title=M.ERC_TITLE, actions=erc())),
    (M.WKS_FILE, dict(
        source=("Worksop College (independent boarding school, Nottinghamshire) action plan after an ISI routine "
                "inspection under the September 2023 framework, which reports standards not met as action points and "
                "gives recommended next steps (https://www.isi.net/inspection-explained/inspection-framework/interactive-version/introduction/what-isi-does; "
                "https://independentschoolmanagement.co.uk/features/extracts-from-reports-under-the-new-isi-framework/). "
                "Plain-text export of the governors' paper: title and owner lines, a status key that maps words to "
                "colours, '=' rules around two parts, each action point / next step as a heading line with the "
                "standard's paragraph, and indented Action/Lead/Due/Status records; school terms as due dates."),
        reads=("Eight actions in two parts: two ISI action points (standards not met) and three recommended next "
               "steps, each followed by its numbered actions with lead, due date and status. Terms are read as their "
               "last month (Summer term 2025 = July, Autumn term 2025 = December); 'Termly' has no end month; "
               "'At risk' is amber by the document's key."),
        outcome="read", accept_refusal=False, title=M.WKS_TITLE, actions=wks())),
    (M.HHS_FILE, dict(
        source=("Hawick High School (Scottish Borders Council) post-inspection improvement plan after an Education "
                "Scotland inspection, built on the areas for improvement agreed with the headteacher and the local "
                "authority and Scottish Borders' inspection follow-up arrangements "
                "(https://blogs.glowscotland.org.uk/glowblogs/sbcimprovementframework/targeted-support/support-for-inspection/). "
                "Word layout: title and subtitle, document control table, progress status key table with shaded "
                "cells, then one table per area for improvement: a shaded label row 'Area for improvement N', the "
                "inspectors' text in a merged row, an HGIOS4 QI / NIF link row, then Ref/Actions/Lead(s)/Timescale/"
                "Measures of success/Progress/Status rows with shaded status words."),
        reads=("Eight lettered actions under three areas for improvement. The label row only names the part, so the "
               "heading is the area-for-improvement text beneath it; the HGIOS4 link row is information, not a "
               "heading. Status words map by the key (Some slippage = amber, Not started = unrated)."),
        outcome="read", accept_refusal=False, title=M.HHS_TITLE, actions=hhs())),
]


def main():
    for fname, d in CASES:
        with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000)
    # refuse case
    typo_row = M.build_rcm(os.path.join(HERE, M.RCM_FILE))
    d = dict(
        source=("Probation Service Redcar, Cleveland and Middlesbrough PDU (North East region) improvement plan after "
                "an HM Inspectorate of Probation PDU inspection (https://hmiprobation.justiceinspectorates.gov.uk/about-us/our-inspections/pdu), "
                "kept as the PDU's Excel tracker in the spirit of the HMPPS 'response to the HMI Probation inspection "
                "report' action plan (https://docsbay.net/action-plan-name-of-crc-or-nps-division). Features: region "
                "line above the title, fieldwork/rating and owner lines, section rows for PDU and regional "
                "recommendations, recommendation number and text merged over actions, start and target dates as "
                "mmm-yy date cells, BRAG words with fill, key line, a second sheet of inspection ratings."),
        reads=("Seven actions under four recommendations. Every target completion is a real mmm-yy date or 'Monthly' "
               "except action 2.2, whose target reads '0ct-25' with a zero for the letter O: a mistyped month, so a "
               "careful reader stops at that row and asks before reading the plan."),
        outcome="refuse", accept_refusal=False, refuse_at=typo_row, title=M.RCM_TITLE)
    with open(os.path.join(HERE, M.RCM_FILE + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000)
    print("refuse_at", typo_row)


if __name__ == "__main__":
    main()
