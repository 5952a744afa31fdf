#!/usr/bin/env python3
"""Build the seven zqy- blind cases (data files + NAME.expected.yaml) for set heldout719.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with "zqy-" in this folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN, AMBER, RED, BLUE, GREY, HEAD = "00B050", "FFC000", "FF0000", "0070C0", "D9D9D9", "1F4E79"
RAGFILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Blue": BLUE, "G": GREEN, "A": AMBER,
           "R": RED, "Complete": BLUE}


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color="FF" + hexcol, end_color="FF" + hexcol)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


def write_yaml(name, data):
    assert name.startswith("zqy-")
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4096)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------------------------
# 1. Havering – corporate plan key deliverables tracker (xlsx, several sheets, merged outcome
#    cells, theme band rows, Q1 and Q2 RAG text+fill, totals and note rows)
# ---------------------------------------------------------------------------------------------
def havering():
    name = "zqy-havering-council-corporate-plan-delivery-tracker-q2-2025-26.xlsx"
    title = "London Borough of Havering – Corporate Plan 2024-27 Key Deliverables Tracker 2025/26"
    T1 = "Theme 1: Supporting our residents to stay safe and well (People)"
    T2 = "Theme 2: A great place to live, work and enjoy (Place)"
    T3 = "Theme 3: Enabling a resident-focussed and resilient council (Resources)"
    O11 = "1.1 Children and young people are safe, healthy and able to achieve their potential"
    O12 = "1.2 Adults are supported to live independently for longer"
    O21 = "2.1 Residents live in good quality, affordable homes"
    O22 = "2.2 Clean, safe and well-maintained streets and neighbourhoods"
    O31 = "3.1 A financially sustainable council"
    O32 = "3.2 Modern, accessible services that put residents first"
    # (theme, outcome, ref, deliverable, lead, portfolio, milestone (cell value), q1, q2, update, end, end_text)
    rows = [
        (T1, O11, "1.1.1",
         "Implement the Family Hubs model in all three localities, including a Start for Life offer for parents and carers",
         "Director of Starting Well", "Children & Young People", dt.datetime(2026, 3, 31), "Green", "Green",
         "Harold Hill and Rainham hubs open; Romford hub fit-out on programme for January 2026.", "2026-03", None),
        (T1, O11, "1.1.2",
         "Deliver the SEND Sufficiency Plan: open 60 additional specialist places in Havering schools",
         "Director of Starting Well / Assistant Director SEND", "Children & Young People", "September 2026",
         "Amber", "Amber",
         "32 places agreed with schools. Capital works at two sites delayed by planning conditions.", "2026-09", None),
        (T1, O12, "1.2.1",
         "Launch the integrated reablement and Home First service with BHRUT and NELFT",
         "Director of Living Well", "Adults & Health", "Q3 2025/26", "Green", "Amber",
         "Recruitment to therapy posts slower than planned; soft launch now expected December.", "2025-12", None),
        (T1, O12, "1.2.2",
         "Complete the Extra Care Housing review and agree future commissioning intentions",
         "Director of Living Well / Head of Commissioning", "Adults & Health", dt.datetime(2025, 6, 30),
         "Amber", "Blue", "Review signed off by Cabinet in July 2025.", "2025-06", None),
        (T2, O21, "2.1.1",
         "Deliver 250 new council homes through the Housing Regeneration Programme",
         "Strategic Director of Place", "Housing & Property", "March 2027", "Amber", "Red",
         "Contractor insolvency on the Napier and New Plymouth site; re-procurement under way.", "2027-03", None),
        (T2, O21, "2.1.2",
         "Reduce the use of nightly-paid temporary accommodation by acquiring 100 homes for households in need",
         "Director of Housing and Property", "Housing & Property", dt.datetime(2026, 3, 31), "Red", "Amber",
         "61 homes acquired to date. Nightly-paid placements down from 412 to 338.", "2026-03", None),
        (T2, O22, "2.2.1",
         "Introduce weekly food waste collections to all kerbside properties",
         "Director of Environment", "Environment", "Apr-26", "Green", "Green",
         "Caddies ordered; resident communications plan approved.", "2026-04", None),
        (T3, O31, "3.1.1",
         "Deliver the 2025/26 savings and transformation programme (£13.5m)",
         "Strategic Director of Resources / Director of Finance", "Finance & Transformation",
         dt.datetime(2026, 3, 31), "Amber", "Amber",
         "£9.1m delivered or on track; £4.4m at risk, mainly in adult social care demand.", "2026-03", None),
        (T3, O31, "3.1.2",
         "Refresh the Medium Term Financial Strategy and set a balanced budget for 2026/27",
         "Director of Finance", "Finance & Transformation", "February 2026", "Green", "Green",
         "MTFS update to Cabinet in November; budget consultation launched.", "2026-02", None),
        (T3, O32, "3.2.1",
         "Replace the customer relationship management system and move 70% of customer transactions online",
         "Assistant Director Digital and IT", "Digital, Customer & Corporate Services", "Ongoing", "Amber", "Amber",
         "Phase 1 (council tax and waste) live. Phase 2 scoping.", None, "Ongoing"),
    ]
    statusmap = {"Green": "green", "Amber": "amber", "Red": "red", "Blue": "blue"}

    wb = Workbook()
    ws0 = wb.active
    ws0.title = "Summary"
    ws0["A1"] = title
    ws0["A1"].font = Font(bold=True, size=14)
    ws0["A2"] = "Quarter 2 2025/26 – summary of Key Deliverable RAG ratings"
    ws0.append([])
    ws0.append(["Theme", "Deliverables", "Green", "Amber", "Red", "Blue (complete)"])
    for c in ws0[4]:
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(HEAD)
    for th in (T1, T2, T3):
        q2 = [r[8] for r in rows if r[0] == th]
        ws0.append([th, len(q2), q2.count("Green"), q2.count("Amber"), q2.count("Red"), q2.count("Blue")])
    q2 = [r[8] for r in rows]
    ws0.append(["Total", len(q2), q2.count("Green"), q2.count("Amber"), q2.count("Red"), q2.count("Blue")])
    for c in ws0[ws0.max_row]:
        c.font = Font(bold=True)
    ws0.column_dimensions["A"].width = 70

    ws = wb.create_sheet("Delivery Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Quarter 2 2025/26 (1 July – 30 September 2025) | Overview and Scrutiny Board, 20 November 2025"
    ws.merge_cells("A2:I2")
    headers = ["Ref", "Outcome", "Key deliverable", "Lead Director", "Cabinet portfolio", "Milestone date",
               "Q1 RAG", "Q2 RAG", "Q2 update"]
    ws.append([])
    ws.append(headers)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill(HEAD)
        c.alignment = WRAP
        c.border = BOX
    expected = []
    r = 5
    cur_theme, cur_out, out_start = None, None, None

    def close_outcome(last_row):
        if out_start is not None and last_row > out_start:
            ws.merge_cells(start_row=out_start, start_column=2, end_row=last_row, end_column=2)

    for (th, oc, ref, deliv, lead, port, ms, q1, q2v, upd, end, end_text) in rows:
        if th != cur_theme:
            close_outcome(r - 1)
            out_start = None
            ws.cell(row=r, column=1, value=th).font = Font(bold=True)
            for col in range(1, 10):
                ws.cell(row=r, column=col).fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            cur_theme, cur_out = th, None
        if oc != cur_out:
            close_outcome(r - 1)
            ws.cell(row=r, column=2, value=oc)
            out_start = r
            cur_out = oc
        vals = [ref, None, deliv, lead, port, ms, q1, q2v, upd]
        for col, v in enumerate(vals, start=1):
            if v is None:
                continue
            c = ws.cell(row=r, column=col, value=v)
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        for col in (7, 8):
            ws.cell(row=r, column=col).fill = fill(RAGFILL[ws.cell(row=r, column=col).value])
        for col in range(1, 10):
            ws.cell(row=r, column=col).alignment = WRAP
            ws.cell(row=r, column=col).border = BOX
        lead_list = [x.strip() for x in lead.split(" / ")]
        expected.append(act(ref, [th, oc], deliv, lead_list, end, statusmap[q2v], end_text))
        r += 1
    close_outcome(r - 1)
    r += 1
    q2 = [x[8] for x in rows]
    ws.cell(row=r, column=1, value="Total deliverables").font = Font(bold=True)
    ws.cell(row=r, column=3, value=len(q2))
    ws.cell(row=r, column=7, value="Green: %d  Amber: %d" % (q2.count("Green"), q2.count("Amber")))
    ws.cell(row=r, column=8, value="Red: %d  Blue: %d" % (q2.count("Red"), q2.count("Blue")))
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG ratings are as at 30 September 2025. Milestone dates are those agreed "
                                    "by Cabinet in April 2025. Blue = deliverable complete.")
    for col, w in zip("ABCDEFGHI", (8, 30, 50, 28, 20, 14, 9, 9, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    wk = wb.create_sheet("Key")
    wk.append(["RAG key"])
    for lab, txt in (("Green", "On track to deliver by the milestone date"),
                     ("Amber", "Some slippage or risk; recoverable with management action"),
                     ("Red", "Significant slippage; milestone will not be met without intervention"),
                     ("Blue", "Complete")):
        wk.append([lab, txt])
        wk.cell(row=wk.max_row, column=1).fill = fill(RAGFILL[lab])
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates the London Borough of Havering Corporate Plan (adopted April 2024) quarterly reporting to "
                  "Cabinet and Overview and Scrutiny Board, whose three themes are 'Supporting our residents to stay "
                  "safe and well', 'A great place to live work and enjoy' and 'Enabling a resident-focussed and "
                  "resilient council' (People, Place, Resources) "
                  "(https://democracy.havering.gov.uk/mgAi.aspx?ID=35537). Copied features: summary sheet with RAG "
                  "totals first, theme band rows merged across the sheet, outcome cell merged down over its "
                  "deliverables, job-title leads (two posts joined by '/'), Q1 and Q2 RAG columns as text with "
                  "fill, Blue = complete key sheet, mixed milestone formats (dates, 'Q3 2025/26', 'Apr-26', "
                  "'Ongoing'), totals row and notes line under the table.",
        "reads": "A corporate plan tracker workbook: a summary of RAG counts, then a tracker sheet with ten key "
                 "deliverables grouped under three themes and, within each, an outcome, each with a lead "
                 "director, a milestone date and a Q1 and a Q2 RAG. The Q2 (current) rating is the status; "
                 "the totals row, note and key are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 2. Kent – SEND WSOA progress tracker 2022 (xlsx, cover/doc-control sheet, area-of-weakness
#    rows merged across, original and revised dates, fill-only RAG, continuation comment row)
# ---------------------------------------------------------------------------------------------
def kent():
    name = "zqy-kent-local-area-send-written-statement-of-action-progress-tracker-2022.xlsx"
    title = "Kent Local Area SEND Written Statement of Action (WSoA) – Progress Tracker"
    A1 = ("Area of Weakness 1: The widely held concern of parents that the local area is not able, or in some "
          "cases not willing, to meet their children's needs")
    A2 = ("Area of Weakness 2: The variable quality of provision and commitment to inclusion in schools, and the "
          "lack of willingness of some schools to accommodate children and young people with SEND")
    A3 = ("Area of Weakness 3: The limited role parents and carers have in reviewing and designing services for "
          "children and young people with SEND")
    A4 = ("Area of Weakness 4: The inability of current joint commissioning arrangements to address known gaps "
          "and eliminate longstanding weaknesses in the services for children and young people with SEND")
    A5 = "Area of Weakness 5: The poor standards achieved, and progress made, by too many children and young people with SEND"
    # (area, ref, action, lead cell, leads, original, revised, rag, update, impact, end, end_text)
    rows = [
        (A1, "1.1",
         "Publish a SEND communications and engagement plan, including termly 'You said, we did' updates to all "
         "families through the Local Offer",
         "Assistant Director SEN / Head of Communications", ["Assistant Director SEN", "Head of Communications"],
         dt.datetime(2022, 1, 31), dt.datetime(2022, 4, 30), "Blue",
         "Plan published April 2022. First 'You said, we did' newsletter sent to 18,400 families.",
         "Parent survey: 'I know where to find information' up from 31% to 44%.", "2022-04", None),
        (A1, "1.2",
         "Introduce a named SEN casework officer for every family with an EHC plan and a five working day response "
         "standard for parent enquiries",
         "Assistant Director SEN", ["Assistant Director SEN"],
         dt.datetime(2022, 3, 31), dt.datetime(2022, 9, 30), "Amber",
         "Caseworker restructure agreed; 41 of 47 posts filled.", "Response standard met in 68% of enquiries (May).",
         "2022-09", None),
        (A2, "2.1",
         "Roll out the inclusion framework and require every school to complete an inclusion self-review by the "
         "end of the summer term",
         "Director of Education; Area Education Officers", ["Director of Education", "Area Education Officers"],
         dt.datetime(2022, 7, 31), None, "Green",
         "412 of 585 schools have submitted self-reviews; reminders issued via Area Education Officers.",
         "Too early to evidence impact.", "2022-07", None),
        (A2, "2.2",
         "Review the Local Inclusion Forum Team (LIFT) process so that outreach support is allocated within four "
         "weeks of a request",
         "Head of Fair Access", ["Head of Fair Access"],
         dt.datetime(2021, 12, 31), dt.datetime(2022, 7, 31), "Red",
         "Review completed but new allocation process not yet agreed with headteacher forums.",
         "Average wait for outreach remains 9 weeks.", "2022-07", None),
        (A3, "3.1",
         "Agree a co-production charter with PACT (Parents and Carers Together) and embed it in every SEND "
         "workstream",
         "Head of SEND Strategy / PACT Co-Chair", ["Head of SEND Strategy", "PACT Co-Chair"],
         dt.datetime(2021, 11, 30), None, "Blue",
         "Charter signed by KCC, the CCG and PACT on 18 November 2021.", "Charter used in all 5 workstreams.",
         "2021-11", None),
        (A3, "3.2",
         "Recruit and train 20 parent representatives to sit on SEND service design and commissioning panels",
         "Head of SEND Strategy", ["Head of SEND Strategy"],
         dt.datetime(2022, 5, 31), "Sept 2022", "Amber",
         "12 representatives recruited; training sessions booked for July and September.", "", "2022-09", None),
        (A4, "4.1",
         "Agree a joint commissioning strategy for SEND 0-25 between KCC and NHS Kent and Medway CCG, including a "
         "pooled budget for speech and language therapy",
         "Director of Integrated Commissioning / Designated Clinical Officer",
         ["Director of Integrated Commissioning", "Designated Clinical Officer"],
         dt.datetime(2022, 3, 31), dt.datetime(2022, 10, 31), "Amber",
         "Draft strategy at CCG governing body in July; pooled budget subject to ICB transition.", "",
         "2022-10", None),
        (A4, "4.2",
         "Reduce waiting times for neurodevelopmental (ASD/ADHD) assessment to 18 weeks through a single point "
         "of access",
         "Designated Clinical Officer (NHS Kent and Medway CCG)", ["Designated Clinical Officer (NHS Kent and Medway CCG)"],
         dt.datetime(2023, 3, 31), None, "Red",
         "Single point of access live in East Kent only. Waits currently 74 weeks (median).", "", "2023-03", None),
        (A5, "5.1",
         "Introduce termly tracking of attainment and attendance for pupils with EHC plans and report it to the "
         "SEND Improvement Board",
         "Head of Management Information", ["Head of Management Information"],
         "Termly", None, "Green",
         "Spring term data reported in May. Attendance of pupils with EHC plans 88.6%.", "", None, "Termly"),
    ]
    statusmap = {"Green": "green", "Amber": "amber", "Red": "red", "Blue": "blue"}

    wb = Workbook()
    wc = wb.active
    wc.title = "Cover"
    wc["A1"] = title
    wc["A1"].font = Font(bold=True, size=14)
    wc["A2"] = "Areas of Weakness 1 to 5 (Workstream A: Partnership, Inclusion and Outcomes)"
    wc["A4"] = "Document control"
    wc["A4"].font = Font(bold=True)
    wc.append(["Version", "Date", "Author", "Change"])
    for c in wc[5]:
        c.font = Font(bold=True)
    for v in (("0.4", dt.datetime(2022, 3, 9), "SEND Improvement Programme Office", "Q4 2021/22 position"),
              ("0.5", dt.datetime(2022, 5, 11), "SEND Improvement Programme Office", "Revised dates agreed by Board"),
              ("0.6", dt.datetime(2022, 7, 5), "SEND Improvement Programme Office", "Position at 30 June 2022")):
        wc.append(list(v))
        wc.cell(row=wc.max_row, column=2).number_format = "dd/mm/yyyy"
    wc.column_dimensions["A"].width = 12
    wc.column_dimensions["C"].width = 36
    wc.column_dimensions["D"].width = 36

    ws = wb.create_sheet("WSoA Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Kent County Council and NHS Kent and Medway CCG | Position at 30 June 2022 | "
                "SEND Improvement Board, 14 July 2022")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Areas of Weakness 6 to 9 are reported in the Workstream B tracker."
    ws["A3"].font = Font(italic=True)
    ws.append([])
    ws.append(["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date", "RAG",
               "Progress update (June 2022)", "Evidence of impact"])
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    cur = None
    expected = []
    for (area, ref, action, leadcell, leads, orig, rev, rag, upd, imp, end, end_text) in rows:
        if area != cur:
            ws.cell(row=r, column=1, value=area).font = Font(bold=True)
            ws.cell(row=r, column=1).alignment = WRAP
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            cur = area
        for col, v in enumerate([ref, action, leadcell, orig, rev, None, upd, imp], start=1):
            c = ws.cell(row=r, column=col, value=v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=6).fill = fill(RAGFILL[rag])
        expected.append(act(ref, [area], action, leads, end, statusmap[rag], end_text))
        r += 1
        if ref == "1.2":
            # continuation of the progress update on its own row (comment only)
            c = ws.cell(row=r, column=7, value="…cont. Remaining 6 posts out to advert, closing 22 July 2022.")
            c.alignment = WRAP
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG is shown by cell colour only – see the 'RAG key' sheet. "
                                   "Blue = complete and evidenced.").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (7, 55, 30, 14, 14, 7, 45, 35)):
        ws.column_dimensions[col].width = w

    wk = wb.create_sheet("RAG key")
    wk.append(["Colour", "Meaning"])
    for col, txt in ((BLUE, "Complete – action delivered and evidence of impact seen by the Board"),
                     (GREEN, "On track – will be delivered by the (revised) date"),
                     (AMBER, "Some slippage – within tolerance, recovery plan in place"),
                     (RED, "Off track – will not be delivered by the date; escalated to the Board")):
        wk.append([None, txt])
        wk.cell(row=wk.max_row, column=1).fill = fill(col)
    wb.save(out(name))

    write_yaml(name, {
        "source": "Imitates Kent local area's SEND Written Statement of Action (Kent County Council and NHS Kent and "
                  "Medway CCG) following the January 2019 Ofsted/CQC inspection, tracked through to the September "
                  "2022 revisit (https://www.kent.gov.uk/education-and-children/special-educational-needs/"
                  "listening-to-your-voice-and-taking-action/ofsted-and-cqc; weakness wording from "
                  "https://www.kelsi.org.uk/news-and-events/directors-update/26-april-2019-weekly-update). Copied "
                  "features: cover sheet with document-control table, area-of-weakness rows merged across the "
                  "table, original and revised completion dates, RAG by cell colour only with a separate key sheet "
                  "(Blue = complete), two posts per lead cell, a progress comment continued on its own row, "
                  "notes under the table.",
        "reads": "A 2022 WSoA progress tracker for areas of weakness 1 to 5: each weakness is a grey band row and "
                 "under it one or two numbered actions with leads, an original and sometimes a revised date, and a "
                 "coloured RAG cell. The revised date is the end where given; the RAG colour (per the key sheet) is "
                 "the status; the comment-only continuation row is not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 3. Essex – fostering service development plan (xlsx) – REFUSE: 'Febuary 2026' in By when
# ---------------------------------------------------------------------------------------------
def essex():
    name = "zqy-essex-county-council-fostering-service-development-plan-2025-26-typo-month-refuse.xlsx"
    title = "Essex County Council – Fostering Service Development Plan 2025/26"
    rows = [
        (1, "Recruitment of foster carers",
         "Launch the refreshed 'Foster for Essex' campaign with targeted recruitment in Basildon, Harlow and Colchester",
         "Head of Fostering", "January 2026", "Enquiries up 25% on 2024/25", "Green"),
        (2, None,
         "Approve 60 new fostering households in 2025/26, including 15 for teenagers and sibling groups",
         "Fostering Recruitment and Assessment Manager", dt.datetime(2026, 3, 31),
         "60 households approved (35 in 2023/24)", "Amber"),
        (3, "Retention and support",
         "Open two further Mockingbird constellations and offer every carer a named supervising social worker",
         "Head of Fostering / Mockingbird Lead", "Sept 2025 – March 2026", "Carer resignations below 8%", "Green"),
        (4, None,
         "Review the fee and allowance structure against neighbouring authorities and IFAs",
         "Head of Fostering; Finance Business Partner", "Q4 2025/26", "Revised scheme agreed by Cabinet Member",
         "Amber"),
        (5, "Sufficiency and matching",
         "Hold monthly matching panels for children waiting in residential care or with independent agencies",
         "Placements Service Manager", "Febuary 2026", "74% of children in care placed in foster care by 2028",
         "Red"),
        (6, None,
         "Develop a parent and child fostering scheme with 6 approved households",
         "Placements Service Manager", "Jun-26", "6 parent and child households approved", "Not started"),
        (7, "Learning and development",
         "Deliver the revised Skills to Foster and post-approval training pathway",
         "Fostering Learning and Development Lead", "Ongoing", "Training completion above 90%", "Green"),
        (8, "Participation",
         "Co-produce the foster carer charter refresh with the Essex Foster Care Association and Children in Care Council",
         "Head of Fostering", "December 2025", "Charter re-signed", "Green"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Development Plan 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Fostering Services (England) Regulations 2011, regulation 35 – reviewed quarterly by the Corporate Parenting Panel"
    ws["A3"] = "Last updated: 6 October 2025"
    ws.append([])
    ws.append(["No.", "Priority area", "What we will do", "Lead", "By when", "How we will know", "RAG"])
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("00695C")
        c.alignment = WRAP
    r = 6
    typo_row = None
    for row in rows:
        for col, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        if row[6] in RAGFILL:
            ws.cell(row=r, column=7).fill = fill(RAGFILL[row[6]])
        if row[4] == "Febuary 2026":
            typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Context: 410 mainstream fostering households at 31 March 2024 (510 in 2019/20).")
    ws.cell(row=r + 1, column=1, value="RAG: Green = on track; Amber = some risk; Red = off track.")
    for col, w in zip("ABCDEFG", (5, 24, 60, 34, 20, 36, 11)):
        ws.column_dimensions[col].width = w
    wv = wb.create_sheet("Version control")
    wv.append(["Version", "Date", "Summary of changes"])
    wv.append(["1.0", dt.datetime(2025, 4, 28), "Agreed by Corporate Parenting Panel"])
    wv.append(["1.1", dt.datetime(2025, 10, 6), "Q2 update"])
    wb.save(out(name))
    assert typo_row == 10, typo_row

    write_yaml(name, {
        "source": "Imitates an English county council's in-house fostering service development plan reported to its "
                  "Corporate Parenting Panel with the regulation 35 annual report; Essex figures (410 mainstream "
                  "households in 2023/24, 510 in 2019/20, 35 approvals, 74% foster placement target by 2028) from "
                  "local press coverage of Essex County Council's fostering campaign "
                  "(https://funandflip.com/news-detail/essex-faces-major-problem-unless-more-people-become-foster-carers.html). "
                  "Copied features: title rows, priority area written only on the first row of its group, "
                  "mixed 'By when' formats, RAG words with fill, context and key lines under the table, "
                  "version-control sheet.",
        "reads": "A one-sheet fostering development plan with eight numbered actions grouped by priority area. The "
                 "'By when' cell of action 5 on sheet row 10 reads 'Febuary 2026', a mistyped month; a careful "
                 "reader would stop and ask before recording it.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 10,
        "title": title,
    })


# ---------------------------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


# ---------------------------------------------------------------------------------------------
# 4. Birmingham Children's Trust – adoption agency post-inspection action plan (docx,
#    requirement/recommendation headings with text paragraph, one table per item)
# ---------------------------------------------------------------------------------------------
def birmingham():
    name = "zqy-birmingham-childrens-trust-adoption-agency-ofsted-inspection-action-plan.docx"
    title = "Birmingham Children's Trust Adoption Agency – Post-Inspection Action Plan"
    PA = "Part A – Requirements"
    PB = "Part B – Recommendations"
    items = [
        (PA, "Requirement 1",
         "The registered person must ensure that adoption support needs are assessed without delay and that the "
         "outcome of each assessment is recorded and shared with the family. (Adoption Support Services "
         "Regulations 2005, regulation 14)",
         [("1.1", "Introduce a triage standard: every request for adoption support to be screened within 10 working days",
           "Head of Service – Adoption", ["Head of Service – Adoption"], "End of September 2025", "2025-09", None,
           "Complete", "blue"),
          ("1.2", "Clear the backlog of 46 outstanding adoption support assessments",
           "Adoption Support Team Manager", ["Adoption Support Team Manager"], "31/10/2025", "2025-10", None,
           "G", "green")]),
        (PA, "Requirement 2",
         "The registered person must ensure that the records of adoption support cases contain a clear plan and "
         "evidence of management oversight. (Adoption Agencies Regulations 2005, regulation 39)",
         [("2.1", "Issue a practice standard for adoption support plans and train all adoption support staff",
           "Registered Manager / Agency Decision Maker", ["Registered Manager", "Agency Decision Maker"],
           "By 30 November 2025", "2025-11", None, "A", "amber"),
          ("2.2", "Audit all open adoption support cases.\n\nReport the findings to the Adoption Service Management Group.",
           "Head of Quality Assurance", ["Head of Quality Assurance"], "Q3 2025/26", "2025-12", None, "G", "green")]),
        (PB, "Recommendation 1",
         "The registered person should ensure that adopted adults seeking access to their birth records receive a "
         "timely and sensitive service.",
         [("3.1", "Appoint a dedicated birth records counsellor and set a 12-week service standard",
           "Head of Service – Adoption", ["Head of Service – Adoption"], "Sept 2025 – March 2026", "2026-03", None,
           "Complete", "blue"),
          ("3.2", "Report waiting times for birth records counselling to the Trust Board quality committee",
           "Head of Quality Assurance", ["Head of Quality Assurance"], "Monthly", None, "Monthly", "R", "red")]),
        (PB, "Recommendation 2",
         "The registered person should ensure that adoption panel members receive regular training, including on "
         "early permanence and the needs of brothers and sisters placed together.",
         [("4.1", "Deliver an annual panel training programme, starting with early permanence",
           "Panel Adviser; Professional Adviser to the Panel", ["Panel Adviser", "Professional Adviser to the Panel"],
           "December 2025", "2025-12", None, "A", "amber"),
          ("4.2", "Add sibling assessment guidance to the panel members' handbook",
           "Head of Service – Adoption / Workforce Development Lead",
           ["Head of Service – Adoption", "Workforce Development Lead"], "Jan-26", "2026-01", None, "", "unrated")]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Ofsted inspection of the voluntary adoption agency: 9 to 13 June 2025. "
                      "Report published 24 July 2025.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["0.1", "04/08/2025", "Head of Service – Adoption", "—"],
           ["1.0", "29/08/2025", "Head of Service – Adoption", "Director of Children's Social Care"],
           ["1.1", "03/11/2025", "Adoption Service Management Group", "Director of Children's Social Care"]])
    doc.add_paragraph("")
    doc.add_paragraph("Inspection judgements").runs[0].bold = True
    table(doc, ["Judgement area", "Grade"],
          [["Overall experiences and progress of service users", "Requires improvement to be good"],
           ["How well children and adults are helped and protected", "Good"],
           ["The effectiveness of leaders and managers", "Requires improvement to be good"]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete – action completed and evidenced; G – on track; A – some delay, "
                      "recoverable; R – off track. A blank RAG means the action has not yet started.")
    expected = []
    cur_part = None
    for part, head, text, acts in items:
        if part != cur_part:
            doc.add_heading(part, level=1)
            cur_part = part
        doc.add_heading(head, level=2)
        doc.add_paragraph(text)
        t = table(doc, ["No.", "Action", "Lead", "Target date", "RAG"],
                  [[a[0], a[1], a[2], a[4], a[7]] for a in acts])
        for i, a in enumerate(acts, start=1):
            if a[7] in RAGFILL:
                shade(t.rows[i].cells[4], RAGFILL[a[7]])
            expected.append(act(a[0], [part, text], a[1].replace("\n\n", "\n"), a[3], a[5], a[8], a[6]))
        doc.add_paragraph("")
    doc.add_heading("Sign-off", level=1)
    table(doc, ["Role", "Signature", "Date"],
          [["Registered Manager", "", ""], ["Director of Children's Social Care", "", ""]])
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates the post-inspection action plan a children's trust (Birmingham Children's Trust, which "
                  "runs its own registered agencies) would send to Ofsted after a voluntary adoption agency "
                  "inspection under the social care common inspection framework, where the report lists statutory "
                  "requirements and recommendations. Copied features: title, inspection dates line, document-control "
                  "table, judgements table, RAG key paragraph, Part A/Part B headings, each requirement or "
                  "recommendation as a numbered heading with its text paragraph above its own action table, "
                  "two posts in a lead cell, a two-paragraph action cell, shaded RAG cells, blank RAG for not "
                  "started, sign-off table.",
        "reads": "A Word action plan with two requirements and two recommendations from an Ofsted adoption agency "
                 "inspection, each with a small table of two actions (lead, target date, RAG). The document-control, "
                 "judgements and sign-off tables are not the plan; 'Requirement 1' etc. give way to the "
                 "requirement text under them.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 5. City of Wolverhampton – scrutiny review recommendations tracker (docx, one table per
#    review, recommendation rows merged across the table, previous and current RAG)
# ---------------------------------------------------------------------------------------------
def wolverhampton():
    name = "zqy-city-of-wolverhampton-council-scrutiny-review-recommendations-tracker.docx"
    title = "City of Wolverhampton Council – Scrutiny Review Recommendations: Implementation Tracker"
    R1 = "1. Night-Time Economy Task and Finish Group"
    R2 = "2. Flood Risk Preparation and Response Review Group"
    reviews = [
        (R1, "Final report accepted by Cabinet on 19 March 2025.", [
            ("Recommendation 1: The Council should develop a night-time economy strategy for the city centre that "
             "sets out a clear vision to 2030.", [
                ("1a", "Commission evening footfall and visitor research covering Friday and Saturday nights",
                 "Head of City Centre", ["Head of City Centre"], "October 2025", "2025-10", None, "Amber", "Blue", "blue"),
                ("1b", "Draft the Night-Time Economy Strategy and consult businesses, residents and the Business "
                       "Improvement District",
                 "Head of City Centre / City Centre BID Manager", ["Head of City Centre", "City Centre BID Manager"],
                 "March 2026", "2026-03", None, "Green", "Green", "green")]),
            ("Recommendation 2: Improve the safety of women and girls at night through the Safe Space scheme and "
             "better-lit walking routes.", [
                ("2a", "Extend the Safe Space scheme to 40 licensed premises and train door staff in vulnerability "
                       "awareness",
                 "Head of Community Safety; Licensing Manager", ["Head of Community Safety", "Licensing Manager"],
                 "31/01/2026", "2026-01", None, "Amber", "Amber", "amber")]),
            ("Recommendation 3: Review late-night public transport provision with Transport for West Midlands.", [
                ("3a", "Report the findings of the joint review of late-night bus and Metro services with TfWM to "
                       "Scrutiny Board",
                 "Director of City Transport", ["Director of City Transport"], "February 2026", "2026-02", None,
                 "Red", "Amber", "amber")]),
        ]),
        (R2, "Final report accepted by Cabinet on 16 July 2025.", [
            ("Recommendation 1: Publish a single, easy-to-read guide for residents on what to do before, during and "
             "after flooding.", [
                ("1a", "Produce the residents' flood guide in print and online, translated into the five most spoken "
                       "community languages",
                 "Flood Risk Manager", ["Flood Risk Manager"], "November 2025", "2025-11", None, "Green", "Blue", "blue")]),
            ("Recommendation 2: Strengthen the Council's response to flooding incidents out of hours.", [
                ("2a", "Review the out-of-hours emergency rota and add a dedicated flood response officer",
                 "Head of Resilience", ["Head of Resilience"], "31/12/2025", "2025-12", None, "Amber", "Red", "red"),
                ("2b", "Keep sandbag stores stocked at the six locations identified after the 2024 flooding",
                 "Head of Resilience / Fleet and Depot Manager", ["Head of Resilience", "Fleet and Depot Manager"],
                 "Ongoing", None, "Ongoing", "Green", "Green", "green")]),
            ("Recommendation 3: Work with the Environment Agency and Severn Trent Water to inspect and map culverts "
             "at known flooding hotspots.", [
                ("3a", "Agree a joint culvert inspection programme with the Environment Agency and Severn Trent Water",
                 "Flood Risk Manager", ["Flood Risk Manager"], "Q4 2025/26", "2026-03", None, "", "Green", "green")]),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Scrutiny Board – 9 December 2025. Report of the Scrutiny Team. Position at 30 November 2025.")
    doc.add_paragraph("RAG key").runs[0].bold = True
    kt = table(doc, ["Rating", "Meaning"],
               [["Blue", "Complete – signed off by Scrutiny Board"],
                ["Green", "Implemented or on track"],
                ["Amber", "Partially implemented or some delay"],
                ["Red", "Not implemented or off track"]])
    for i, lab in enumerate(("Blue", "Green", "Amber", "Red"), start=1):
        shade(kt.rows[i].cells[0], RAGFILL[lab])
    doc.add_paragraph("")
    expected = []
    for rname, note, recs in reviews:
        doc.add_heading(rname, level=1)
        doc.add_paragraph(note)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead officer", "Timescale", "Previous RAG", "Current RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for rec, acts in recs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            set_cell(m, rec, bold=True)
            shade(m, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                for i, v in enumerate([a[0], a[1], a[2], a[4], a[7], a[8]]):
                    set_cell(cells[i], v)
                for i in (4, 5):
                    v = cells[i].text
                    if v in RAGFILL:
                        shade(cells[i], RAGFILL[v])
                expected.append(act(a[0], [rname, rec], a[1], a[3], a[5], a[9], a[6]))
        doc.add_paragraph("")
    doc.add_paragraph("Recommendations rated Blue will be removed from the tracker once noted by Scrutiny Board.")
    doc.save(out(name))

    write_yaml(name, {
        "source": "Imitates the City of Wolverhampton Council Scrutiny Board's follow-up of review recommendations; "
                  "the Night-Time Economy Task and Finish Group and the Flood Risk Preparation and Response group "
                  "are named in the Scrutiny Annual Report May 2024 – May 2025 considered on 23 September 2025 "
                  "(https://opencouncil.network/meetings/80705). Copied features: title, meeting line, RAG key "
                  "table, one table per review under a numbered heading, each recommendation as a row merged across "
                  "the table with its actions beneath, Previous RAG and Current RAG columns, lead officers by job "
                  "title (two posts with '/' or ';'), closing note.",
        "reads": "A scrutiny tracker with two reviews, each a heading followed by a table; inside each table the "
                 "recommendations are merged full-width rows and the numbered actions under them carry a lead "
                 "officer, timescale and a previous and current RAG. The current RAG is the status; the key table "
                 "is not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 6. Monmouthshire – scrutiny action log (csv)
# ---------------------------------------------------------------------------------------------
def monmouthshire():
    name = "zqy-monmouthshire-county-council-scrutiny-action-log-2025-26.csv"
    title = "Monmouthshire County Council – Scrutiny Action Log 2025/26"
    PO = "Performance and Overview Scrutiny Committee"
    PE = "People Scrutiny Committee"
    PL = "Place Scrutiny Committee"
    rows = [
        ("PO-01", PO, "23/09/2025", "Month 4 Budget Monitoring",
         "Provide members with trend data on the use of bed and breakfast accommodation for homeless households",
         "Head of Housing", ["Head of Housing"], "31/10/2025", "2025-10", None, "Complete", "blue",
         "Briefing note circulated to members on 20 October 2025."),
        ("PO-02", PO, "23/09/2025", "Month 4 Budget Monitoring",
         "Explain the shortfall against the continuing healthcare savings target and how it will be recovered",
         "Chief Officer for Social Care, Safeguarding and Health",
         ["Chief Officer for Social Care, Safeguarding and Health"], "Nov 2025", "2025-11", None, "Amber", "amber",
         "Response being agreed with Aneurin Bevan University Health Board."),
        ("PO-03", PO, "18/11/2025", "Self-Assessment 2024/25",
         "Include all-Wales comparisons for each well-being objective in the next self-assessment",
         "Performance and Data Insight Manager", ["Performance and Data Insight Manager"],
         "Before next self-assessment", None, "Before next self-assessment", "Green", "green",
         "Data sources identified; template updated."),
        ("PE-01", PE, "07/10/2025", "School Exclusions",
         "Report exclusion figures by school cluster and for learners with additional learning needs at the next update",
         "Chief Education Officer", ["Chief Education Officer"], "03/03/2026", "2026-03", None, "Green", "green",
         "Scheduled for the March meeting."),
        ("PE-02", PE, "07/10/2025", "School Exclusions",
         "Arrange a members' seminar on the Education Other Than At School (EOTAS) offer",
         "Scrutiny Manager / Chief Education Officer", ["Scrutiny Manager", "Chief Education Officer"], "Jan 2026",
         "2026-01", None, "Red", "red", "Date not yet fixed; officer availability."),
        ("PL-01", PL, "14/10/2025", "Petitions received",
         "Obtain a written response from the Cabinet Member and officers to the Goldwire Lane petition within 6 weeks",
         "Cabinet Member for Climate Change and the Environment / Head of Highways",
         ["Cabinet Member for Climate Change and the Environment", "Head of Highways"], "25/11/2025", "2025-11",
         None, "Complete", "blue", "Response sent to the committee and lead petitioner on 21 November 2025."),
        ("PL-02", PL, "14/10/2025", "Strategic Equality Plan Monitoring Report",
         "Circulate data on employment opportunities for disabled people in the council's workforce",
         "Head of People Services", ["Head of People Services"], "31st December 2025", "2025-12", None,
         "Not started", "unrated", ""),
        ("PL-03", PL, "02/12/2025", "Active Travel Network Map",
         "Provide a ward-by-ward breakdown of planned active travel schemes",
         "Active Travel Lead", ["Active Travel Lead"], "Feb-26", "2026-02", None, "Green", "green", ""),
    ]
    header = ["Action No.", "Committee", "Meeting date", "Agenda item", "Action agreed", "Responsible officer",
              "Target date", "Status", "Response / update"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([title] + [""] * 8)
        w.writerow(["Actions agreed at scrutiny committee meetings. Updated by the Scrutiny Team: 12 January 2026"]
                   + [""] * 8)
        w.writerow([""] * 9)
        w.writerow(header)
        for r in rows:
            w.writerow([r[0], r[1], r[2], r[3], r[4], r[5], r[7], r[10], r[12]])
        w.writerow([""] * 9)
        w.writerow(["Total actions: 8", "Complete: 2", "Open: 6"] + [""] * 6)
        w.writerow(["Status key: Complete = closed; Green = on track; Amber = delayed; Red = overdue; "
                    "Not started = not yet begun"] + [""] * 8)
    expected = [act(r[0], [r[1], r[3]], r[4], r[6], r[8], r[11], r[9]) for r in rows]
    write_yaml(name, {
        "source": "Imitates the action log kept by Monmouthshire County Council's scrutiny team for actions agreed at "
                  "its Performance and Overview, People and Place Scrutiny Committees (minutes record items such as "
                  "'ACTION (provide members with trend data and information on B&Bs and Homelessness)', the "
                  "Goldwire Lane petition and Strategic Equality Plan monitoring: "
                  "https://democracy.monmouthshire.gov.uk/ieListDocuments.aspx?CId=305&MeetingId=5545&LLL=0, "
                  "https://democracy.monmouthshire.gov.uk/ieListDocuments.aspx?CId=303&LLL=0&MeetingId=5825). "
                  "Copied features: title and updated-by lines, one row per action with committee, meeting date "
                  "and agenda item columns, officer posts (one long post with commas, two posts with '/'), mixed "
                  "date formats, status words with a key line, totals line.",
        "reads": "A CSV export of a scrutiny action log: eight actions, each tagged with the committee and the agenda "
                 "item it came from, a responsible officer, a target date and a status. The total and key lines at "
                 "the bottom are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------------------------
# 7. Blackburn with Darwen – corporate plan delivery plan, tab-separated performance-system export
# ---------------------------------------------------------------------------------------------
def blackburn():
    name = "zqy-blackburn-with-darwen-borough-council-corporate-plan-delivery-plan-q2-2025-26.txt"
    title = ("Blackburn with Darwen Borough Council – Corporate Plan 2023-27 Delivery Plan 2025/26: "
             "Action Progress Report (Quarter 2)")
    P1 = "Supporting young people and raising aspirations"
    P2 = "Safeguarding and supporting the most vulnerable people"
    P3 = "Reducing health inequalities and improving health outcomes"
    P4 = "Safe and clean environment"
    P5 = "Strong economy to enable social mobility"
    P6 = "Transparent and effective organisation"
    rows = [
        (P1, "CP25-01", "Double the membership of the Youth Zone outreach programme to 1,200 young people",
         "Strategic Director of Children and Education", ["Strategic Director of Children and Education"],
         "31/03/2026", "2026-03", None, "Green", "green", "50%", "Membership at 734; holiday programme well attended."),
        (P1, "CP25-02", "Increase take-up of funded two-year-old childcare places to 80%",
         "Head of Early Years", ["Head of Early Years"], "31/08/2026", "2026-08", None, "Amber", "amber", "35%",
         "Take-up 71%. Targeted letters to eligible families in Q3."),
        (P2, "CP25-03", "Implement the Family Help model across the four Family Hubs",
         "Director of Children's Social Care / Head of Early Help",
         ["Director of Children's Social Care", "Head of Early Help"], "30/04/2026", "2026-04", None, "Green",
         "green", "40%", "Two hubs operating the model; remaining two from January."),
        (P3, "CP25-04", "Launch the borough-wide healthy weight programme with schools and GP practices",
         "Director of Public Health", ["Director of Public Health"], "TBC", None, "TBC", "Not Started", "unrated",
         "0%", "Awaiting confirmation of grant funding."),
        (P4, "CP25-05", "Introduce weekly food waste collections for all households",
         "Iqbal, Zahid", ["Iqbal, Zahid"], "31/03/2026", "2026-03", None, "Amber", "amber", "60%",
         "Vehicles delivered; caddy roll-out delayed by supplier."),
        (P5, "CP25-06", "Open the Blackburn Skills and Cyber Campus to its first cohort of learners",
         "Strategic Director of Growth and Development", ["Strategic Director of Growth and Development"],
         "30/09/2026", "2026-09", None, "Red", "red", "20%", "Main contract tender returned over budget; value engineering under way."),
        (P5, "CP25-07", "Complete the redevelopment of St John's Church as a business and events venue",
         "Head of Growth", ["Head of Growth"], "31/07/2025", "2025-07", None, "Complete", "blue", "100%",
         "Venue opened July 2025."),
        (P6, "CP25-08", "Deliver the Corporate Peer Challenge action plan, including the overview and scrutiny recommendations",
         "Chief Executive; Deputy Chief Executive", ["Chief Executive", "Deputy Chief Executive"], "31/12/2025",
         "2025-12", None, "Green", "green", "75%", "Scrutiny chairs' development programme complete."),
    ]
    lines = [title,
             "Exported from InPhase on 14/10/2025 09:32 by Policy and Performance",
             ""]
    lines.append("\t".join(["Priority", "Action Ref", "Action", "Responsible Officer", "Due Date", "RAG",
                            "% Complete", "Latest Update"]))
    for r in rows:
        lines.append("\t".join([r[0], r[1], r[2], r[3], r[5], r[8], r[10], r[11]]))
    lines.append("")
    lines.append("8 actions reported\tGreen 3\tAmber 2\tRed 1\tComplete 1\tNot Started 1")
    lines.append("RAG: Complete = delivered; Green = on track; Amber = at risk; Red = off track")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    expected = [act(r[1], [r[0]], r[2], r[4], r[6], r[9], r[7]) for r in rows]
    write_yaml(name, {
        "source": "Imitates a quarterly action progress export from Blackburn with Darwen Borough Council's "
                  "performance system for its Corporate Plan delivery plan, using the council's published strategic "
                  "priorities (Corporate Plan page: http://blackburnworld.com/Pages/Corporate-plan.aspx) and "
                  "projects named in its Executive Board papers (Skills and Cyber Campus, St John's Church), plus "
                  "its 2023 LGA Corporate Peer Challenge action plan. Copied features: one title line, an export "
                  "stamp line, tab-separated columns with the priority repeated on each row, dd/mm/yyyy due dates "
                  "and 'TBC', RAG words including Complete and Not Started, percentage complete, a surname-forename "
                  "officer, totals and key lines.",
        "reads": "A tab-separated export listing eight corporate plan actions, each with its priority, reference, "
                 "responsible officer, due date, RAG and latest update. The priority column is the heading each "
                 "action sits under; the totals and key lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    havering()
    kent()
    essex()
    birmingham()
    wolverhampton()
    monmouthshire()
    blackburn()
    print("built 7 cases")
