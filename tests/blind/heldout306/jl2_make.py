# Builds the seven jl2- cases of heldout306 (data files and their .expected.yaml).
# Run with: /work/main/.venv/bin/python jl2_make.py
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))

HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}


def write_yaml(fname, exp):
    with open(os.path.join(OUT, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(exp, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, row, col, value, bold=False, bg=None, border=True, fmt=None, size=None, color=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    if bold or size or color:
        c.font = Font(bold=bold, size=size or 11, color=color)
    if bg:
        c.fill = fill(bg)
    if border:
        c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    paras = cell.paragraphs
    for p in paras[1:]:
        p._element.getparent().remove(p._element)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)
    return s


# =============================================================== 1. YAS (txt)
def build_yas():
    fname = "jl2-yorkshire-ambulance-service-nhs-trust-board-public-action-log.txt"
    title = "Yorkshire Ambulance Service NHS Trust – Board of Directors Meeting held in Public: Action Log"
    rows = [
        # no, meeting, minute, action, lead, due, update, rag, (lead list, end, end_text)
        ("2025/18", "27/03/2025", "25/03.9",
         "Provide a breakdown of Category 2 mean response times by place (sub-ICB area) in the Integrated Performance Report, including a rural/urban comparison.",
         "CO", "26/06/2025 – revised to 27/11/2025",
         "Place-level data now available; rural/urban split needs new postcode mapping from the BI team. Revised date agreed by the Chair.",
         "A", ["CO"], "2025-11", None),
        ("2025/22", "29/05/2025", "25/05.6",
         "Share the learning from the patient story with the PSIRF oversight group and report back on the resulting changes to the falls response.",
         "Executive Director of Quality and Chief Paramedic", "Sep-25",
         "Presented to PSIRF oversight group 14/08/2025; falls response SOP amended. Propose closure.",
         "B", ["Executive Director of Quality and Chief Paramedic"], "2025-09", None),
        ("2025/25", "29/05/2025", "25/05.11",
         "Benchmark YAS Freedom to Speak Up case volumes against the other Northern Ambulance Alliance trusts and include this in the next six-monthly FTSU report.",
         "Director of People / FTSU Guardian", "Nov-25",
         "Benchmarking request sent to NEAS and NWAS. On track for November Board.",
         "G", ["Director of People", "FTSU Guardian"], "2025-11", None),
        ("2025/27", "31/07/2025", "25/07.5",
         "Review the risk appetite statement for strategic risk 3 (hospital handover delays) in light of the national 45-minute handover standard.",
         "Trust Secretary", "30/10/2025",
         "Scheduled for the October Board Development Session.",
         "G", ["Trust Secretary"], "2025-10", None),
        ("2025/28", "31/07/2025", "25/07.8",
         "Provide an update on the fleet replacement capital programme, including the delivery timetable for the 2025/26 double-crewed ambulance order.",
         "KS", "25/09/2025",
         "Included in the Finance Report to the September Board (item 11). Propose closure.",
         "B", ["KS"], "2025-09", None),
        ("2025/30", "31/07/2025", "25/07.12",
         "Confirm the date by which IPC audit compliance at South Yorkshire stations will return to the 95% standard.",
         "CC/DM", "25/09/2025",
         "Not received in time for the September meeting; to come to the November Board.",
         "R", ["CC", "DM"], "2025-09", None),
        ("2025/33", "25/09/2025", "25/09.7",
         "Bring a paper setting out options for improving NHS 111 call answering over the winter period, including the use of clinical validation capacity.",
         "NM", "Nov 2025", "New action.",
         "G", ["NM"], "2025-11", None),
        ("2025/34", "25/09/2025", "25/09.9",
         "Circulate the Green Plan carbon reduction trajectory to Board members outside the meeting.",
         "Director of Strategy, Planning and Performance", "Oct-25", "New action.",
         "G", ["Director of Strategy, Planning and Performance"], "2025-10", None),
        ("2025/35", "25/09/2025", "25/09.10",
         "Arrange a Board development session on the WRES and WDES findings, with the staff networks invited to present.",
         "Trust Secretary; Director of People", "Q4 2025/26", "New action.",
         "G", ["Trust Secretary", "Director of People"], "2026-03", None),
        ("2025/36", "25/09/2025", "25/09.12",
         "Report winter resilience and hospital handover performance through the Chief Executive’s report to each Board meeting until the end of March 2026.",
         "PR", "Monthly", "New action. First update due November 2025.",
         "G", ["PR"], None, "Monthly"),
    ]
    lines = [
        title,
        "Updated following the meeting held on 25 September 2025",
        "",
        "RAG key:\tB = Action complete – proposed for closure\tG = On track – not yet due\tA = Due date at risk or revised\tR = Overdue",
        "",
        "\t".join(["Action No", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "Update", "RAG"]),
    ]
    actions = []
    for r in rows:
        lines.append("\t".join(r[:8]))
        actions.append(act(r[0], [], r[3], r[8], r[9], STATUS[r[7]], r[10]))
    lines += [
        "",
        "Note: actions closed at the previous meeting have been removed from this log and are recorded in the minutes of that meeting.",
    ]
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    exp = {
        "source": ("Imitates the 'Board of Directors meeting held in public' action log that Yorkshire Ambulance Service NHS Trust "
                   "publishes in its board papers (yas.nhs.uk publication scheme; Trust Board Meeting held in Public, Springhill, Wakefield). "
                   "Copied features: one-line title and 'updated following the meeting' line, a B/G/A/R key line, Action No / meeting date / "
                   "minute ref columns, leads as executive initials or job titles, a revised date written into the due-date cell, "
                   "'Monthly' and 'Q4 2025/26' due dates, and a closing note line. Saved as a tab-separated text export."),
        "reads": ("A trust board's running action log: ten open actions from meetings between March and September 2025, each with "
                  "its action number, lead (initials or post), due date, update and a RAG letter defined by the key at the top. "
                  "There are no themes; the meeting date and minute reference are context, not headings."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, exp


# ======================================================= 2. Cheshire East DHR (docx)
def build_cheshire_east():
    fname = "jl2-safer-cheshire-east-partnership-dhr-leanne-action-plan.docx"
    title = "Domestic Homicide Review ‘Leanne’ – Action Plan"
    secA = "Section A: Overview Report recommendations"
    secB = "Section B: Single agency recommendations"
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "Safer Cheshire East Partnership  |  OFFICIAL – SENSITIVE (until publication)"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Safer Cheshire East Partnership  •  CE DHR 2022/02  •  Progress update for the Partnership Board, October 2025")
    doc.add_paragraph(
        "This action plan accompanies the Overview Report into the death of ‘Leanne’, aged 71. Actions are monitored by the "
        "DHR Standing Panel, which reports progress to each meeting of the Safer Cheshire East Partnership.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Change", "Author"]):
        set_cell(dc.rows[0].cells[i], h, bold=True)
    for v in [("0.3", "12/06/2024", "Draft for review panel", "Independent Chair"),
              ("1.0", "04/09/2024", "Submitted to Home Office Quality Assurance Panel", "Community Safety Team"),
              ("1.2", "14/10/2025", "Progress update following Standing Panel", "Community Safety Team")]:
        cells = dc.add_row().cells
        for i, t in enumerate(v):
            set_cell(cells[i], t)

    doc.add_paragraph().add_run("RAG key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, word, meaning in [("G", "Green", "Action completed and evidenced"),
                               ("A", "Amber", "Action in progress and within timescale"),
                               ("R", "Red", "Action not started or past its target date")]:
        cells = key.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], HEX[col])
        set_cell(cells[1], meaning)

    actions = []
    # ---- Section A
    doc.add_heading(secA, level=1)
    hdrA = ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date", "Date of completion and outcome", "RAG"]
    recsA = [
        ("1. Safer Cheshire East Partnership to seek assurance that partner agencies’ domestic abuse training covers the "
         "recognition of coercive and controlling behaviour in older people’s relationships, including where one partner is also a carer.",
         "Local",
         [("1.1", "Audit the domestic abuse training offered by partner agencies against the Cheshire East Domestic Abuse Training Framework, with a focus on older people and carers.",
           "Cheshire East Domestic Abuse Partnership", "Audit tool agreed at DA Partnership Board March 2025; 9 of 11 agencies returned.",
           "31/03/2025", "May 2025 – audit report presented to SCEP; gaps found in two agencies’ training, addressed under 1.2.", "G",
           ["Cheshire East Domestic Abuse Partnership"], "2025-03", None),
          ("1.2", "Commission a bespoke briefing on coercive control in later life for adult social care and carers’ support staff.",
           "Cheshire East Council Adult Social Care / Cheshire East Carers Hub", "Briefing drafted with Age UK Cheshire East; first session booked for 20/11/2025.",
           "September 2025 (revised to December 2025)", "", "A",
           ["Cheshire East Council Adult Social Care", "Cheshire East Carers Hub"], "2025-12", None)]),
        ("2. Cheshire Constabulary and the MARAC Steering Group to review how repeat victims are identified when incidents are recorded at different addresses.",
         "Local / regional",
         [("2.1", "Review the MARAC repeat-victim flagging process and update the MARAC Operating Protocol.",
           "Cheshire Constabulary / MARAC Steering Group", "Task and finish group met three times; draft protocol to Steering Group December 2024.",
           "31/12/2024", "Completed – revised protocol ratified January 2025.", "G",
           ["Cheshire Constabulary", "MARAC Steering Group"], "2024-12", None),
          ("2.2", "Dip-sample 20 MARAC referrals six months after implementation to test that repeat incidents at different addresses are being linked.",
           "MARAC Steering Group", "Dip-sample delayed by change of MARAC coordinator; now scheduled for November 2025.",
           "July 2025", "", "R", ["MARAC Steering Group"], "2025-07", None)]),
        ("3. NHS Cheshire and Merseyside ICB to seek assurance that GP practices in Cheshire East routinely ask about domestic abuse when a patient presents with anxiety, depression or unexplained injuries.",
         "Local",
         [("3.1", "Include routine enquiry for domestic abuse in the Cheshire East GP safeguarding audit for 2025/26.",
           "NHS Cheshire and Merseyside ICB", "Audit questions agreed with the Named GP for Safeguarding; audit opens to practices October 2025.",
           "Q3 2025/26", "", "A", ["NHS Cheshire and Merseyside ICB"], "2025-12", None),
          ("3.2", "Roll out IRIS (Identification and Referral to Improve Safety) training to a further 10 GP practices.",
           "NHS Cheshire and Merseyside ICB", "4 of 10 practices trained; remaining practices booked January–March 2026.",
           "March 2026", "", "A", ["NHS Cheshire and Merseyside ICB"], "2026-03", None)]),
    ]
    nA = sum(len(r[2]) for r in recsA)
    t = doc.add_table(rows=1 + nA, cols=len(hdrA))
    t.style = "Table Grid"
    for i, h in enumerate(hdrA):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    r = 1
    for rec, scope, acts in recsA:
        first, last = r, r + len(acts) - 1
        for a in acts:
            cells = t.rows[r].cells
            set_cell(cells[0], a[0])
            set_cell(cells[3], a[1])
            set_cell(cells[4], a[2])
            set_cell(cells[5], a[3])
            set_cell(cells[6], a[4])
            set_cell(cells[7], a[5])
            set_cell(cells[8], "")
            shade(cells[8], HEX[a[6]])
            actions.append(act(a[0], [secA, rec], a[1], a[7], a[8], "blue" if a[6] == "G" else STATUS[a[6]], a[9]))
            r += 1
        for c, txt in ((1, rec), (2, scope)):
            m = t.cell(first, c).merge(t.cell(last, c)) if last > first else t.cell(first, c)
            set_cell(m, txt)

    # ---- Section B
    doc.add_heading(secB, level=1)
    hdrB = ["No.", "Agency", "Recommendation", "Action", "Lead officer", "Target date", "Outcome / evidence", "RAG"]
    recsB = [
        ("SA1", "Mid Cheshire Hospitals NHS Foundation Trust",
         "Ensure routine enquiry about domestic abuse is recorded in the Emergency Department record for all patients aged 16 and over presenting with an injury.",
         "Add a mandatory domestic abuse routine enquiry field to the ED triage template in the electronic patient record.",
         "Head of Safeguarding, MCHFT", "Jun-25", "Field went live 2 June 2025; compliance 78% in the August audit.", "G",
         ["Head of Safeguarding, MCHFT"], "2025-06", None),
        ("SA2", "Cheshire East Council – Housing Options",
         "Housing Options staff to consider domestic abuse when a household presents as homeless following a relationship breakdown.",
         "Update the homelessness assessment script to include a direct question about domestic abuse and a prompt to complete the DASH risk checklist.",
         "Housing Options Manager", "31 January 2025", "Completed. Script updated 16/01/2025 and staff briefed.", "G",
         ["Housing Options Manager"], "2025-01", None),
        ("SA3", "Change Grow Live (Cheshire East)",
         "Ensure that the partners and family members of service users are offered information about domestic abuse support.",
         "Introduce a ‘significant others’ prompt in case reviews and give staff the local domestic abuse support leaflet to share.",
         "Service Manager, CGL Cheshire East", "Ongoing – reviewed at quarterly supervision",
         "Prompt in place since April 2025; quarterly audit of case reviews continues.", "A",
         ["Service Manager, CGL Cheshire East"], None, "Ongoing – reviewed at quarterly supervision"),
    ]
    t2 = doc.add_table(rows=1, cols=len(hdrB))
    t2.style = "Table Grid"
    for i, h in enumerate(hdrB):
        set_cell(t2.rows[0].cells[i], h, bold=True)
        shade(t2.rows[0].cells[i], "D9D9D9")
    for a in recsB:
        cells = t2.add_row().cells
        for i, txt in enumerate(a[:7]):
            set_cell(cells[i], txt)
        set_cell(cells[7], "")
        shade(cells[7], HEX[a[7]])
        actions.append(act(a[0], [secB, a[2]], a[3], a[8], a[9], "blue" if a[7] == "G" else STATUS[a[7]], a[10]))

    doc.add_paragraph(
        "Actions rated Green will be recommended for closure at the next meeting of the DHR Standing Panel. "
        "Abbreviations: SCEP – Safer Cheshire East Partnership; MARAC – Multi-Agency Risk Assessment Conference; "
        "DASH – Domestic Abuse, Stalking and Harassment risk checklist.")
    doc.save(os.path.join(OUT, fname))
    exp = {
        "source": ("Imitates a Safer Cheshire East Partnership Domestic Homicide Review action plan (DHR pages at "
                   "https://cheshireeast.gov.uk/environment/community_safety/domestic-homicide-review.aspx) using the Home Office DHR "
                   "action plan template columns (recommendation, scope, action to take, lead agency, key milestones, target date, date of "
                   "completion and outcome). Copied features: document-control table, a RAG key in which Green means completed, fill-colour-only "
                   "RAG cells, recommendation cells merged down over their actions, a separate single-agency table, a revised date in the target "
                   "cell, 'Q3 2025/26' and 'Ongoing' targets, and a closing notes paragraph."),
        "reads": ("A DHR action plan with two parts: three overview-report recommendations, each with two numbered actions, and three "
                  "single-agency recommendations with one action each. RAG is shown only by cell colour, and the document's key says green "
                  "means complete, so green cells read as complete (blue)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, exp


# =================================================== 3. Moray APC learning review (docx)
def build_moray():
    fname = "jl2-moray-apc-asp-learning-review-mrs-f-improvement-action-plan.docx"
    title = "Adult Support and Protection Learning Review ‘Mrs F’ – Improvement Action Plan"
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Moray Adult Protection Committee"
    doc.add_heading(title, level=0)
    doc.add_paragraph("Version 2.1 – updated for the Moray Adult Protection Committee meeting of 4 December 2025")
    doc.add_paragraph(
        "The learning review was commissioned by Moray APC in line with the Scottish Government Adult Support and Protection "
        "Learning Review Guidance (2022). The report was accepted by the Chief Officers’ Group in November 2024. This plan sets out "
        "the partnership’s response to its four recommendations.")
    doc.add_paragraph("RAG status: Blue – complete; Green – on track; Amber – some delay, recovery in place; Red – significant delay or not started.")

    recs = [
        ("Recommendation 1: Chronologies",
         "Moray APC should seek assurance that single and multi-agency chronologies are started at the point of an adult support and protection (ASP) inquiry and are shared at case conference.",
         [("1.1", "Issue practice guidance on the Grampian chronology template to all ASP Council Officers and health practitioners.",
           "Lead Officer, Adult Protection", "March 2025", "Guidance issued 12 March 2025 and added to the Moray Protects website.", "Blue",
           ["Lead Officer, Adult Protection"], "2025-03", None),
          ("1.2", "Carry out a multi-agency case file audit of 20 ASP cases to test the quality and timeliness of chronologies.",
           "APC Quality Assurance Sub-group", "September 2025 – revised to January 2026",
           "Audit tool agreed; file reading moved to November 2025 because of the Care First system upgrade.", "Amber",
           ["APC Quality Assurance Sub-group"], "2026-01", None)]),
        ("Recommendation 2: Self-neglect and hoarding",
         "Partners should review how the Grampian self-neglect and hoarding guidance is used where an adult repeatedly declines support.",
         [("2.1", "Review and reissue the Grampian Self-Neglect and Hoarding Practice Guidance jointly with Aberdeen City and Aberdeenshire APCs.",
           "Grampian Policy and Procedures Group", "31/10/2025",
           "Revised draft out to consultation; final version to the Grampian Chief Officers’ Group.", "Green",
           ["Grampian Policy and Procedures Group"], "2025-10", None),
          ("2.2", "Deliver two multi-agency learning events on working with adults who decline support, with Scottish Fire and Rescue Service input on fire risk.",
           "APC Learning and Development Sub-group / Scottish Fire and Rescue Service", "June 2025",
           "Events held 22 May and 5 June 2025 (94 attendees).", "Blue",
           ["APC Learning and Development Sub-group", "Scottish Fire and Rescue Service"], "2025-06", None)]),
        ("Recommendation 3: Capacity and the Adults with Incapacity Act",
         "The HSCP should ensure that capacity is considered and recorded when an adult at risk makes decisions that place them at serious risk of harm.",
         [("3.1", "Update the ASP inquiry and investigation recording templates to prompt consideration of capacity and of the Adults with Incapacity (Scotland) Act 2000.",
           "Service Manager, Access Team (Moray HSCP)", "December 2025",
           "Template changes specified; waiting for a system development slot.", "Amber",
           ["Service Manager, Access Team (Moray HSCP)"], "2025-12", None),
          ("3.2", "Provide refresher training on capacity assessment for GPs and community nursing staff.",
           "NHS Grampian Adult Protection Lead Nurse; Clinical Lead, Moray HSCP", "Q4 2025/26",
           "Two sessions booked for February 2026 through the GP cluster meetings.", "Green",
           ["NHS Grampian Adult Protection Lead Nurse", "Clinical Lead, Moray HSCP"], "2026-03", None)]),
        ("Recommendation 4: Oversight by the APC",
         "Moray APC should receive regular assurance on the implementation of learning review actions.",
         [("4.1", "Add a learning review action tracker as a standing item on the APC agenda.",
           "APC Convener / Lead Officer, Adult Protection", "Quarterly",
           "Standing item since the September 2025 APC meeting.", "Green",
           ["APC Convener", "Lead Officer, Adult Protection"], None, "Quarterly"),
          ("4.2", "Publish a 7-minute briefing on the learning from the review for staff across the partnership.",
           "Lead Officer, Adult Protection", "28 February 2025",
           "Published 24 February 2025 and shared through the HSCP, NHS Grampian and Police Scotland North East Division.", "Blue",
           ["Lead Officer, Adult Protection"], "2025-02", None)]),
    ]
    # summary table
    doc.add_paragraph().add_run("Summary of progress").bold = True
    st = doc.add_table(rows=1, cols=5)
    st.style = "Table Grid"
    for i, h in enumerate(["Recommendation", "Actions", "Complete", "On track", "Delayed"]):
        set_cell(st.rows[0].cells[i], h, bold=True)
    tot = [0, 0, 0, 0]
    for head, _, acts in recs:
        n = len(acts)
        b = sum(1 for a in acts if a[5] == "Blue")
        g = sum(1 for a in acts if a[5] == "Green")
        d = sum(1 for a in acts if a[5] in ("Amber", "Red"))
        tot = [tot[0] + n, tot[1] + b, tot[2] + g, tot[3] + d]
        cells = st.add_row().cells
        for i, v in enumerate([head.split(":")[0], str(n), str(b), str(g), str(d)]):
            set_cell(cells[i], v)
    cells = st.add_row().cells
    for i, v in enumerate(["Total", *map(str, tot)]):
        set_cell(cells[i], v, bold=True)

    colour = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    word2status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    actions = []
    for head, rec_text, acts in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        p.add_run(rec_text).italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (November 2025)", "RAG"]):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "DDEBF7")
        for a in acts:
            cells = t.add_row().cells
            for i, txt in enumerate(a[:6]):
                set_cell(cells[i], txt)
            shade(cells[5], colour[a[5]])
            actions.append(act(a[0], [head, rec_text], a[1], a[6], a[7], word2status[a[5]], a[8]))

    doc.add_paragraph()
    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=0, cols=2)
    so.style = "Table Grid"
    for k, v in [("Approved by Moray APC", "4 December 2025"),
                 ("Noted by Chief Officers’ Group (Moray)", "Due 22 January 2026")]:
        cells = so.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.save(os.path.join(OUT, fname))
    exp = {
        "source": ("Imitates a Moray Adult Protection Committee improvement action plan for an Adult Support and Protection learning review "
                   "(Moray APC pages https://morayprotects.co.uk/about/protecting-adults; Scottish Government ASP learning review guidance "
                   "https://www.gov.scot/publications/adult-support-protection-learning-review-guidance/). Copied features: document title with "
                   "the committee in the page header, version line, a RAG definition sentence, a summary-of-progress table with totals, one "
                   "heading and italic recommendation paragraph per recommendation followed by its own action table, RAG words with matching "
                   "fills, a revised timescale in the cell, 'Q4 2025/26' and 'Quarterly' timescales, and a sign-off table."),
        "reads": ("An APC learning review action plan: four recommendations, each with a titled heading, the recommendation text and a "
                  "table of two numbered actions giving lead, timescale, progress and a RAG word. The summary and sign-off tables are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, exp


# =============================================== 4. SASH maternity & neonatal plan (xlsx)
def build_sash():
    fname = "jl2-surrey-and-sussex-healthcare-nhs-trust-maternity-neonatal-improvement-plan.xlsx"
    title = "Maternity and Neonatal Improvement Plan 2024–26"
    D = lambda y, m, d: dt.datetime(y, m, d)
    plan = [
        ("Theme 1: Listening to women and families with compassion", [
            ("Objective 1: Care that is personalised", [
                ("1.1", "Offer every woman and birthing person a personalised care and support plan (PCSP) at booking and review it at 28 and 36 weeks.",
                 "3YDP", "Consultant Midwife", D(2025, 3, 31), D(2025, 12, 31),
                 "PCSP live in BadgerNet from April 2025; September audit: 81% at booking, 64% reviewed at 36 weeks.", "A", "A",
                 ["Consultant Midwife"], "2025-12", None),
                ("1.2", "Co-produce the postnatal ward discharge information with the Maternity and Neonatal Voices Partnership (MNVP).",
                 "CQC 2023 (should do)", "Postnatal Ward Manager; MNVP Chair", D(2025, 6, 30), None,
                 "New discharge information and QR-code leaflet in use from June 2025.", "G", "B",
                 ["Postnatal Ward Manager", "MNVP Chair"], "2025-06", None)]),
            ("Objective 2: Improve equity for mothers and babies", [
                ("1.3", "Deliver the Trust actions in the LMNS equity and equality plan, including enhanced continuity of carer for women from Black, Asian and mixed ethnicity groups and those living in the most deprived areas.",
                 "3YDP / LMNS", "Director of Midwifery", D(2026, 3, 31), None,
                 "Enhanced continuity team launched in Crawley in July 2025; caseload 62 women.", "G", "G",
                 ["Director of Midwifery"], "2026-03", None)])]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("Objective 4: Grow our workforce", [
                ("2.1", "Recruit to the midwifery establishment set by the 2024 Birthrate Plus review, bringing the vacancy rate below 5%.",
                 "CQC 2023 (must do); 3YDP", "Director of Midwifery / Head of Midwifery", D(2025, 3, 31), D(2026, 3, 31),
                 "Vacancy rate 7.2% (September 2025); 11 newly qualified midwives start in October 2025.", "A", "A",
                 ["Director of Midwifery", "Head of Midwifery"], "2026-03", None)]),
            ("Objective 5: Value and retain our workforce", [
                ("2.2", "Raise midwifery appraisal compliance to the Trust standard of 90%.",
                 "CQC 2023 (must do)", "Matron for Inpatient Services", D(2024, 12, 31), D(2025, 3, 31),
                 "92% at March 2025 and sustained since.", "G", "B",
                 ["Matron for Inpatient Services"], "2025-03", None)]),
            ("Objective 6: Invest in skills", [
                ("2.3", "Ensure all obstetric resident doctors complete level 3 safeguarding children training.",
                 "CQC 2023 (must do)", "Clinical Director for Obstetrics and Gynaecology", D(2024, 12, 31), None,
                 "100% compliance confirmed January 2025; checked at each rotation.", "B", "B",
                 ["Clinical Director for Obstetrics and Gynaecology"], "2024-12", None),
                ("2.4", "Achieve 90% compliance with annual fetal monitoring training and competency assessment for midwives and obstetricians (SBLCBv3 element 3).",
                 "SBLCBv3 / CNST Safety Action 8", "Fetal Wellbeing Lead Midwife", "Ongoing – monthly compliance report", None,
                 "Midwives 94%, obstetricians 87% (September 2025).", "A", "G",
                 ["Fetal Wellbeing Lead Midwife"], None, "Ongoing – monthly compliance report")])]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("Objective 7: Develop a positive safety culture", [
                ("3.1", "Complete the NHS England Perinatal Culture and Leadership Programme.\nAct on the SCORE culture survey results through the maternity and neonatal culture action plan.",
                 "3YDP", "Director of Midwifery, Clinical Director for Obstetrics, Clinical Director for Neonatology",
                 D(2025, 10, 31), None,
                 "SCORE survey completed; culture action plan agreed at Quality Committee 16/10/2025.", "G", "B",
                 ["Director of Midwifery", "Clinical Director for Obstetrics", "Clinical Director for Neonatology"], "2025-10", None)]),
            ("Objective 8: Learning and improving", [
                ("3.2", "Move maternity incident reviews fully onto PSIRF, with a family liaison offer for every PSII and MNSI referral.",
                 "3YDP", "Maternity Governance Lead", D(2024, 9, 30), None,
                 "All reviews under PSIRF since September 2024; family liaison offer audited quarterly.", "G", "B",
                 ["Maternity Governance Lead"], "2024-09", None),
                ("3.3", "Review all maternity guidelines past their review date and introduce a monthly guideline tracker at the Maternity Governance Meeting.",
                 "CQC 2023 (must do)", "Maternity Guidelines Midwife", D(2024, 3, 31), D(2025, 12, 31),
                 "34 of 41 out-of-date guidelines ratified; 7 remain, mainly joint guidelines with neonates.", "R", "A",
                 ["Maternity Guidelines Midwife"], "2025-12", None)])]),
        ("Theme 4: Meeting and improving standards and structures", [
            ("Objective 10: Make better use of digital technology", [
                ("4.1", "Complete the roll-out of the BadgerNet maternity electronic patient record to the community midwifery teams.",
                 "3YDP", "Digital Midwife", D(2025, 3, 31), None,
                 "All community teams live from 3 March 2025.", "G", "B",
                 ["Digital Midwife"], "2025-03", None)]),
            ("Objective 11: Safe environment and equipment", [
                ("4.2", "Introduce daily documented checks of emergency equipment and resuscitaires in all clinical areas, with weekly matron spot checks.",
                 "CQC 2023 (must do)", "Matron for Intrapartum Care / Matron for Inpatient Services", D(2023, 12, 31), None,
                 "Daily checks 98–100% for six consecutive months; weekly spot checks continue.", "B", "B",
                 ["Matron for Intrapartum Care", "Matron for Inpatient Services"], "2023-12", None),
                ("4.3", "Improve MEOWS completion and escalation, with a monthly audit reported to the Maternity and Neonatal Safety Champions.",
                 "CQC 2023 (must do)", "Patient Safety Midwife", D(2024, 6, 30), D(2026, 3, 31),
                 "Audit compliance 88% against a 95% target; digital MEOWS in BadgerNet planned for Q4.", "A", "R",
                 ["Patient Safety Midwife"], "2026-03", None)])]),
    ]
    wb = Workbook()
    # ---- cover
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 28
    cv.column_dimensions["B"].width = 70
    put(cv, 1, 1, title, bold=True, size=16, border=False)
    put(cv, 2, 1, "Surrey and Sussex Healthcare NHS Trust – East Surrey Hospital", bold=True, border=False)
    put(cv, 3, 1, "Incorporating the CQC maternity inspection (September 2023, report published November 2023) and the NHS Three Year "
                  "Delivery Plan for Maternity and Neonatal Services", border=False)
    cv.merge_cells("A3:B3")
    cv.row_dimensions[3].height = 32
    r = 5
    for k, v in [("Executive sponsor", "Chief Nurse"), ("Plan owner", "Director of Midwifery"),
                 ("Reporting to", "Quality Committee; Trust Board (Maternity and Neonatal Safety Champions report)"),
                 ("Version", "3.0"), ("Date", "05/11/2025"), ("Next review", "Quality Committee, 20 November 2025")]:
        put(cv, r, 1, k, bold=True, bg="DDEBF7")
        put(cv, r, 2, v)
        r += 1
    r += 1
    put(cv, r, 1, "Version history", bold=True, border=False)
    r += 1
    for row in [("Version", "Change"), ("1.0 (Dec 2023)", "Plan agreed in response to CQC maternity inspection"),
                ("2.0 (Jun 2024)", "Re-based on the four themes of the Three Year Delivery Plan"),
                ("3.0 (Nov 2025)", "October 2025 progress and revised dates")]:
        put(cv, r, 1, row[0], bold=row[0] == "Version")
        put(cv, r, 2, row[1], bold=row[0] == "Version")
        r += 1
    # ---- key
    ky = wb.create_sheet("BRAG key")
    ky.column_dimensions["A"].width = 10
    ky.column_dimensions["B"].width = 80
    put(ky, 1, 1, "BRAG rating", bold=True, border=False)
    for i, (c, t) in enumerate([("B", "Blue – action complete and evidence of embedding seen"),
                                ("G", "Green – on track to deliver by the due date"),
                                ("A", "Amber – at risk of not meeting the due date; mitigation in place"),
                                ("R", "Red – off track or due date passed")], start=2):
        put(ky, i, 1, "", bg=HEX[c])
        put(ky, i, 2, t)
    # ---- plan
    ws = wb.create_sheet("Improvement Plan")
    widths = [7, 60, 18, 28, 13, 13, 50, 10, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    put(ws, 2, 1, "Progress position: October 2025", border=False)
    hdr = ["Ref", "Action", "Source", "Lead(s)", "Original due date", "Revised due date",
           "Progress update (October 2025)", "Previous BRAG", "Current BRAG"]
    for i, h in enumerate(hdr, start=1):
        put(ws, 4, i, h, bold=True, bg="1F4E78", color="FFFFFF")
    ws.freeze_panes = "A5"
    r = 5
    actions = []
    counts = {}
    for theme, objs in plan:
        put(ws, r, 1, theme, bold=True, bg="BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for obj, acts in objs:
            put(ws, r, 1, obj, bold=True, bg="F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for a in acts:
                put(ws, r, 1, a[0])
                put(ws, r, 2, a[1])
                put(ws, r, 3, a[2])
                put(ws, r, 4, a[3])
                put(ws, r, 5, a[4], fmt="dd/mm/yyyy")
                put(ws, r, 6, a[5], fmt="dd/mm/yyyy")
                put(ws, r, 7, a[6])
                put(ws, r, 8, None, bg=HEX[a[7]])
                put(ws, r, 9, None, bg=HEX[a[8]])
                counts.setdefault(theme, {"B": 0, "G": 0, "A": 0, "R": 0})[a[8]] += 1
                actions.append(act(a[0], [theme, obj], a[1], a[9], a[10], STATUS[a[8]], a[11]))
                r += 1
    r += 1
    put(ws, r, 1, "Source key: 3YDP = NHS England Three Year Delivery Plan for Maternity and Neonatal Services (March 2023); "
                  "CQC 2023 = CQC maternity inspection, East Surrey Hospital (report November 2023); SBLCBv3 = Saving Babies’ Lives "
                  "Care Bundle version 3; CNST = Maternity Incentive Scheme year 7; LMNS = Surrey Heartlands Local Maternity and Neonatal System.",
        border=False)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.row_dimensions[r].height = 45
    # ---- summary (after plan)
    sm = wb.create_sheet("Summary")
    sm.column_dimensions["A"].width = 70
    put(sm, 1, 1, "Current BRAG by theme – October 2025", bold=True, border=False)
    for i, h in enumerate(["Theme", "Blue", "Green", "Amber", "Red", "Total"], start=1):
        put(sm, 3, i, h, bold=True, bg="DDEBF7")
    rr = 4
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, _ in plan:
        c = counts[theme]
        put(sm, rr, 1, theme)
        for j, k in enumerate("BGAR", start=2):
            put(sm, rr, j, c[k])
            tot[k] += c[k]
        put(sm, rr, 6, sum(c.values()))
        rr += 1
    put(sm, rr, 1, "Total", bold=True)
    for j, k in enumerate("BGAR", start=2):
        put(sm, rr, j, tot[k], bold=True)
    put(sm, rr, 6, sum(tot.values()), bold=True)
    wb.save(os.path.join(OUT, fname))
    exp = {
        "source": ("Imitates Surrey and Sussex Healthcare NHS Trust's maternity improvement plan after the CQC maternity inspection of "
                   "East Surrey Hospital (inspected September 2023, rated requires improvement; "
                   "https://cqc.org.uk/press-release/cqc-rating-east-surrey-hospitals-maternity-department-drops-outstanding-requires), "
                   "re-based on the four themes of NHS England's Three Year Delivery Plan for Maternity and Neonatal Services "
                   "(https://www.england.nhs.uk/long-read/three-year-delivery-plan-for-maternity-and-neonatal-services/). Copied features: "
                   "cover sheet with sponsor/owner and version history, a BRAG key sheet, merged theme and objective rows, a source column, "
                   "several leads in one cell (job titles separated by '/', ';' and ','), original and revised due dates as real dates, "
                   "previous and current BRAG shown only as cell fill, an 'Ongoing' due date, a source-key notes row and a summary sheet of totals."),
        "reads": ("A trust maternity and neonatal improvement plan: thirteen numbered actions under four Three Year Delivery Plan themes "
                  "and their objectives. Each has lead(s), original and (sometimes) revised due dates, a progress update and previous/current "
                  "BRAG colours with no text; the current BRAG is the status and the revised date, where given, is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, exp


# ============================================ 5. Derbyshire CC strategic risk register (xlsx)
def build_derbyshire():
    fname = "jl2-derbyshire-county-council-strategic-risk-register-q2-2025-26.xlsx"
    title = "Derbyshire County Council Strategic Risk Register – Quarter 2 2025/26"
    risks = [
        ("SR01", "Budget and medium-term financial sustainability",
         "Cause: rising demand in social care and SEND, inflation and uncertainty over local government funding reform.\n"
         "Event: the Council cannot set or deliver a balanced budget.\nEffect: unplanned use of reserves, service reductions, S114 risk.",
         "Director of Finance & ICT", 4, 5, 20, 12, "↔", [
             ("SR01.1", "Deliver the 2025/26 budget savings programme of £32.4m, with monthly monitoring by the Corporate Management Team.",
              "Director of Finance & ICT", "31/03/2026", "At risk",
              "£24.1m forecast to be delivered; mitigations being identified for the shortfall in Adult Social Care and Health.",
              ["Director of Finance & ICT"], "2026-03", "amber", None),
             ("SR01.2", "Refresh the Five Year Financial Plan and reserves strategy for Cabinet and Council.",
              "Director of Finance & ICT", "Feb-26", "On track", "Budget consultation closes 30 November 2025.",
              ["Director of Finance & ICT"], "2026-02", "green", None)]),
        ("SR02", "Dedicated Schools Grant high needs deficit",
         "Cause: growth in EHC plans and reliance on independent specialist placements.\nEvent: the cumulative high needs deficit keeps growing after the statutory override ends.\n"
         "Effect: pressure on the Council’s general reserves.",
         "Executive Director – Children’s Services", 5, 4, 20, 15, "↑", [
             ("SR02.1", "Implement the Delivering Better Value in SEND programme workstreams, including the new SEN support offer for mainstream schools.",
              "Assistant Director – SEND", "31/08/2026", "On track", "Mainstream inclusion fund allocated to 64 schools.",
              ["Assistant Director – SEND"], "2026-08", "green", None),
             ("SR02.2", "Open the two new specialist resource provisions agreed in the SEND sufficiency plan.",
              "Head of School Organisation and Place Planning", "Revised: 31/01/2026 (was 01/09/2025)", "At risk",
              "Building works at one site delayed by the contractor; interim places agreed with the school.",
              ["Head of School Organisation and Place Planning"], "2026-01", "amber", None)]),
        ("SR03", "Cyber security",
         "Cause: increasing volume and sophistication of cyber attacks on local government.\nEvent: successful ransomware or data breach.\n"
         "Effect: loss of systems and data, inability to deliver services, ICO action.",
         "Director of Finance & ICT", 3, 5, 15, 10, "↔", [
             ("SR03.1", "Complete the Public Services Network (PSN) compliance submission and fix the high-priority findings of the IT health check.",
              "Head of ICT Security", "30/06/2025", "Complete", "PSN certificate received 18 June 2025.",
              ["Head of ICT Security"], "2025-06", "blue", None),
             ("SR03.2", "Run a cyber incident exercise with the Corporate Management Team and update the ICT disaster recovery plan.",
              "Head of ICT Security; Emergency Planning Manager", "31/12/2025", "Not started", "Exercise booked for 9 December 2025.",
              ["Head of ICT Security", "Emergency Planning Manager"], "2025-12", "unrated", None)]),
        ("SR04", "Adult social care market sustainability",
         "Cause: workforce shortages and cost pressures among independent care providers.\nEvent: provider failure or insufficient home care capacity.\n"
         "Effect: delayed hospital discharges and unmet eligible needs.",
         "Executive Director – Adult Social Care and Health", 4, 4, 16, 12, "↓", [
             ("SR04.1", "Agree the 2025/26 fee uplift with independent care providers and publish the Market Position Statement.",
              "Assistant Director – Commissioning", "Jun-25", "Complete", "Fee uplift agreed by Cabinet 12 June 2025; MPS published.",
              ["Assistant Director – Commissioning"], "2025-06", "blue", None),
             ("SR04.2", "Reduce the number of people waiting for a home care package to below 50 through the home care recommissioning programme.",
              "Assistant Director – Commissioning / Head of Brokerage", "31/03/2026", "On track", "Waiting list 71 at 30 September (112 in April).",
              ["Assistant Director – Commissioning", "Head of Brokerage"], "2026-03", "green", None)]),
        ("SR05", "Workforce recruitment and retention",
         "Cause: competitive labour market for social workers, occupational therapists and engineers.\nEvent: high vacancy and turnover rates in critical roles.\n"
         "Effect: reliance on agency staff, higher costs and reduced service quality.",
         "Director of Organisation Development and Policy", 4, 3, 12, 8, "↔", [
             ("SR05.1", "Implement the refreshed People Strategy action plan, including the market supplement review for social workers and occupational therapists.",
              "Head of HR", "30/09/2025", "Overdue", "Market supplement review report deferred to CMT in November 2025.",
              ["Head of HR"], "2025-09", "red", None),
             ("SR05.2", "Launch the new apprenticeship and ‘grow our own’ scheme for hard-to-recruit posts.",
              "Head of Learning and Development", "Ongoing", "On track", "First cohort of 14 apprentices started September 2025.",
              ["Head of Learning and Development"], None, "green", "Ongoing")]),
    ]
    status_fill = {"Complete": HEX["B"], "On track": HEX["G"], "At risk": HEX["A"], "Overdue": HEX["R"], "Not started": None}

    def band(score):
        return "FF0000" if score >= 15 else ("FFC000" if score >= 8 else "00B050")

    wb = Workbook()
    # ---- summary sheet
    sm = wb.active
    sm.title = "Summary"
    for col, w in zip("ABCDEF", [8, 50, 40, 12, 12, 10]):
        sm.column_dimensions[col].width = w
    put(sm, 1, 1, title, bold=True, size=14, border=False)
    put(sm, 2, 1, "Appendix 2 – Audit Committee, 25 November 2025. Position at 30 September 2025.", border=False)
    prev = {"SR01": 20, "SR02": 16, "SR03": 15, "SR04": 20, "SR05": 12}
    for i, h in enumerate(["Ref", "Risk", "Risk owner", "Q1 score", "Q2 score", "Direction"], start=1):
        put(sm, 4, i, h, bold=True, bg="D9D9D9")
    r = 5
    for rk in risks:
        score = rk[4] * rk[5]
        put(sm, r, 1, rk[0]); put(sm, r, 2, rk[1]); put(sm, r, 3, rk[3])
        put(sm, r, 4, prev[rk[0]], bg=band(prev[rk[0]])); put(sm, r, 5, score, bg=band(score)); put(sm, r, 6, rk[8])
        r += 1
    bands = [band(rk[4] * rk[5]) for rk in risks]
    put(sm, r + 1, 1, "Red risks: %d   Amber risks: %d   Green risks: %d" % (
        bands.count("FF0000"), bands.count("FFC000"), bands.count("00B050")), bold=True, border=False)
    # ---- register
    ws = wb.create_sheet("Risk Register")
    widths = [7, 24, 42, 22, 6, 6, 8, 8, 9, 46, 24, 16, 12, 40]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    put(ws, 2, 1, "Risks are scored Likelihood (L) x Impact (I) on a 5 x 5 matrix – see ‘Scoring and key’.", border=False)
    top = ["Risk ref", "Risk title", "Risk description (cause / event / effect)", "Risk owner", "Current risk", None, None,
           "Target score", "Action ref", "Further mitigating action", "Action owner", "Due date", "Action status", "Q2 update"]
    for i, h in enumerate(top, start=1):
        put(ws, 4, i, h, bold=True, bg="1F3864", color="FFFFFF")
    for i, h in [(5, "L"), (6, "I"), (7, "Score")]:
        put(ws, 5, i, h, bold=True, bg="1F3864", color="FFFFFF")
    for i in list(range(1, 5)) + list(range(8, 15)):
        put(ws, 5, i, None, bg="1F3864")
        ws.merge_cells(start_row=4, start_column=i, end_row=5, end_column=i)
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=7)
    ws.freeze_panes = "A6"
    r = 6
    actions = []
    for rk in risks:
        ref, rtitle, desc, owner, L, I, _, target, _, acts = rk
        first = r
        for a in acts:
            put(ws, r, 9, a[0]); put(ws, r, 10, a[1]); put(ws, r, 11, a[2]); put(ws, r, 12, a[3])
            put(ws, r, 13, a[4], bg=status_fill[a[4]]); put(ws, r, 14, a[5])
            actions.append(act(a[0], [rtitle], a[1], a[6], a[7], a[8], a[9]))
            r += 1
        last = r - 1
        for col, val, bg in [(1, ref, None), (2, rtitle, None), (3, desc, None), (4, owner, None),
                             (5, L, None), (6, I, None), (7, L * I, band(L * I)), (8, target, band(target))]:
            put(ws, first, col, val, bold=col in (1, 2), bg=bg)
            for rr in range(first + 1, last + 1):
                put(ws, rr, col, None)
            ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    # ---- key
    ky = wb.create_sheet("Scoring and key")
    ky.column_dimensions["A"].width = 16
    ky.column_dimensions["B"].width = 70
    put(ky, 1, 1, "Risk score bands", bold=True, border=False)
    for i, (c, t) in enumerate([("FF0000", "15–25 High (red)"), ("FFC000", "8–12 Medium (amber)"), ("00B050", "1–6 Low (green)")], start=2):
        put(ky, i, 1, None, bg=c)
        put(ky, i, 2, t)
    put(ky, 6, 1, "Action status", bold=True, border=False)
    for i, (w, c, t) in enumerate([("Complete", HEX["B"], "Blue – action completed"),
                                   ("On track", HEX["G"], "Green – on track for the due date"),
                                   ("At risk", HEX["A"], "Amber – due date at risk or revised"),
                                   ("Overdue", HEX["R"], "Red – due date passed, action not complete"),
                                   ("Not started", None, "No rating – action not yet started")], start=7):
        put(ky, i, 1, w, bg=c)
        put(ky, i, 2, t)
    wb.save(os.path.join(OUT, fname))
    exp = {
        "source": ("Imitates a county council strategic risk register appendix to the Audit Committee (as Derbyshire County Council and "
                   "others publish quarterly; compare East Sussex 'Strategic Risk Monitoring – Quarter 3 2023/24', "
                   "https://democracy.eastsussex.gov.uk/documents/s56868/Strategic%20Risk%20Monitoring%20-%20Quarter%203%202023.24.html). "
                   "Copied features: a summary sheet of risk scores and direction of travel, a two-row merged header with L x I scoring, "
                   "risk-level cells merged down over each risk's further mitigating actions, risk scores coloured by band (not action status), "
                   "an action status column with its own key on a separate sheet, job titles with '&' and '–' as owners, a revised date "
                   "written into the due-date cell and an 'Ongoing' due date."),
        "reads": ("A strategic risk register: five risks, each with two further mitigating actions that have their own refs, owners, due "
                  "dates and status words (Complete / On track / At risk / Overdue / Not started, defined in the key sheet). The risk scores "
                  "and their colours describe the risk, not the actions; the actions are read under their risk title."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, exp


# ============================================ 6. Hampshire CC highlight report (xlsx)
def build_hampshire():
    fname = "jl2-hampshire-county-council-sp2025-transformation-programme-highlight-report.xlsx"
    title = "Hampshire County Council – SP2025 and Transformation Programme Highlight Report"
    D = lambda y, m: dt.datetime(y, m, 1)
    streams = [
        ("1. Adults’ Health and Care", [
            ("1.1", "Expand the reablement service to support an additional 40 people a week on discharge from hospital.",
             "Director of Adults’ Health and Care", D(2025, 6), D(2025, 9), "A", "B",
             "Capacity increase in place from 1 September 2025; benefits tracking set up.", ["Director of Adults’ Health and Care"], "2025-09"),
            ("1.2", "Make Technology Enabled Care the default offer for new community care packages.",
             "Deputy Director – Adult Social Care", D(2025, 4), D(2026, 1), "A", "A",
             "Supplier mobilisation slower than planned; 38% of new packages include TEC (target 60%).", ["Deputy Director – Adult Social Care"], "2026-01"),
            ("1.3", "Complete the review of in-house residential care homes and present options to Cabinet.",
             "Director of Adults’ Health and Care", D(2025, 7), D(2025, 12), "G", "A",
             "Options appraisal extended to allow engagement with residents and families; Cabinet date now December 2025.",
             ["Director of Adults’ Health and Care"], "2025-12")]),
        ("2. Children’s Services", [
            ("2.1", "Open two new in-house children’s homes to reduce reliance on external residential placements.",
             "Director of Children’s Services", D(2025, 3), D(2026, 3), "R", "R",
             "Ofsted registration of the first home delayed; purchase of the second property not yet completed.",
             ["Director of Children’s Services"], "2026-03"),
            ("2.2", "Introduce the revised post-16 SEN transport policy following public consultation.",
             "Head of Transport / Head of SEN", D(2025, 9), D(2025, 9), "G", "B",
             "Policy in place for the September 2025 intake.", ["Head of Transport", "Head of SEN"], "2025-09")]),
        ("3. Universal Services", [
            ("3.1", "Implement the reduced household waste recycling centre opening hours agreed by Cabinet in October 2024.",
             "Director of Universal Services", D(2025, 4), D(2025, 4), "B", "B",
             "Implemented April 2025; savings on track.", ["Director of Universal Services"], "2025-04"),
            ("3.2", "Complete the street lighting dimming and part-night lighting programme.",
             "Head of Highways Operations", D(2025, 12), D(2026, 3), "G", "A",
             "Contractor resource diverted to storm response in Q2; 61% of columns converted.", ["Head of Highways Operations"], "2026-03")]),
        ("4. Corporate Operations and Hantsdirect", [
            ("4.1", "Move blue badge and concessionary travel applications onto the new online self-service platform.",
             "Head of Hantsdirect", D(2025, 10), D(2025, 10), "G", "G",
             "User testing complete; go-live 20 October 2025.", ["Head of Hantsdirect"], "2025-10"),
            ("4.2", "Release two further office buildings as part of the estate rationalisation programme.",
             "Director of Culture, Communities and Business Services", D(2026, 3), D(2026, 6), "G", "A",
             "First building vacated; disposal of the second depends on relocating the records store.",
             ["Director of Culture, Communities and Business Services"], "2026-06")]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    widths = [7, 58, 30, 12, 12, 10, 10, 52]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    put(ws, 1, 1, title, bold=True, size=14, border=False)
    ws.merge_cells("A1:H1")
    r = 3
    for k, v in [("Reporting period", "July – September 2025 (Q2 2025/26)"), ("Senior Responsible Owner", "Chief Executive"),
                 ("Programme manager", "Head of Transformation"), ("Report to", "Corporate Management Team, 14 October 2025")]:
        put(ws, r, 1, k, bold=True, bg="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(ws, r, 3, v)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        r += 1
    r += 1
    put(ws, r, 1, "Programme status", bold=True, bg="D9D9D9")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    put(ws, r, 3, "Previous", bold=True, bg="D9D9D9")
    put(ws, r, 4, "Current", bold=True, bg="D9D9D9")
    r += 1
    for k, p, c in [("Overall programme", "A", "A"), ("Savings delivery", "R", "A"), ("Milestones", "G", "A"), ("Resources", "A", "A")]:
        put(ws, r, 1, k)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        put(ws, r, 3, p, bold=True, bg=HEX[p])
        put(ws, r, 4, c, bold=True, bg=HEX[c])
        r += 1
    r += 1
    put(ws, r, 1, "Key messages", bold=True, border=False)
    r += 1
    put(ws, r, 1, "£61.4m of the £70.1m SP2025 savings target has been delivered or is secure. The remaining £8.7m sits mainly with "
                  "Children’s Services placements and street lighting, where delivery has slipped into 2026/27. Four milestones moved to "
                  "amber this quarter; one remains red.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.row_dimensions[r].height = 48
    r += 2
    hdr = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    for i, h in enumerate(hdr, start=1):
        put(ws, r, i, h, bold=True, bg="203764", color="FFFFFF")
    r += 1
    actions = []
    for stream, items in streams:
        put(ws, r, 1, stream, bold=True, bg="BDD7EE")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for a in items:
            put(ws, r, 1, a[0]); put(ws, r, 2, a[1]); put(ws, r, 3, a[2])
            put(ws, r, 4, a[3], fmt="mmm-yy"); put(ws, r, 5, a[4], fmt="mmm-yy")
            put(ws, r, 6, a[5], bg=HEX[a[5]]); put(ws, r, 7, a[6], bg=HEX[a[6]]); put(ws, r, 8, a[7])
            actions.append(act(a[0], [stream], a[1], a[8], a[9], STATUS[a[6]]))
            r += 1
    # ---- RAG definitions
    kd = wb.create_sheet("RAG definitions")
    kd.column_dimensions["A"].width = 8
    kd.column_dimensions["B"].width = 80
    put(kd, 1, 1, "RAG definitions", bold=True, border=False)
    for i, (c, t) in enumerate([("B", "Blue – milestone complete"),
                                ("G", "Green – on track to deliver by the baseline date"),
                                ("A", "Amber – forecast later than the baseline date or at risk; recoverable within the programme"),
                                ("R", "Red – significantly delayed; escalation to CMT needed")], start=2):
        put(kd, i, 1, c, bold=True, bg=HEX[c])
        put(kd, i, 2, t)
    # ---- savings tracker
    sv = wb.create_sheet("Savings tracker")
    for col, w in zip("ABCDE", [40, 14, 14, 14, 10]):
        sv.column_dimensions[col].width = w
    put(sv, 1, 1, "SP2025 savings by department (£m)", bold=True, border=False)
    for i, h in enumerate(["Department", "Target", "Delivered / secure", "Gap", "RAG"], start=1):
        put(sv, 3, i, h, bold=True, bg="D9D9D9")
    data = [("Adults’ Health and Care", 40.6, 36.9, "A"), ("Children’s Services", 21.2, 16.6, "R"),
            ("Universal Services", 5.8, 5.4, "A"), ("Corporate Operations", 2.5, 2.5, "G")]
    rr = 4
    for d, tgt, dl, c in data:
        put(sv, rr, 1, d); put(sv, rr, 2, tgt, fmt="0.0"); put(sv, rr, 3, dl, fmt="0.0")
        put(sv, rr, 4, f"=B{rr}-C{rr}", fmt="0.0"); put(sv, rr, 5, c, bg=HEX[c])
        rr += 1
    put(sv, rr, 1, "Total", bold=True); put(sv, rr, 2, "=SUM(B4:B7)", bold=True, fmt="0.0")
    put(sv, rr, 3, "=SUM(C4:C7)", bold=True, fmt="0.0"); put(sv, rr, 4, "=B8-C8", bold=True, fmt="0.0")
    wb.save(os.path.join(OUT, fname))
    exp = {
        "source": ("Imitates a quarterly programme highlight report for Hampshire County Council's Savings Programme to 2025 (SP2025) and "
                   "wider transformation work (context: https://www.hants.gov.uk/News/20240410FutureServices and the Future Services "
                   "consultations). Copied features: a title row, label/value header block (period, SRO, programme manager, report to), a "
                   "previous/current programme status block, a merged key-messages paragraph, milestone table with merged workstream rows, "
                   "baseline and forecast dates as real Excel dates shown mmm-yy, previous and current RAG letters with fills, a separate RAG "
                   "definitions sheet (B = complete) and a savings tracker sheet with formulas."),
        "reads": ("A transformation programme highlight report: a status dashboard and key messages, then nine numbered milestones under "
                  "four workstreams, each with a lead, baseline and forecast dates and previous/current RAG. The forecast date is the revised "
                  "end and the current RAG is the status; the status block and savings sheet are summaries, not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    }
    write_yaml(fname, exp)
    return fname, exp


# ============================== 7. Lancashire VRN serious violence delivery plan (csv, refuse)
def build_lancashire():
    fname = "jl2-lancashire-violence-reduction-network-serious-violence-duty-delivery-plan-typo-month-refuse.csv"
    title = "Lancashire Violence Reduction Network – Serious Violence Duty Response Strategy Delivery Plan 2024–2027"
    N = 7
    pad = lambda *cells: list(cells) + [""] * (N - len(cells))
    rows = [
        pad(title),
        pad("Year 2 progress update – Quarter 2 2025/26"),
        pad("Owner: Serious Violence Duty Strategic Group", "", "", "", "Last updated: 10/10/2025"),
        pad(),
        ["Ref", "Action", "Lead partner(s)", "Supporting partners", "Timescale", "Status", "Progress update"],
        pad("Priority 1: Early intervention with children and young people at risk of involvement in serious violence"),
        ["1.1", "Extend the emergency department Navigator service at Royal Preston, Royal Blackburn and Blackpool Victoria hospitals to cover weekend evenings",
         "Lancashire VRN", "Lancashire Teaching Hospitals NHSFT; East Lancashire Hospitals NHS Trust; Blackpool Teaching Hospitals NHSFT",
         "Mar-26", "Green", "Weekend cover live at Royal Preston from August 2025; recruitment under way at the other two sites"],
        ["1.2", "Deliver the Champions mentoring programme to 300 young people aged 10–25 identified as at risk",
         "Lancashire VRN", "Community football trusts", "Mar-26", "Green", "182 young people engaged to date"],
        ["1.3", "Roll out Trauma Informed Lancashire training to all secondary schools and alternative provision",
         "Lancashire County Council / Blackburn with Darwen BC / Blackpool Council", "Lancashire VRN", "Jul-26", "Amber",
         "61% of secondary schools trained; alternative provision sessions to be scheduled"],
        pad("Priority 2: Reduce knife crime and violence in public places"),
        ["2.1", "Evaluate the hotspot policing patrols and agree the 2026/27 hotspot locations",
         "Lancashire Constabulary", "Lancashire VRN; district CSPs", "0ct-25", "Green", "Evaluation report drafted; to Strategic Group in October"],
        ["2.2", "Install bleed control kits at night-time economy venues in the 12 district town centres",
         "District CSPs", "Lancashire Fire and Rescue Service; licensed premises", "Dec-25", "Amber", "Kits installed in 7 of 12 town centres"],
        pad("Priority 3: Data sharing and a shared understanding of serious violence"),
        ["3.1", "Launch the shared serious violence data platform for the specified authorities",
         "Lancashire VRN / Lancashire Office of the PCC", "All specified authorities", "Mar-26", "Amber", "Data sharing agreement signed by 9 of 14 authorities"],
        ["3.2", "Refresh the Serious Violence Strategic Needs Assessment for 2026/27",
         "Serious Violence Duty Analyst", "Lancashire Constabulary; public health teams", "Jan-26", "Green", "Data requests issued"],
        pad("Priority 4: Communities and lived experience"),
        ["4.1", "Fund community-led violence prevention projects through the Community Grants scheme in the four highest-need districts",
         "Lancashire Office of the PCC", "Lancashire VRN", "Jun-25", "Complete", "12 projects funded; awards announced 19 June 2025"],
        pad(),
        pad("Status key: Green = on track; Amber = some slippage; Red = off track; Complete = delivered"),
    ]
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerows(rows)
    with open(os.path.join(OUT, fname), encoding="utf-8") as f:
        lines = f.read().split("\n")
    bad = [i + 1 for i, l in enumerate(lines) if "0ct-25" in l]
    assert len(bad) == 1, bad
    exp = {
        "source": ("Imitates the Lancashire Violence Reduction Network's Serious Violence Duty response strategy delivery plan "
                   "(https://lancsvrn.co.uk/partners/what-is-the-serious-violence-duty; Lancashire PCC Serious Violence Duty page "
                   "https://www.lancashire-pcc.gov.uk/?p=18558), exported from a spreadsheet to CSV. Copied features: title and "
                   "progress-period lines, an owner/last-updated line, priority rows above numbered actions, lead and supporting partner "
                   "columns with several partners in one cell, mmm-yy timescales, status words and a status key line at the foot."),
        "reads": ("A partnership delivery plan with eight numbered actions under four priorities. The timescale of action 2.1 is written "
                  "'0ct-25' with a zero for the letter O, a mistyped month a careful reader would query before reading the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad[0],
        "title": title,
    }
    write_yaml(fname, exp)
    return fname, exp


if __name__ == "__main__":
    for b in (build_yas, build_cheshire_east, build_moray, build_sash, build_derbyshire, build_hampshire, build_lancashire):
        fn, e = b()
        print(fn, e["outcome"], len(e.get("actions", [])))
