"""Build the seven fr2- blind test files (set heldout208).

Run with /work/main/.venv/bin/python fr2_make.py ; files are written next to this script.
"""
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"


def fill(hexrgb):
    return PatternFill(fill_type="solid", start_color="FF" + hexrgb, end_color="FF" + hexrgb)


THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, dd):
    return datetime(y, m, dd)


# ---------------------------------------------------------------- 1 Bromley SAB SAR (xlsx)
def bromley():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Adult R action plan"
    widths = [7, 60, 38, 13, 13, 48, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws["A1"] = "Bromley Safeguarding Adults Board – Safeguarding Adults Review ‘Adult R’: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("SAR published 19 March 2024. Plan monitored by the SAR & Learning Sub-group. "
                "Last updated: 12 November 2024")
    ws.merge_cells("A2:G2")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    key = [("B4", "Complete", BLUE), ("C4", "On track", GREEN),
           ("D4", "Some slippage – mitigation in place", AMBER),
           ("E4", "Off track / escalated to the Board", RED)]
    for ref, txt, col in key:
        ws[ref] = txt
        ws[ref].fill = fill(col)
        ws[ref].alignment = WRAP
    hdr = ["Ref", "Action", "Lead officer", "Target date", "Revised target date",
           "Progress update (November 2024)", "RAG"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("band", "Recommendation 1: Bromley SAB should seek assurance that partner agencies apply the "
                 "Mental Capacity Act 2005 with regard to executive functioning when an adult repeatedly "
                 "declines care and support."),
        ("1.1", "Deliver multi-agency MCA and executive functioning workshops for adult social care, "
                "community health and housing practitioners.",
         "Principal Social Worker (LBB) / MCA Lead (Oxleas NHS FT)", d(2024, 9, 30), None,
         "Four workshops delivered July–September 2024; 118 practitioners attended.", BLUE),
        ("1.2", "Audit a sample of 20 cases where care was declined to test the quality of capacity "
                "assessments and how they are recorded.",
         "Head of Quality Assurance (LBB Adult Social Care)", d(2024, 12, 31), d(2025, 3, 31),
         "Audit tool agreed; case selection delayed by the case management system upgrade. "
         "Revised date agreed by the Sub-group.", AMBER),
        ("band", "Recommendation 2: Bromley SAB should work with partners to develop a multi-agency "
                 "self-neglect and hoarding protocol that includes a clear escalation route."),
        ("2.1", "Review and relaunch the Bromley Self-Neglect and Hoarding Protocol, with an escalation "
                "flowchart.",
         "SAB Business Manager", d(2024, 10, 31), None,
         "Protocol approved by the SAB Executive on 15/10/2024 and published on the SAB website.", BLUE),
        ("2.2", "Establish a monthly multi-agency risk management (MARM) meeting for high-risk "
                "self-neglect cases.",
         "Head of Safeguarding Adults (LBB)", d(2025, 1, 31), None,
         "Terms of reference drafted; chair identified.", GREEN),
        ("2.3", "Housing to include self-neglect indicators in tenancy sustainment visits\n"
                "and refer to Adult Social Care where indicators are present.",
         "Head of Housing Needs (LBB) & Clarion Housing Group", "March 2025", None,
         "Not yet started – dependent on relaunch of the protocol.", None),
        ("band", "Recommendation 3: All agencies should ensure that fire risk is identified and shared "
                 "where an adult smokes and has limited mobility or uses emollient creams."),
        ("3.1", "Promote the London Fire Brigade Home Fire Safety Visit referral pathway to all partner "
                "agencies.",
         "Borough Commander (LFB Bromley)", d(2024, 7, 31), None,
         "Briefing circulated; 7-minute briefing published.", BLUE),
        ("3.2", "Add a mandatory fire-risk prompt to the district nursing and home care assessment "
                "templates.",
         "Head of Adult Community Nursing (Bromley Healthcare)", d(2024, 11, 30), d(2025, 2, 28),
         "Template change submitted to the clinical system change board; release not yet scheduled.", RED),
        ("3.3", "Report quarterly to the SAB Performance and Quality Sub-group on fire-related referrals "
                "and their outcomes.",
         "SAB Business Manager", "Quarterly", None, "Q2 data received and reported.", GREEN),
    ]
    for row in rows:
        r += 1
        if row[0] == "band":
            ws.cell(r, 1, row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(GREY)
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            continue
        ref, act, lead, tgt, rev, prog, rag = row
        vals = [ref, act, lead, tgt, rev, prog, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = "mmm-yy" if (ref == "2.2") else "dd/mm/yyyy"
        if rag:
            ws.cell(r, 7).fill = fill(rag)
    r += 2
    ws.cell(r, 1, "Note: RAG ratings are agreed by the SAR & Learning Sub-group. Actions rated Blue are "
                  "removed from the plan once the evidence has been reviewed.")
    ws.cell(r, 1).font = Font(italic=True)
    wb.save(os.path.join(HERE, "fr2-bromley-sab-sar-adult-r-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexrgb):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexrgb)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def header_row(table, names):
    for i, h in enumerate(names):
        c = table.rows[0].cells[i]
        set_text(c, h, bold=True)
        shade(c, "D9E2F3")


# ---------------------------------------------------------------- 2 Safer Kingston DHR (docx)
def kingston():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Safer Kingston Partnership").bold = True
    doc.add_heading("Domestic Homicide Review ‘Maria’ – Action Plan", level=0)
    doc.add_paragraph("Position at September 2025. Monitored by the Domestic Abuse Strategic Board on "
                      "behalf of the Safer Kingston Partnership.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"])
    for i, vals in enumerate([
        ("0.3", "14/11/2024", "DHR Coordinator", "Draft agreed by review panel"),
        ("1.0", "28/01/2025", "DHR Coordinator", "Approved by Safer Kingston Partnership"),
        ("1.4", "22/09/2025", "Community Safety Officer", "Q2 2025/26 progress added"),
    ], start=1):
        for j, v in enumerate(vals):
            set_text(dc.rows[i].cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and evidenced; Green – on track; "
                      "Amber – some delay, revised milestones agreed; Red – significant delay or not started.")

    cols = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date",
            "Date of completion and outcome", "Status"]

    def plan_table(recs):
        n = sum(len(acts) for _, _, acts in recs)
        t = doc.add_table(rows=n + 1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        r = 1
        for rec, scope, acts in recs:
            top, bottom = r, r + len(acts) - 1
            if bottom > top:
                m0 = t.cell(top, 0).merge(t.cell(bottom, 0))
                m1 = t.cell(top, 1).merge(t.cell(bottom, 1))
            else:
                m0, m1 = t.cell(top, 0), t.cell(top, 1)
            set_text(m0, rec)
            set_text(m1, scope)
            for a in acts:
                for j, v in enumerate(a):
                    set_text(t.cell(r, 2 + j), v)
                r += 1
        return t

    doc.add_heading("Overview Report Recommendations", level=2)
    plan_table([
        ("1. Safer Kingston Partnership to assure itself that domestic abuse training for front-line "
         "practitioners covers older victims and abuse by adult children.", "Local", [
            ("Commission a training module on domestic abuse affecting older people, co-designed with "
             "Age UK Kingston.", "RBK Community Safety / Age UK Kingston",
             "Module drafted; pilot session held 12/06/2025.", "July 2025",
             "Completed 15/07/2025 – module added to the multi-agency training programme.", "Complete"),
            ("Include abuse by adult family members in the refresh of the Domestic Abuse Strategy "
             "2025–2028.", "RBK Community Safety",
             "Consultation closed August 2025; draft strategy being written.", "Q3 2025/26", "", "Green"),
        ]),
        ("2. Kingston MARAC Steering Group to review the referral pathway so that repeat referrals are "
         "identified when the victim has moved address within London.", "Local / Regional", [
            ("Adopt the pan-London MARAC repeat-identification flag on the MARAC case management "
             "system.", "Kingston MARAC Coordinator",
             "Flag configured and tested January 2025.", "31/03/2025",
             "Completed 20/02/2025.", "Complete"),
            ("Audit MARAC repeat referrals for April–September 2025 and report the findings to the "
             "Domestic Abuse Strategic Board.", "MARAC Chair (Metropolitan Police SW BCU)",
             "Data request submitted; analyst capacity limited.", "November 2025", "", "Amber"),
        ]),
    ])
    doc.add_paragraph("")
    doc.add_heading("Single Agency Recommendations", level=2)
    plan_table([
        ("3. Kingston Hospital NHS FT to ensure that routine enquiry about domestic abuse is made and "
         "recorded when patients attend the Emergency Department alone with injuries.", "Single agency", [
            ("Add a mandatory routine enquiry field to the ED triage template.",
             "Named Nurse Safeguarding Adults (Kingston Hospital)",
             "Template change approved by the Digital Design Authority.", "Sept 2025", "", "Green"),
            ("Audit routine enquiry compliance in the ED every quarter and report to the Trust "
             "Safeguarding Committee.", "Head of Safeguarding (Kingston Hospital)",
             "Q1 audit: 74% compliance.", "Ongoing", "", "Green"),
        ]),
        ("4. RBK Housing to ensure that a domestic abuse risk assessment (DASH) is completed when a "
         "tenant reports abuse by a household member.", "Single agency", [
            ("Train all Housing Options and Tenancy Management officers in completing the DASH and "
             "referring to MARAC.", "Housing Options Manager & Tenancy Services Manager",
             "62% of officers trained to date.", "December 2025", "", "Amber"),
            ("Work towards DAHA accreditation across RBK housing services.", "Assistant Director Housing",
             "Accreditation application deferred pending the housing restructure.", "March 2026", "",
             "Red"),
        ]),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Actions marked Complete will be reported to the Home Office as part of the DHR "
                      "closure process.")
    doc.save(os.path.join(HERE, "fr2-safer-kingston-partnership-dhr-maria-action-plan.docx"))


# ---------------------------------------------------------------- 3 Safer Rotherham Partnership (txt)
def rotherham():
    lines = [
        "Safer Rotherham Partnership",
        "Partnership Plan 2025-2028: Delivery Plan 2025/26 – Quarter 2 update",
        "Prepared by the Community Safety Unit, Rotherham Metropolitan Borough Council",
        "RAG: B = Complete   G = On track   A = Some slippage   R = Off track",
        "",
        "\t".join(["Ref", "Action", "Lead", "Supporting partners", "Timescale", "Q2 progress", "RAG"]),
        "Priority 1: Protecting vulnerable children and adults",
        "\t".join(["1.1", "Refresh the Rotherham Domestic Abuse Strategy and publish the 2025-2028 action plan",
                   "Domestic Abuse Coordinator (RMBC)", "SYP; Rotherham ICB; Rotherham Rise", "Sept 2025",
                   "Strategy approved by the Domestic Abuse Local Partnership Board 09/09/2025", "B"]),
        "\t".join(["1.2", "Achieve White Ribbon accreditation for the Partnership and run the 16 Days of Action campaign",
                   "Community Safety Manager", "All SRP partners", "Nov 2025",
                   "16 Days of Action programme agreed", "G"]),
        "\t".join(["1.3", "Review the Modern Slavery referral pathway with South Yorkshire Police",
                   "Head of Community Safety and Regulatory Services / SYP District Commander",
                   "Salvation Army", "Q3 2025/26", "Workshop held Aug 2025; pathway redraft in progress", "G"]),
        "Priority 2: Tackling neighbourhood crime and anti-social behaviour",
        "\t".join(["2.1", "Extend the town-centre patrol model to Dinnington and Maltby",
                   "SYP Neighbourhood Inspector", "RMBC Community Protection; Parish Councils", "31/12/2025",
                   "Dinnington live from July; Maltby scoping under way", "A"]),
        "\t".join(["2.2", "Launch the ASB Case Review (Community Trigger) awareness campaign",
                   "ASB Manager (RMBC)", "SYP; housing providers", "Oct 2025",
                   "Campaign materials with the communications team", "G"]),
        "\t".join(["2.3", "Install 12 redeployable CCTV cameras in ASB hotspots",
                   "CCTV and Community Protection Manager", "SYP", "Apr 2025 – Mar 2026",
                   "6 installed; procurement for the remaining 6 under way", "G"]),
        "Priority 3: Reducing drug and alcohol related harm",
        "\t".join(["3.1", "Deliver naloxone training to hostel and supported housing staff",
                   "Public Health Specialist (Substance Misuse)", "Change Grow Live; Action Housing", "Ongoing",
                   "48 staff trained in Q1-Q2", "G"]),
        "\t".join(["3.2", "Commission a needs assessment on nitrous oxide use among under-25s",
                   "Consultant in Public Health", "Rotherham Youth Service", "Feb 2026",
                   "Specification not yet agreed", "R"]),
        "\t".join(["3.3", "Embed the Combating Drugs Partnership outcomes framework in SRP performance reporting",
                   "Community Safety Manager / Combating Drugs Partnership Lead", "", "Q4 2025/26",
                   "Not started", ""]),
        "",
        "\t".join(["Summary", "B: 1", "G: 5", "A: 1", "R: 1", "Not rated: 1"]),
        "Note: timescales are completion dates. Progress is reported to the SRP Board each quarter.",
    ]
    with open(os.path.join(HERE, "fr2-safer-rotherham-partnership-plan-2025-26-delivery-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 4 NHS SEL ICB board action log (xlsx)
def sel_icb():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    for col, w in zip("ABCDEFGHI", [10, 12, 26, 55, 30, 12, 12, 42, 12]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "NHS South East London ICB – Board Meeting in Public: Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated for the Board meeting on 17 September 2025"
    ws["A4"] = "Status key:"
    ws["A4"].font = Font(bold=True)
    for ref, txt, col in [("B4", "Complete", BLUE), ("C4", "Action completed – Board asked to agree closure", None),
                          ("D4", "On track", GREEN), ("E4", "Delayed", AMBER),
                          ("F4", "Revised date agreed", None), ("G4", "Overdue", RED),
                          ("H4", "Past due date, no revised date agreed", None)]:
        ws[ref] = txt
        if col:
            ws[ref].fill = fill(col)
    hdr = ["Action ref", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "Revised due date",
           "Update", "Status"]
    r = 6
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
    colours = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Overdue": RED}
    rows = [
        ("BM25/07", d(2025, 5, 14), "6. Chief Executive’s report",
         "Provide the Board with a briefing on the impact of the ICB running-cost reduction on delegated "
         "primary care functions.", "Chief Executive", d(2025, 9, 17), None,
         "Briefing paper on today’s agenda (item 9).", "Complete"),
        ("BM25/09", d(2025, 5, 14), "8. Quality and safety report",
         "Bring a deep-dive on mental health out-of-area placements to a future Board seminar.",
         "Chief Nursing Officer / Director of Mental Health Commissioning", ("Jul-25", d(2025, 7, 31)),
         ("Nov-25", d(2025, 11, 30)), "Seminar rescheduled to 12 November 2025 so that Q2 data can be included.",
         "Delayed"),
        ("BM25/11", d(2025, 7, 9), "7. Urgent and emergency care winter plan",
         "Circulate the borough-level breakdown of planned winter bed capacity to Board members.",
         "Director of Planning", d(2025, 7, 31), None, "Circulated by email 28/07/2025.", "Complete"),
        ("BM25/12", d(2025, 7, 9), "7. Urgent and emergency care winter plan",
         "Confirm the approach to same-day emergency care (SDEC) access for care home residents with the six "
         "borough partnerships.", "Dr Priya Kaur and Marcus Webb", "October 2025", None,
         "Work under way with the Bexley and Greenwich leads.", "On track"),
        ("BM25/14", d(2025, 7, 9), "10. Finance report – Month 2",
         "Set out the recovery trajectory for the system financial plan deficit, including the risks to "
         "delivery of the efficiency programme.", "Chief Finance Officer", d(2025, 9, 17), None,
         "Included in the Month 4 finance report (item 12).", "Complete"),
        ("BM25/15", d(2025, 7, 9), "11. Equality, diversity and inclusion update",
         "Report progress on the WRES and WDES action plans, with a trajectory for Band 8a+ representation.",
         "Chief People Officer", ("Jan-26", d(2026, 1, 31)), None, "Data validation in progress.", "On track"),
        ("BM25/16", d(2025, 7, 9), "13. Board Assurance Framework",
         "Review the risk score for BAF risk 4 (elective recovery) following the July Planning and Finance "
         "Committee.", "Director of Corporate Governance", d(2025, 8, 31), None,
         "Not yet taken to the committee; now scheduled for the October meeting.", "Overdue"),
    ]
    for row in rows:
        r += 1
        for c, v in enumerate(row, 1):
            fmt = None
            if isinstance(v, tuple):
                fmt, v = "mmm-yy", v[1]
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = fmt or "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(colours[row[8]])

    ws2 = wb.create_sheet("Closed actions")
    for col, w in zip("ABCDEFG", [10, 12, 55, 28, 12, 36, 10]):
        ws2.column_dimensions[col].width = w
    ws2["A1"] = "Actions closed at the Board meeting on 9 July 2025"
    ws2["A1"].font = Font(bold=True)
    hdr2 = ["Action ref", "Meeting date", "Action", "Lead", "Due date", "Closure note", "Status"]
    for c, h in enumerate(hdr2, 1):
        cell = ws2.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill("005EB8")
    closed = [
        ("BM25/03", d(2025, 3, 12), "Share the outcome of the community pharmacy consultation with Healthwatch "
         "in each borough.", "Director of Primary Care", d(2025, 4, 30), "Shared 22/04/2025.", "Closed"),
        ("BM25/05", d(2025, 3, 12), "Add a measure of NHS 111 call-back times to the integrated performance "
         "report.", "Director of Performance", d(2025, 5, 14), "Included from the May 2025 report.", "Closed"),
    ]
    for i, row in enumerate(closed, 4):
        for c, v in enumerate(row, 1):
            cell = ws2.cell(i, c, v)
            cell.alignment = WRAP
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
    wb.save(os.path.join(HERE, "fr2-nhs-south-east-london-icb-board-action-log.xlsx"))


# ---------------------------------------------------------------- 5 ESNEFT maternity (docx)
def esneft():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Maternity and Neonatal Improvement Plan", level=0)
    doc.add_paragraph("East Suffolk and North Essex NHS Foundation Trust – Board of Directors, "
                      "4 December 2025 (Appendix 1)")
    cov = doc.add_table(rows=4, cols=2)
    cov.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Board of Directors (Part 1)"),
                                ("Executive lead", "Chief Nurse"),
                                ("Authors", "Director of Midwifery; Deputy Head of Midwifery (Quality and Safety)"),
                                ("Purpose", "Assurance")]):
        set_text(cov.rows[i].cells[0], k, bold=True)
        shade(cov.rows[i].cells[0], "E7E6E6")
        set_text(cov.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Delivery status key").runs[0].bold = True
    key = doc.add_table(rows=5, cols=3)
    key.style = "Table Grid"
    header_row(key, ["Colour", "Delivery status", "Definition"])
    KEY = [("Blue", "Evidenced and assured", "Action delivered and evidence accepted by the Maternity and "
                                              "Neonatal Safety Board", BLUE),
           ("Green", "Delivered, not yet evidenced", "Action delivered; evidence of sustained impact awaited",
            GREEN),
           ("Amber", "Not yet delivered – within timescale", "Action in progress and expected by the due date",
            AMBER),
           ("Red", "Not yet delivered – past due date", "Due date passed or at significant risk", RED)]
    for i, (c, s, defn, col) in enumerate(KEY, 1):
        set_text(key.rows[i].cells[0], c)
        shade(key.rows[i].cells[0], col)
        set_text(key.rows[i].cells[1], s)
        set_text(key.rows[i].cells[2], defn)
    status_col = {s: col for _, s, _, col in KEY}
    cols = ["Ref", "Source", "Action", "Lead", "Due date", "Revised due date", "Progress (November 2025)",
            "Delivery status"]

    def theme(title, acts):
        doc.add_paragraph("")
        doc.add_heading(title, level=1)
        t = doc.add_table(rows=len(acts) + 1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for i, a in enumerate(acts, 1):
            for j, v in enumerate(a):
                set_text(t.rows[i].cells[j], v)
            shade(t.rows[i].cells[7], status_col[a[7]])

    theme("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "Three-year delivery plan",
         "Co-produce the personalised care and support plan with the Maternity and Neonatal Voices Partnership "
         "(MNVP) and roll it out at Ipswich and Colchester.", "Director of Midwifery / MNVP Lead", "31/03/2025",
         "30/09/2025", "Rolled out at Colchester June 2025 and Ipswich September 2025; audit presented to the "
         "Maternity and Neonatal Safety Board in October.", "Evidenced and assured"),
        ("1.2", "CQC must-do",
         "Ensure interpreters are booked for all antenatal appointments where a need is identified at booking.",
         "Head of Midwifery (Ipswich) & Head of Midwifery (Colchester)", "Q1 2025/26", "",
         "Booking template amended; September audit shows 91% compliance against a 95% target.",
         "Delivered, not yet evidenced"),
        ("1.3", "Complaints themes",
         "Introduce a Birth Reflections debrief offer for all women following an obstetric emergency.",
         "Consultant Midwife", "December 2025", "",
         "Pathway drafted; recruitment to the 0.6 WTE midwife post under way.",
         "Not yet delivered – within timescale"),
    ])
    theme("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "MIS Safety Action 4",
         "Meet the BAPM standard for qualified in speciality (QIS) nurses on both neonatal units.",
         "Neonatal Lead Nurse", "31/03/2026", "",
         "QIS rate 64% (standard 70%); four nurses currently on the QIS course.",
         "Not yet delivered – within timescale"),
        ("2.2", "Midwifery staffing review",
         "Complete the Birthrate Plus reassessment and take the revised funded establishment to the Board.",
         "Director of Midwifery", "30/06/2025", "31/10/2025",
         "Report to the Board deferred to January 2026 pending financial validation.",
         "Not yet delivered – past due date"),
        ("2.3", "NHS Staff Survey 2024",
         "Launch a preceptorship and retention programme for newly qualified midwives, including a 12-month "
         "rotation.", "Practice Development Midwife", "Sept 2025", "",
         "Programme launched 1 September 2025; 22 midwives enrolled.", "Evidenced and assured"),
    ])
    theme("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "Perinatal Culture and Leadership Programme",
         "Act on the SCORE culture survey findings through a quad-led improvement plan for each site.",
         "Perinatal Quadrumvirate", "March 2026", "",
         "Culture conversations held on both sites; site improvement plans drafted.",
         "Not yet delivered – within timescale"),
        ("3.2", "PSIRF",
         "Use After Action Reviews for all moderate-harm maternity incidents under PSIRF.",
         "Maternity Governance Lead; Patient Safety Specialist", "31/07/2025", "",
         "After Action Reviews in place since July 2025; thematic report to the Quality and Patient Safety "
         "Committee in November.", "Delivered, not yet evidenced"),
    ])
    theme("Theme 4: Standards and structures that underpin safer, more personalised, and more equitable care", [
        ("4.1", "Saving Babies’ Lives v3",
         "Achieve full compliance with Element 2 (fetal growth restriction) of the Saving Babies’ Lives Care "
         "Bundle version 3.", "Obstetric Lead for Fetal Medicine", "31/01/2026", "",
         "Compliance 78%; uterine artery Doppler pathway goes live in January 2026.",
         "Not yet delivered – within timescale"),
        ("4.2", "Ockenden IEA 6",
         "Ensure all women with a BMI over 40 are reviewed in a consultant-led antenatal clinic before 20 "
         "weeks.", "Clinical Director for Obstetrics", "30/04/2025", "",
         "Pathway evidenced in the Q1 audit (98%).", "Evidenced and assured"),
    ])
    doc.add_paragraph("")
    doc.add_paragraph("Summary: 3 evidenced and assured; 2 delivered, not yet evidenced; 4 not yet delivered – "
                      "within timescale; 1 not yet delivered – past due date.")
    doc.save(os.path.join(HERE, "fr2-esneft-maternity-neonatal-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 Broxtowe corporate risk register (csv)
def broxtowe():
    import csv
    rows = [
        ["Broxtowe Borough Council - Corporate Risk Register 2025/26: Risk Mitigation Action Plan"] + [""] * 8,
        ["Quarter 2 position reported to the Governance, Audit and Standards Committee, November 2025"] + [""] * 8,
        [""] * 9,
        ["Risk", "Risk Owner", "Residual Score (L x I)", "Further Action Required", "Action Ref", "Action Owner",
         "Target Date", "Action Status", "Comments"],
        ["CR01 Financial sustainability: failure to deliver a balanced budget over the Medium Term Financial "
         "Strategy", "Deputy Chief Executive", "12 (3x4)",
         "Deliver the 2025/26 Business Strategy savings of £1.2m and report progress to Cabinet quarterly",
         "CR01.1", "Head of Finance Services", "31/03/2026", "Green", "£0.7m delivered at Q2"],
        ["", "", "", "Complete a review of fees and charges ahead of 2026/27 budget setting", "CR01.2",
         "Deputy Chief Executive; Head of Finance Services", "Dec-25", "Amber",
         "Service reviews outstanding for leisure and garden waste"],
        ["CR02 Cyber security: loss of systems or data through a cyber attack", "Head of ICT", "16 (4x4)",
         "Complete the Cyber Assessment Framework (CAF) baseline self-assessment", "CR02.1", "Head of ICT",
         "30/06/2025", "Complete", "Baseline submitted June 2025"],
        ["", "", "", "Run a cyber incident exercise with the Corporate Management Team\n(table-top, using an LGA "
         "scenario)", "CR02.2", "ICT Security Officer", "Q3 2025/26", "Green", "Date set for 3 December"],
        ["CR03 Housing: failure to meet the Regulator of Social Housing consumer standards", "Director of Housing",
         "12 (3x4)", "Complete stock condition surveys on 100% of council homes", "CR03.1",
         "Head of Asset Management", "Mar-26", "Amber", "71% surveyed"],
        ["", "", "", "Implement the damp and mould (Awaab's Law) case management procedure", "CR03.2",
         "Head of Housing Operations / Head of Asset Management", "27/10/2025", "Complete",
         "Procedure live from 27/10/2025"],
        ["CR04 Workforce: inability to recruit and retain staff in key professional roles", "Head of HR",
         "9 (3x3)", "Introduce market supplements for planning and legal posts following benchmarking", "CR04.1",
         "Head of HR", "30/09/2025", "Red", "Job evaluation panel delayed; now expected January 2026"],
        ["", "", "", "Launch a graduate and apprenticeship pathway into hard-to-recruit roles", "CR04.2",
         "Learning and Development Manager", "Ongoing", "Green", "Three apprentices appointed"],
        ["CR05 Local Plan: failure to maintain a five-year housing land supply",
         "Head of Planning and Economic Development", "8 (2x4)",
         "Submit the Part 2 Local Plan review for examination", "CR05.1",
         "Head of Planning and Economic Development", "Sept 2026", "Not started",
         "Awaiting revised housing figures"],
        [""] * 9,
        ["Key: Complete = action delivered; Green = on track; Amber = at risk; Red = overdue or off track; "
         "Not started = action not yet commenced"] + [""] * 8,
        ["Risks with no further actions (CR06 Emergency planning, CR07 Partnership governance) are not shown."]
        + [""] * 8,
    ]
    with open(os.path.join(HERE, "fr2-broxtowe-bc-corporate-risk-register-2025-26.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------- 7 Medway transformation highlight (xlsx, refuse)
def medway():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight report"
    for col, w in zip("ABCDEFGH", [8, 55, 34, 13, 13, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Medway Council – Transformation Programme Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Reporting period: October 2025 | Transformation Programme Board: 11 November 2025"
    ws["A3"] = "Senior Responsible Owner: Chief Operating Officer"
    ws["A4"] = "Overall programme status:"
    ws["C4"] = "Amber"
    ws["C4"].fill = fill(AMBER)
    ws["A6"] = ("RAG key: Blue = complete; Green = on track; Amber = at risk, recoverable; "
                "Red = off track, needs Board decision")
    hdr = ["Ref", "Milestone / key deliverable", "Lead", "Baseline date", "Forecast date", "Previous RAG",
           "Current RAG", "Commentary"]
    r = 8
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
    col = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    rows = [
        ("band", "Workstream 1: Customer and Digital"),
        ("CD1", "Go-live of the MyMedway customer portal for council tax and waste services",
         "Head of Digital Services", d(2025, 6, 30), d(2025, 9, 15), "Amber", "Blue",
         "Live 15/09/2025; 14,200 accounts registered."),
        ("CD2", "Migrate Contact Centre telephony to the cloud platform", "Head of Customer Contact",
         ("Oct-25", d(2025, 10, 31)), ("Dec-25", d(2025, 12, 31)), "Green", "Amber",
         "Supplier resourcing issue; cut-over moved to December."),
        ("CD3", "Decommission the legacy CRM and archive its records", "ICT Programme Manager", "March 2026",
         "March 2026", "Green", "Green", ""),
        ("band", "Workstream 2: Property and Assets"),
        ("PA1", "Complete the office accommodation rationalisation business case",
         "Head of Property / Assistant Director Finance", d(2025, 7, 31), d(2025, 11, 30), "Amber", "Amber",
         "Options appraisal complete; business case to Cabinet in November."),
        ("PA2", "Dispose of the three surplus sites agreed by Cabinet", "Head of Property", "Sept 2025",
         "Febuary 2026", "Amber", "Red", "Two disposals completed; title issue on the third site."),
        ("PA3", "Relocate the Gun Wharf archive store to the Strood depot", "Facilities Manager",
         d(2025, 12, 31), d(2025, 12, 31), "Green", "Green", "Fit-out under way."),
        ("band", "Workstream 3: Adult Social Care demand management"),
        ("ASC1", "Extend the reablement service to 7-day working", "Head of Reablement", d(2025, 10, 31),
         d(2025, 10, 31), "Green", "Blue", "Seven-day rota live from 6 October."),
        ("ASC2", "Deploy care technology (TEC) to 500 additional households", "TEC Service Manager",
         "Q4 2025/26", "Q4 2025/26", "Green", "Green", "212 households to date."),
    ]
    for row in rows:
        r += 1
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill(GREY)
            continue
        for c, v in enumerate(row, 1):
            fmt = None
            if isinstance(v, tuple):
                fmt, v = "mmm-yy", v[1]
            cell = ws.cell(r, c, v if v != "" else None)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, datetime):
                cell.number_format = fmt or "dd/mm/yyyy"
        ws.cell(r, 6).fill = fill(col[row[5]])
        ws.cell(r, 7).fill = fill(col[row[6]])
    r += 2
    ws.cell(r, 1, "Savings summary 2025/26").font = Font(bold=True)
    ws.cell(r + 1, 1, "Target")
    ws.cell(r + 1, 2, "£4.8m")
    ws.cell(r + 2, 1, "Forecast")
    ws.cell(r + 2, 2, "£4.1m")
    ws.cell(r + 3, 1, "Variance")
    ws.cell(r + 3, 2, "£0.7m")

    ws2 = wb.create_sheet("Risks and issues")
    ws2["A1"] = "Programme risks and issues"
    ws2["A1"].font = Font(bold=True)
    for c, h in enumerate(["ID", "Type", "Description", "Owner", "Score", "Mitigation"], 1):
        ws2.cell(3, c, h).font = Font(bold=True)
    for i, row in enumerate([
        ("R1", "Risk", "Supplier capacity delays telephony migration", "Head of Customer Contact", 12,
         "Weekly supplier call; contract escalation clause"),
        ("R2", "Risk", "Property market conditions reduce capital receipts", "Head of Property", 16,
         "Phased disposal; review of reserve prices"),
        ("I1", "Issue", "Title defect on one surplus site", "Head of Legal Services", 15,
         "Indemnity insurance being sought"),
    ], 4):
        for c, v in enumerate(row, 1):
            ws2.cell(i, c, v)
    wb.save(os.path.join(HERE, "fr2-medway-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    bromley()
    kingston()
    rotherham()
    sel_icb()
    esneft()
    broxtowe()
    medway()
    print("done")
