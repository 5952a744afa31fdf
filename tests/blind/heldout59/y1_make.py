"""Generator for the y1- blind cases (children's services plans of several kinds).

Run with /work/main/.venv/bin/python y1_make.py from this folder.
Each case's expected reading is written by hand below (EXPECTED dicts) beside the content.
"""
import csv
import datetime as dt
import json
import os

import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "head": "1F4E79", "sect": "DDEBF7",
}


def xfill(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write_expected(fname, meta, actions):
    lines = []
    lines.append("source: >-")
    lines.append("  " + meta["source"])
    lines.append("reads: >-")
    lines.append("  " + meta["reads"])
    lines.append("outcome: " + meta["outcome"])
    lines.append("accept_refusal: " + ("true" if meta.get("accept_refusal") else "false"))
    if meta.get("refuse_at") is not None:
        lines.append("refuse_at: %d" % meta["refuse_at"])
    if meta.get("title") is not None:
        lines.append("title: " + q(meta["title"]))
    if meta["outcome"] == "read":
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + (q(a["ref"]) if a["ref"] is not None else "null"))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + (q(a["end"]) if a["end"] else "null"))
            if a.get("end_text"):
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


# =============================================================== 1 Alder Hey CQC
def alder_hey():
    fname = "y1-alder-hey-cqc-must-should-do-action-plan.xlsx"
    title = ("Alder Hey Children's NHS Foundation Trust - CQC Inspection Action Plan "
             "(Must Do / Should Do)")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection of core services (Critical Care, Outpatients, Community Paediatrics) "
                "February 2018; report published June 2018. Plan monitored monthly by the "
                "Clinical Quality Assurance Committee. Position at 30 November 2018.")
    hdr = ["Ref", "CQC finding", "Action", "Lead", "Target date", "Revised date",
           "Progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("head")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
    D = dt.datetime
    f1 = ("The trust must ensure that staff working with children complete safeguarding "
          "training appropriate to their role.")
    f2 = ("The trust must ensure there is a member of staff trained in advanced paediatric "
          "life support available in every department at all times.")
    f3 = ("The trust must ensure that medicines in Outpatients are stored securely and "
          "fridge temperatures are recorded daily.")
    f4 = ("The trust should ensure that consent for children seen in community paediatrics "
          "is recorded consistently.")
    f5 = ("The trust should review the Outpatients waiting area so that adolescents have an "
          "age-appropriate space.")
    f6 = ("The trust should ensure that advance care plans are completed for all children "
          "receiving palliative care.")
    MUST = "MUST DO ACTIONS"
    SHOULD = "SHOULD DO ACTIONS"
    rows = [
        ("sect", MUST),
        ("MD1", f1, "Refresh the Level 3 safeguarding training trajectory by division and report "
         "compliance monthly to the Safeguarding Assurance Group.",
         "Associate Chief Nurse - Safeguarding", D(2018, 10, 31), D(2018, 12, 31),
         "Compliance 84% at end of October against a 90% target. Additional sessions booked "
         "for November and December.", "Amber", "amber"),
        ("MD2", f1, "Add Level 3 safeguarding compliance to the ward dashboard so ward managers "
         "can see which staff are out of date.", "Head of Nursing (Medicine)",
         D(2018, 9, 30), None, "Dashboard live from 3 September 2018.", "Complete", "blue"),
        ("MD3", f2, "Map APLS/EPLS trained staff against every shift rota in ED, Critical Care and "
         "Theatres and close gaps through additional course places.",
         "Clinical Director, Critical Care / Lead Nurse Resuscitation", D(2018, 11, 30), None,
         "Rota mapping complete for ED and Critical Care; Theatres due mid-November.",
         "On track", "green"),
        ("MD4", f3, "Install wireless fridge temperature monitoring with alarms in all "
         "Outpatient clinic rooms.", "Chief Pharmacist", "Q3 2018/19", None,
         "Order placed; installation scheduled for December.", "Green", "green"),
        ("sect", SHOULD),
        ("SD1", f4, "Audit 30 sets of community paediatric records for documented consent and "
         "share the results at the directorate governance meeting.", "Dr K Mensah",
         D(2019, 1, 31), None, "", "Not started", None),
        ("SD2", f5, "Develop a proposal for a dedicated teenage waiting area in Outpatients with "
         "the Youth Forum.", "General Manager, Outpatients", D(2019, 3, 31), None,
         "Youth Forum workshop held 17 October; estates costing awaited, which may delay the "
         "proposal.", "Amber", "amber"),
        ("SD3", f6, "Roll out the Child and Young Person's Advance Care Plan across the wards, "
         "with training for ward staff.", "Consultant in Paediatric Palliative Care",
         "Ongoing", None, "Training delivered on 6 of 11 wards.", "Green", "green"),
    ]
    r = 5
    for row in rows:
        if row[0] == "sect":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = xfill("sect")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, finding, action, lead, tgt, rev, prog, rag, fill = row
            vals = [ref, finding, action, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BOX
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if fill:
                ws.cell(row=r, column=8).fill = xfill(fill)
        r += 1
    # merge the repeated MD1/MD2 finding
    ws.merge_cells("B6:B7")
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue = Complete; Green = On track; Amber = at risk "
            "of slipping; Red = off track / not achievable; No colour = not yet started")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [7, 40, 50, 26, 13, 13, 45, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, fname))

    exp = [
        dict(ref="MD1", under=[MUST, f1], action=rows[1][2], lead=[rows[1][3]], end="2018-12", status="amber"),
        dict(ref="MD2", under=[MUST, f1], action=rows[2][2], lead=[rows[2][3]], end="2018-09", status="blue"),
        dict(ref="MD3", under=[MUST, f2], action=rows[3][2], lead=["Clinical Director, Critical Care", "Lead Nurse Resuscitation"], end="2018-11", status="green"),
        dict(ref="MD4", under=[MUST, f3], action=rows[4][2], lead=["Chief Pharmacist"], end="2018-12", end_text="Q3 2018/19", status="green"),
        dict(ref="SD1", under=[SHOULD, f4], action=rows[6][2], lead=["Dr K Mensah"], end="2019-01", status="unrated"),
        dict(ref="SD2", under=[SHOULD, f5], action=rows[7][2], lead=["General Manager, Outpatients"], end="2019-03", status="amber"),
        dict(ref="SD3", under=[SHOULD, f6], action=rows[8][2], lead=["Consultant in Paediatric Palliative Care"], end=None, end_text="Ongoing", status="green"),
    ]
    write_expected(fname, dict(
        source=("Imitates an NHS children's hospital trust's CQC must-do/should-do action plan "
                "(Alder Hey Children's NHS FT, CQC core-service inspection February 2018, report "
                "June 2018; press coverage at https://www.cqc.org.uk/news/releases/cqc-reports-mixed-findings-some-services-alder-hey-children%E2%80%99s-nhs-foundation-trust). "
                "Copied layout: title and status line above the grid, merged MUST DO / SHOULD DO "
                "band rows, CQC finding merged down over its actions, MD/SD refs, Excel dd/mm/yyyy "
                "target and revised dates, RAG word with matching fill, RAG key under the table."),
        reads=("A one-sheet trust action plan: seven actions under Must Do and Should Do bands, "
               "each answering a CQC finding, with a lead post, target and (for MD1) revised date, "
               "progress and RAG word. The key below the table defines blue as complete."),
        outcome="read", title=title), exp)


# ====================================================== 2 Oasis Academy Lord's Hill
def oasis():
    fname = "y1-oasis-academy-lords-hill-post-ofsted-action-plan.docx"
    title = "Oasis Academy Lord's Hill - Post-Ofsted Action Plan 2023-24"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph(
        "Following the academy's Ofsted inspection in June 2023, this plan sets out how we will "
        "address the areas identified under 'What does the school need to do to improve?'. It "
        "is reviewed by the Academy Council each half term and by the Oasis Regional Director.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "15/01/2024"),
                                ("Author", "S. Jarvis, Principal"),
                                ("Approved by", "Academy Council, 22/01/2024")]):
        set_cell(dc.cell(i, 0), k, bold=True)
        set_cell(dc.cell(i, 1), v)
    doc.add_paragraph("")
    hdr = ["Action", "Lead", "Timescale", "Success criteria", "RAG"]
    P1 = "Priority 1: Curriculum"
    P2 = "Priority 2: Early reading"
    P3 = "Priority 3: Attendance"
    o1 = ("Leaders should ensure that the curriculum in foundation subjects identifies the "
          "precise knowledge pupils should learn and the order in which they should learn it.")
    o2 = ("Leaders should ensure that pupils who fall behind in phonics receive effective "
          "support to catch up quickly.")
    o3 = ("Leaders should continue to work with families to reduce persistent absence, "
          "particularly for disadvantaged pupils.")
    pri = [
        (P1, o1, [
            ("Subject leaders to rewrite long-term plans for history, geography and science, "
             "setting out the key knowledge for each unit.", "Vice Principal (Curriculum)",
             "Autumn term 2023", "Plans in place for all three subjects; deep dives show pupils "
             "recall key knowledge.", "green"),
            ("Deliver CPD on retrieval practice in staff meetings, followed up with learning walks.",
             "SJ / KT", "Sept 2023 – Feb 2024", "Retrieval starters seen in 90% of lessons on "
             "learning walks.", "blue"),
            ("Academy Council curriculum link to review subject deep dives each half term.",
             "Chair of Academy Council", "Half-termly", "Minutes show challenge on curriculum "
             "sequencing.", "green"),
        ]),
        (P2, o2, [
            ("Train all KS1 and Year 3 staff in the academy's validated phonics programme "
             "(Read Write Inc).", "English Lead", "Autumn term 2023",
             "All staff trained; observed sessions are consistent.", "blue"),
            ("Introduce daily keep-up sessions for the lowest 20% of readers and track progress "
             "every six weeks.", "Reading Lead / SENCo", "Spring term 2024",
             "Gap between keep-up pupils and peers narrows each assessment point.", "amber"),
            ("Purchase decodable reading books matched to the programme for home reading.",
             "Business Manager", "Oct 2023", "Every pupil in EYFS and KS1 takes home a "
             "matched book.", "blue"),
        ]),
        (P3, o3, [
            ("Attendance Officer to hold weekly attendance panels and send letters when "
             "attendance falls below 90%.", "Attendance Officer", "Weekly",
             "Persistent absence below 15% by July 2024.", "green"),
            ("Develop a targeted family support offer with the Oasis Hub for persistently absent "
             "disadvantaged pupils.", "Designated Safeguarding Lead", "Summer term 2024",
             "Attendance of disadvantaged pupils improves by 3 percentage points.", "red"),
        ]),
    ]
    for head, ofs, acts in pri:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        r = p.add_run("Ofsted: ")
        r.bold = True
        r2 = p.add_run(ofs)
        r2.italic = True
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a[:4]):
                set_cell(cells[i], v)
            shade(cells[4], FILL[a[4]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – some slippage; "
                      "Red – significant concern / not on track.")
    doc.save(os.path.join(HERE, fname))

    ends = {"Autumn term 2023": ("2023-12", None), "Sept 2023 – Feb 2024": ("2024-02", "Sept 2023 – Feb 2024"),
            "Half-termly": (None, "Half-termly"), "Spring term 2024": ("2024-03", "Spring term 2024"),
            "Oct 2023": ("2023-10", None), "Weekly": (None, "Weekly"),
            "Summer term 2024": ("2024-07", "Summer term 2024")}
    leads = {"SJ / KT": ["SJ", "KT"], "Reading Lead / SENCo": ["Reading Lead", "SENCo"]}
    exp = []
    for head, ofs, acts in pri:
        for a in acts:
            e, et = ends[a[2]]
            if a[2] == "Autumn term 2023":
                et = "Autumn term 2023"
            d = dict(ref=None, under=[head, ofs], action=a[0], lead=leads.get(a[1], [a[1]]),
                     end=e, status=a[4])
            if et:
                d["end_text"] = et
            exp.append(d)
    write_expected(fname, dict(
        source=("Imitates a multi-academy trust school's post-Ofsted action plan (Oasis Community "
                "Learning academy, Oasis Academy Lord's Hill, Southampton, 2023-24 style; no URL "
                "found). Copied layout: title, intro paragraph, document-control table, one "
                "heading per priority with the Ofsted 'what does the school need to do to improve' "
                "point in italics, then a small table per priority (Action, Lead, Timescale, "
                "Success criteria, RAG) with RAG shown only by cell colour, school-term timescales, "
                "key paragraph at the end."),
        reads=("A school's post-inspection plan with three priorities, each quoting Ofsted's "
               "improvement point and listing two or three unnumbered actions with a lead, a "
               "timescale mostly in school terms and a colour-only RAG cell. The document-control "
               "table is not part of the plan."),
        outcome="read", title=title), exp)


# ============================================ 3 Aberlour children's house, txt
def aberlour():
    fname = "y1-aberlour-fernbank-childrens-house-care-inspectorate-improvement-plan.txt"
    title = "Aberlour Child Care Trust - Fernbank Children's House"
    REQ = "REQUIREMENTS"
    AFI = "AREAS FOR IMPROVEMENT"
    r1 = ("Requirement 1 - By 30 June 2024, the provider must ensure that each young person's "
          "personal plan is reviewed at least every six months and reflects their current "
          "needs, risks and wishes.")
    r2 = ("Requirement 2 - By 31 May 2024, the provider must ensure that all staff complete "
          "training in the safe administration of medication.")
    a1 = ("Area for improvement 1 - To support young people's wellbeing, the provider should "
          "improve the quality of the physical environment, including the kitchen and bathrooms.")
    a2 = ("Area for improvement 2 - The provider should ensure that young people are supported "
          "to keep in touch with family and people important to them, in line with their plans.")
    T = "\t"
    hdr = T.join(["Ref", "Action", "Responsible", "Timescale", "Progress", "Status"])
    acts = [
        (REQ, r1, "1.1", "Audit all personal plans and set review dates in the house diary.",
         "Registered Manager", "30/04/2024",
         "All six plans audited. Two were out of date and have now been reviewed.", "Complete"),
        (REQ, r1, "1.2", "Key workers to complete plans with young people using the 'My Plan' "
         "format, recording their views in their own words.", "Key workers / Depute Manager",
         "31/05/2024", "Five of six plans completed with the young person; one young person "
         "declined and this is recorded.", "Complete"),
        (REQ, r1, "1.3", "Service Manager to sample two plans each month as part of the quality "
         "assurance visit.", "Service Manager", "Monthly",
         "Sampling in place since May; findings fed back at team meeting.", "On track"),
        (REQ, r2, "2.1", "Book all staff onto SSSC-approved medication training.",
         "Depute Manager", "May 2024", "All 12 staff trained by 24 May.", "Complete"),
        (REQ, r2, "2.2", "Complete a competency observation for each staff member after training.",
         "Registered Manager", "By 31 July 2024", "9 of 12 staff observed. Remaining three are on "
         "leave and will be observed on their return.", "Amber"),
        (AFI, a1, "AFI 1.1", "Submit capital bid for kitchen refurbishment.",
         "Head of Property", "Aug-24", "Bid submitted to capital group; decision due in "
         "September.", "Green"),
        (AFI, a1, "AFI 1.2", "Involve young people in choosing colours and furnishings for the "
         "bathrooms.", "Key workers", "TBC", "Will follow once the capital bid is agreed.",
         "Not started"),
        (AFI, a2, "AFI 2.1", "Review family time arrangements at each young person's plan "
         "review and record the outcome.", "Social Worker / Key worker", "Ongoing",
         "Included in review template from June.", "Green"),
    ]
    lines = [title,
             "Care Inspectorate inspection (unannounced), 12-14 March 2024 - Improvement Plan",
             "Updated: 5 September 2024",
             "",
             hdr]
    cur_sec = cur_h = None
    for sec, h, ref, act, resp, ts, prog, st in acts:
        if sec != cur_sec:
            lines.append(sec)
            cur_sec = sec
        if h != cur_h:
            lines.append(h)
            cur_h = h
        lines.append(T.join([ref, act, resp, ts, prog, st]))
    lines += ["", "Status: Complete / On track (Green) / Amber - some delay / Red - not on track / "
              "Not started", "Plan owner: Registered Manager, Fernbank"]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")

    endmap = {"30/04/2024": ("2024-04", None), "31/05/2024": ("2024-05", None),
              "Monthly": (None, "Monthly"), "May 2024": ("2024-05", None),
              "By 31 July 2024": ("2024-07", "By 31 July 2024"), "Aug-24": ("2024-08", None),
              "TBC": (None, "TBC"), "Ongoing": (None, "Ongoing")}
    stmap = {"Complete": "blue", "On track": "green", "Amber": "amber", "Green": "green",
             "Not started": "unrated"}
    leadmap = {"Key workers / Depute Manager": ["Key workers", "Depute Manager"],
               "Social Worker / Key worker": ["Social Worker", "Key worker"]}
    exp = []
    for sec, h, ref, act, resp, ts, prog, st in acts:
        e, et = endmap[ts]
        d = dict(ref=ref, under=[sec, h], action=act, lead=leadmap.get(resp, [resp]), end=e,
                 status=stmap[st])
        if et:
            d["end_text"] = et
        exp.append(d)
    write_expected(fname, dict(
        source=("Imitates a Scottish care-home-for-children improvement plan written after a "
                "Care Inspectorate inspection (third-sector provider, Aberlour Child Care Trust "
                "children's house, 2024; no URL found), saved from Word as tab-separated text. "
                "Copied layout: title lines and update date, column header line, REQUIREMENTS and "
                "AREAS FOR IMPROVEMENT section lines, each requirement / area for improvement "
                "written out in full on its own line above its actions, numbered refs, "
                "day-first dates and words in Timescale, status words, a status legend and plan "
                "owner under the table."),
        reads=("A children's house improvement plan with two requirements and two areas for "
               "improvement, each followed by its numbered actions with a responsible person or "
               "post, a timescale, progress and a status word."),
        outcome="read", title=title), exp)


# ================================================= 4 Coram adoption xlsx (refuse)
def coram():
    fname = "y1-coram-adoption-ofsted-inspection-action-plan.xlsx"
    title = "Coram Ambitious for Adoption - Ofsted Inspection Action Plan"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Voluntary adoption agency inspection 3-7 June 2024. Overall effectiveness: Good. "
                "Progress at October 2024.")
    hdr = ["No.", "Ofsted recommendation", "Action", "By whom", "By when",
           "Progress update (Oct 2024)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
        c.border = BOX
    rec1 = ("The registered person should ensure that adopters' assessments are completed "
            "within the timescales set out in statutory guidance.")
    rec2 = ("The registered person should ensure that adoption support plans are reviewed "
            "when children's needs change.")
    rec3 = ("The registered person should ensure that the panel minutes clearly record the "
            "reasons for the panel's recommendation.")
    data = [
        # row 5
        ("1.1", rec1, "Weekly tracking of stage 1 and stage 2 timescales at the assessment team "
         "meeting.", "Team Manager (Assessment)", "Sept 2024", "Tracker in use from 2 September.",
         "Complete"),
        ("1.2", rec1, "Recruit two additional sessional assessing social workers.",
         "Head of Service", "Dec 2024", "One appointed; second post re-advertised.", "Amber"),
        ("2.1", rec2, "Add a trigger in the case recording system so that a change in a child's "
         "needs prompts a review of the support plan.", "Adoption Support Manager", "Jan 2025",
         "Specification agreed with the system supplier.", "Green"),
        ("2.2", rec2, "Audit 15 adoption support plans against the revised practice standard.",
         "Practice Lead", "Novmeber 2024", "Audit tool drafted.", "Green"),
        ("3.1", rec3, "Panel chair and panel adviser to agree a minute template with a reasons "
         "section.", "Panel Adviser", "Oct 2024", "Template agreed and used at October panel.",
         "Complete"),
        ("3.2", rec3, "Quality assure minutes of every panel for three months.",
         "Agency Decision Maker", "Jan 2025", "", "Not started"),
    ]
    r = 5
    for row in data:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        rag = row[6]
        ws.cell(row=r, column=7).fill = xfill({"Complete": "blue", "Amber": "amber",
                                               "Green": "green", "Not started": "grey"}[rag])
        r += 1
    ws.merge_cells("B5:B6")
    ws.merge_cells("B7:B8")
    ws.merge_cells("B9:B10")
    ws.cell(row=12, column=1, value="Blue = complete, Green = on track, Amber = at risk, "
            "Red = off track, Grey = not started")
    for col, w in zip("ABCDEFG", [6, 40, 48, 24, 14, 36, 12]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))
    write_expected(fname, dict(
        source=("Imitates a voluntary adoption agency's action plan after its Ofsted SCCIF "
                "inspection (Coram Ambitious for Adoption, 2024; no URL found). Copied layout: "
                "title and inspection line, grey header row, Ofsted recommendation merged down "
                "over its numbered actions, 'By whom' / 'By when' columns written as month "
                "text, RAG word with fill, colour key under the table."),
        reads=("An adoption agency plan answering three Ofsted recommendations with two actions "
               "each. Action 2.2's 'By when' reads 'Novmeber 2024', a mistyped month a careful "
               "reader would query before recording the deadline (sheet row 8)."),
        outcome="refuse", refuse_at=8, title=title), [])


# ====================================== 5 Aycliffe Secure Centre docx
def aycliffe():
    fname = "y1-aycliffe-secure-centre-ofsted-action-plan.docx"
    title = "Aycliffe Secure Centre - Action Plan following Ofsted Inspection"
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Secure children's home full inspection: 8-10 October 2024. "
                      "Registered Manager: L. Carr. Plan updated 14 February 2025.")
    REQS = "Requirements"
    RECS = "Recommendations"
    q1 = ("The registered person must ensure that all staff receive an annual appraisal of "
          "their performance. (Regulation 33 (4)(b))")
    q2 = ("The registered person must ensure that a record of each use of restraint is made "
          "within 24 hours and includes the child's views. (Regulation 35 (3)(a))")
    q3 = ("The registered person should ensure that education and care staff share information "
          "about children's learning at handovers. ('Guide to the children's homes regulations "
          "including the quality standards', page 28, paragraph 5.9)")
    q4 = ("The registered person should ensure that the children's guide is available in a "
          "format that children with communication needs can understand.")
    groups = [
        (REQS, [
            ("1", q1, [
                ("1a", "Produce an appraisal schedule for all residential staff and allocate to "
                 "team managers.", "Deputy Manager", "31/01/2025",
                 "Schedule produced and shared at managers' meeting on 10 January.", "B"),
                ("1b", "Team managers to complete outstanding appraisals and record them on iTrent.",
                 "Team Managers", "28/02/2025\nRevised: 31/03/2025",
                 "41 of 58 completed. Sickness in two teams has delayed the rest.", "A"),
            ]),
            ("2", q2, [
                ("2a", "Duty manager to check physical intervention records daily and escalate "
                 "any that are late.", "Duty Managers", "Immediate and ongoing",
                 "Daily checks recorded in the duty log since 14 October.", "G"),
                ("2b", "Add a 'child's view' section to the restraint recording form and brief "
                 "all staff.", "Registered Manager", "Dec 2024",
                 "New form in use from 2 December.", "B"),
            ]),
        ]),
        (RECS, [
            ("3", q3, [
                ("3a", "Head of Education to attend the daily morning handover.",
                 "Head of Education", "Jan 2025", "Attending since 6 January.", "G"),
                ("3b", "Introduce a joint education and care section in the weekly child review "
                 "record.", "Head of Education / Registered Manager", "March 2025",
                 "Draft section trialled on one unit.", "A"),
            ]),
            ("4", q4, [
                ("4a", "Produce an easy-read and pictorial version of the children's guide with "
                 "the speech and language therapist.", "SaLT / Participation Worker",
                 "30/04/2025", "Not started because of the SaLT vacancy; recruitment under way.",
                 "R"),
            ]),
        ]),
    ]
    hdr = ["No.", "Requirement / recommendation", "Action to be taken", "Responsible person",
           "Date for completion", "Update", "RAG"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    exp = []
    endmap = {"31/01/2025": ("2025-01", None), "28/02/2025\nRevised: 31/03/2025": ("2025-03", None),
              "Immediate and ongoing": (None, "Immediate and ongoing"), "Dec 2024": ("2024-12", None),
              "Jan 2025": ("2025-01", None), "March 2025": ("2025-03", None),
              "30/04/2025": ("2025-04", None)}
    stmap = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    leadmap = {"Head of Education / Registered Manager": ["Head of Education", "Registered Manager"],
               "SaLT / Participation Worker": ["SaLT", "Participation Worker"]}
    for sec, items in groups:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6])
        set_cell(m, sec, bold=True, size=10)
        shade(m, "DEEAF6")
        for num, text, acts in items:
            first = None
            for ref, act, resp, date, upd, rag in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                if first is None:
                    set_cell(cells[1], text)
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
                set_cell(cells[2], act)
                set_cell(cells[3], resp)
                set_cell(cells[4], date)
                set_cell(cells[5], upd)
                set_cell(cells[6], rag, bold=True)
                shade(cells[6], FILL[stmap[rag]])
                e, et = endmap[date]
                d = dict(ref=ref, under=[sec, text], action=act, lead=leadmap.get(resp, [resp]),
                         end=e, status=stmap[rag])
                if et:
                    d["end_text"] = et
                exp.append(d)
    doc.add_paragraph("")
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (a, b) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "Some delay - action being taken"), ("R", "Not on track")]):
        set_cell(k.cell(i, 0), a, bold=True)
        shade(k.cell(i, 0), FILL[stmap[a]])
        set_cell(k.cell(i, 1), b)
    doc.save(os.path.join(HERE, fname))
    write_expected(fname, dict(
        source=("Imitates a local-authority secure children's home action plan after an Ofsted "
                "SCCIF full inspection (Aycliffe Secure Centre, Durham County Council, 2024-25; "
                "requirement/recommendation wording modelled on Ofsted SCCIF guidance "
                "https://www.gov.uk/guidance/social-care-common-inspection-framework-sccif-secure-children-s-homes/14-making-requirements-and-recommendations). "
                "Copied layout: bold title paragraph and inspection line, one Word table with "
                "full-width Requirements / Recommendations band rows, the requirement text "
                "(with its regulation) merged down over its lettered actions, an original and "
                "revised date in one cell, RAG letters with matching shading, RAG key table after."),
        reads=("A secure children's home plan answering two Ofsted requirements and two "
               "recommendations with seven lettered actions, each with a responsible person or "
               "post, a completion date, an update and a B/G/A/R letter. The small table after "
               "it is the RAG key."),
        outcome="read", title=title), exp)


# ==================================================== 6 Barnardo's fostering csv
def barnardos():
    fname = "y1-barnardos-fostering-ofsted-recommendations-tracker.csv"
    r1 = ("Ensure that supervising social workers' records of supervision with foster carers "
          "show how carers' learning and development needs are being met. (Standard 21.8)")
    r3 = ("Ensure that the fostering panel receives complete and up-to-date information, "
          "including health and safety checks, before it makes a recommendation. (Standard 14.3)")
    r5 = ("Improve the timeliness of annual foster carer reviews so that all reviews are "
          "completed within 12 months. (Standard 13.8)")
    r7 = ("Ensure that children's views about their placement are sought and recorded "
          "independently of their foster carers. (Standard 1.7)")
    hdr = ["ID", "Recommendation", "Action", "Owner", "Due Date", "Status", "Progress Notes",
           "Modified"]
    rows = [
        ("1", r1, "Revise the supervision template to include a learning and development section "
         "reviewed at each visit.", "Okafor, Grace", "30/09/2024", "Completed",
         "New template live from 2 September; all SSWs briefed at team meeting.",
         "14/10/2024 10:12"),
        ("2", r1, "Practice manager to audit 10% of supervision records each quarter and feed "
         "back themes to the team.", "Hughes, Daniel", "31/12/2024", "Green",
         "First audit completed in October: 18 of 20 records met the standard.",
         "04/11/2024 16:40"),
        ("3", r3, "Introduce a pre-panel quality checklist signed off by the team manager.",
         "Patel, Anita", "31/10/2024", "Completed", "Checklist used for October and November "
         "panels.", "20/11/2024 09:05"),
        ("4", r3, "Panel adviser to return incomplete reports to the assessing worker at least 10 "
         "working days before panel.", "Patel, Anita", "Ongoing", "Green",
         "Two reports returned in November; both resubmitted in time.", "20/11/2024 09:07"),
        ("5", r5, "Build a review tracker with automated 10-month reminders in the case "
         "management system.", "Morgan, Rhys", "28/02/2025", "Amber",
         "Tracker built; system reminder awaiting IT change request CR-1182.",
         "02/12/2024 11:31"),
        ("6", r5, "Clear the backlog of seven overdue annual reviews.", "Hughes, Daniel",
         "31/01/2025", "Red", "4 of 7 completed. Remaining three delayed by carer availability "
         "over Christmas.", "06/01/2025 14:22"),
        ("7", r7, "Introduce an annual 'Your Say' survey for fostered children, with an easy-read "
         "version.", "Begum, Shazia", "31/03/2025", "Not Started", "", "06/01/2025 14:25"),
    ]
    with open(os.path.join(HERE, fname), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)
    stmap = {"Completed": "blue", "Green": "green", "Amber": "amber", "Red": "red",
             "Not Started": "unrated"}
    exp = []
    for row in rows:
        due = row[4]
        if due == "Ongoing":
            e, et = None, "Ongoing"
        else:
            dd, mm, yy = due.split("/")
            e, et = "%s-%s" % (yy, mm), None
        d = dict(ref=row[0], under=[row[1]], action=row[2], lead=[row[3]], end=e,
                 status=stmap[row[5]])
        if et:
            d["end_text"] = et
        exp.append(d)
    write_expected(fname, dict(
        source=("Imitates an independent fostering agency's Ofsted recommendations tracker kept "
                "as a SharePoint list and exported to CSV (Barnardo's fostering service, 2024-25; "
                "no URL found). Copied layout: list export with ID column, recommendation "
                "repeated on every item with its National Minimum Standard in brackets, Owner as "
                "'Surname, Forename' from the people picker, day-first due dates, Status choice "
                "column, Modified timestamp; no title line."),
        reads=("Seven tracker items answering four Ofsted recommendations to a fostering agency, "
               "each owned by one named person (surname first), with a due date or 'Ongoing', a "
               "status and progress notes."),
        outcome="read"), exp)


# ========================================== 7 Kibble Care Inspectorate xlsx
def kibble():
    fname = "y1-kibble-care-inspectorate-improvement-plan.xlsx"
    title = "Kibble - Improvement Plan following Care Inspectorate Inspection (January 2025)"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Service: Kibble Safe Centre (secure care) | Plan owner: Director of Care | "
                "Last updated: 30/06/2025")
    hdr = ["Ref", "Area for improvement", "Improvement action", "Lead", "Start date",
           "Completion date", "Previous RAG", "Current RAG", "Comments / evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("head")
        c.alignment = Alignment(wrap_text=True)
    KQ1 = ("Key question 1: How well do we support children and young people's rights and "
           "wellbeing?")
    KQ2 = "Key question 2: How good is our leadership?"
    KQ3 = "Key question 3: How good is our staff team?"
    x1 = ("To keep young people safe, the provider should ensure that every restraint is "
          "reviewed by a senior manager within 72 hours.")
    x2 = ("The provider should ensure that young people's views are used to shape the "
          "development of the service.")
    x3 = ("The provider should ensure that quality assurance leads to clear actions that are "
          "followed through.")
    x4 = ("The provider should ensure that all staff receive regular supervision in line with "
          "the organisation's policy.")
    D = dt.datetime
    items = [
        ("kq", KQ1),
        ("1.1", x1, "On-call senior manager to review each restraint within 72 hours and record "
         "the learning on the incident system.", "Head of Care", D(2025, 2, 1), D(2025, 3, 31),
         "A", "G", "98% reviewed within 72 hours in May and June."),
        ("1.2", x1, "Monthly restraint review meeting to look at patterns for individual young "
         "people.", "Head of Care / Clinical Lead", D(2025, 2, 1), D(2025, 4, 30), "A", "B",
         "Meeting established; terms of reference agreed in April."),
        ("1.3", x2, "Set up a young people's participation group meeting monthly, with minutes "
         "shared with the senior leadership team.", "Participation Officer", D(2025, 3, 1),
         D(2025, 6, 30), "G", "G", "Group has met three times; menu and activity changes agreed."),
        ("kq", KQ2),
        ("2.1", x3, "Revise the QA framework so each audit produces an action log with named "
         "owners and dates.", "Quality Assurance Manager", D(2025, 2, 1), D(2025, 5, 31), "A",
         "A", "Framework drafted; sign-off moved to the July SLT meeting."),
        ("2.2", x3, "Report completion of QA actions to the Board quarterly.", "Director of Care",
         D(2025, 4, 1), "Quarterly", None, "G", "First report to Board on 12 June."),
        ("kq", KQ3),
        ("3.1", x4, "Supervision tracker introduced for all residential teams and monitored "
         "weekly by unit managers.", "Unit Managers", D(2025, 2, 1), D(2025, 4, 30), "R", "A",
         "Compliance up from 61% to 82%; target 95%."),
        ("3.2", x4, "Refresher training on reflective supervision for all supervisors.",
         "Learning & Development Manager", D(2025, 4, 1), D(2025, 9, 30), None, None,
         "Scheduled for August and September 2025."),
    ]
    ragfill = {"G": "green", "A": "amber", "R": "red", "B": "blue"}
    r = 5
    merge_from = {}
    for it in items:
        if it[0] == "kq":
            ws.cell(row=r, column=1, value=it[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = xfill("sect")
        else:
            ref, afi, act, lead, st, en, prev, cur, com = it
            first = afi not in merge_from
            merge_from.setdefault(afi, []).append(r)
            vals = [ref, afi if first else None, act, lead, st, en, prev, cur, com]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy" if i == 5 else "mmm-yy"
            for col, v in ((7, prev), (8, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = xfill(ragfill[v])
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center",
                                                                     vertical="top")
        r += 1
    for afi, rs in merge_from.items():
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=2, end_row=rs[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = Complete   G = On track   A = Some slippage   "
            "R = Off track   Blank = not yet started")
    for col, w in zip("ABCDEFGHI", [6, 40, 48, 26, 12, 14, 10, 10, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, fname))

    kq_of = {"1": KQ1, "2": KQ2, "3": KQ3}
    leadmap = {"Head of Care / Clinical Lead": ["Head of Care", "Clinical Lead"]}
    stmap = {"G": "green", "A": "amber", "R": "red", "B": "blue", None: "unrated"}
    exp = []
    for it in items:
        if it[0] == "kq":
            continue
        ref, afi, act, lead, st, en, prev, cur, com = it
        d = dict(ref=ref, under=[kq_of[ref[0]], afi], action=act, lead=leadmap.get(lead, [lead]),
                 end=en.strftime("%Y-%m") if isinstance(en, dt.datetime) else None,
                 status=stmap[cur])
        if not isinstance(en, dt.datetime):
            d["end_text"] = en
        exp.append(d)
    write_expected(fname, dict(
        source=("Imitates a Scottish secure care provider's improvement plan after a Care "
                "Inspectorate inspection, organised by the quality framework key questions "
                "(Kibble Education and Care Centre, Paisley, 2025; no URL found). Copied layout: "
                "title and service/owner line, dark header row, merged key-question band rows, "
                "area for improvement merged down over its actions, start and completion dates "
                "as Excel dates (completion shown mmm-yy), Previous RAG and Current RAG letter "
                "columns with fills, RAG legend line under the grid."),
        reads=("Seven numbered actions grouped under three Care Inspectorate key questions, each "
               "answering an area for improvement, with a lead, start and completion date and "
               "previous and current RAG letters; the current RAG is the status."),
        outcome="read", title=title), exp)


if __name__ == "__main__":
    alder_hey()
    oasis()
    aberlour()
    coram()
    aycliffe()
    barnardos()
    kibble()
    print("done")
