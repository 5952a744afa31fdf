#!/usr/bin/env python3
"""Build the seven zrk- blind test files (set heldout699) and their expected readings.

Run with /work/main/.venv/bin/python (needs python-docx, openpyxl, pyyaml).
Only files whose names start with ``zrk-`` are written.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zrk-"), name
    return os.path.join(HERE, name)


class Lit(str):
    pass


def _lit_repr(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data))


yaml.SafeDumper.add_representer(Lit, _lit_repr)


def write_expected(name, exp):
    text = yaml.safe_dump(exp, sort_keys=False, allow_unicode=True, width=100000)
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write(text)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------

def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def docx_table(doc, ncols, style="Table Grid"):
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    return t


# ----------------------------------------------------------------------------
# 1. Mid and West Wales Safeguarding Board - SUSR action plan (docx)
# ----------------------------------------------------------------------------

def build_mwwsb():
    name = "zrk-mid-and-west-wales-safeguarding-board-susr-action-plan.docx"
    title = "Single Unified Safeguarding Review MWWSB SUSR 2/2024: Multi-Agency Action Plan"
    T1 = "Learning Theme 1: Recognising coercive and controlling behaviour by carers"
    T2 = "Learning Theme 2: Information sharing across agencies and across the border"
    R1 = ("Recommendation 1: Partner agencies should ensure that practitioners recognise coercive and "
          "controlling behaviour where the person causing harm is also the adult’s carer, and that this is "
          "reflected in risk assessment and referral.")
    R2 = ("Recommendation 2: The Board should seek assurance that carers’ needs assessments consider any "
          "risk the carer may pose to the cared-for person as well as the support the carer needs.")
    R3 = ("Recommendation 3: Agencies should share information about repeat attendances and missed "
          "appointments when an adult at risk is known to more than one service, including services in England.")
    R4 = ("Recommendation 4: The Board should be assured that the learning from this review has been "
          "embedded and has made a difference to practice.")

    # (ref, action, lead cell, target cell, progress, rag text, rag fill)
    plan = [
        (T1, [
            (R1, [
                ("1.1", "Deliver a multi-agency 7 Minute Briefing and practitioner learning events on the findings of SUSR 2/2024, focusing on carers who cause harm.",
                 "Regional Safeguarding Business Manager", "30/06/2025",
                 "Briefing published May 2025. Two learning events held (Carmarthen and Llandrindod Wells), 86 attendees.",
                 "Complete", "00B0F0"),
                ("1.2", "Revise the DASH risk assessment guidance used by Dyfed-Powys Police and Hywel Dda UHB so that it prompts staff to ask about caring roles and dependency.",
                 "DPP Public Protection Lead / HDUHB Head of Safeguarding", "September 2025",
                 "Draft prompts agreed at Domestic Abuse Sub Group (August). Health board sign-off now expected October.",
                 "Amber", "FFC000"),
                ("1.3", "Audit a sample of 40 adult safeguarding reports across the four local authorities to test whether coercion by a carer is identified at the Duty to Report stage.",
                 "Chair, Quality Assurance Sub Group", "Q3 2025/26",
                 "Audit tool agreed. Fieldwork booked for November 2025.",
                 "Green", "92D050"),
            ]),
            (R2, [
                ("2.1", "Add a prompt on risk to the cared-for person to the carers’ needs assessment template in each local authority case management system.",
                 "Principal Officer, Carers (Powys County Council)", "31/12/2025",
                 "Wording agreed regionally. Carmarthenshire and Pembrokeshire templates updated; Ceredigion and Powys by December.",
                 "Green", "92D050"),
                ("2.2", "Brief commissioned carers’ support services on when and how to raise a safeguarding concern.",
                 "Regional Carers Partnership Manager", "March 2026",
                 "Scheduled for Q4 once the revised template is live.",
                 "Not started", None),
            ]),
        ]),
        (T2, [
            (R3, [
                ("3.1", "Develop a cross-border information sharing protocol with Shropshire and Herefordshire partners for adults at risk who use services on both sides of the border.",
                 "Regional Safeguarding Business Manager", "30/09/2025\nRevised: 31/01/2026",
                 "Draft shared with Shropshire SAB and Herefordshire SAB. Legal review has delayed sign-off; revised date agreed by Case Review Group.",
                 "Amber", "FFC000"),
                ("3.2", "Introduce an alert in the Emergency Department system at Glangwili and Withybush hospitals for adults subject to an open safeguarding enquiry.",
                 "HDUHB Head of Safeguarding", "Q4 2025/26",
                 "Digital team capacity not confirmed. Escalated to the Executive Board in September 2025.",
                 "Red", "FF0000"),
                ("3.3", "Remind GP practices of the expectation to follow up two or more missed appointments for adults with care and support needs, and seek quarterly assurance.",
                 "PTHB Designated Nurse / HDUHB Primary Care Safeguarding Lead", "Ongoing – quarterly assurance",
                 "Reminder issued through both health boards’ primary care bulletins in July 2025. First assurance return received.",
                 "Green", "92D050"),
            ]),
            (R4, [
                ("4.1", "Include questions on carers who cause harm in the 2026 regional practitioner survey and report the results to the Board.",
                 "Chair, Quality Assurance Sub Group", "April 2026",
                 "Not yet due.",
                 "", None),
                ("4.2", "Repeat the multi-agency audit at 12 months and present the findings to the SUSR Case Review Group.",
                 "Chair, Quality Assurance Sub Group", "December 2026",
                 "Not yet due.",
                 "Not started", None),
            ]),
        ]),
    ]
    expected_rows = {
        "1.1": (["Regional Safeguarding Business Manager"], "2025-06", None, "blue"),
        "1.2": (["DPP Public Protection Lead", "HDUHB Head of Safeguarding"], "2025-09", None, "amber"),
        "1.3": (["Chair, Quality Assurance Sub Group"], "2025-12", "Q3 2025/26", "green"),
        "2.1": (["Principal Officer, Carers (Powys County Council)"], "2025-12", None, "green"),
        "2.2": (["Regional Carers Partnership Manager"], "2026-03", None, "unrated"),
        "3.1": (["Regional Safeguarding Business Manager"], "2026-01", "30/09/2025\nRevised: 31/01/2026", "amber"),
        "3.2": (["HDUHB Head of Safeguarding"], "2026-03", "Q4 2025/26", "red"),
        "3.3": (["PTHB Designated Nurse", "HDUHB Primary Care Safeguarding Lead"], None, "Ongoing – quarterly assurance", "green"),
        "4.1": (["Chair, Quality Assurance Sub Group"], "2026-04", None, "unrated"),
        "4.2": (["Chair, Quality Assurance Sub Group"], "2026-12", None, "unrated"),
    }

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Bwrdd Diogelu Canolbarth a Gorllewin Cymru | Mid and West Wales Safeguarding Board (CYSUR / CWMPAS)")
    r.bold = True
    r.font.size = Pt(9)
    doc.add_heading(title, 0)
    doc.add_paragraph(
        "This action plan responds to the recommendations of Single Unified Safeguarding Review MWWSB SUSR 2/2024, "
        "undertaken under the Welsh Government SUSR statutory guidance. The review concerned the death of an adult "
        "at risk (referred to as Mrs A) in Ceredigion. The action plan is owned by the SUSR Case Review Group, which "
        "monitors progress quarterly and reports to the Joint Executive Board.")

    doc.add_heading("Document control", 2)
    dc = docx_table(doc, 2)
    for k, v in [
        ("Review reference", "MWWSB SUSR 2/2024"),
        ("Review type", "Single Unified Safeguarding Review (Adult Practice Review and Domestic Homicide Review criteria)"),
        ("Final report endorsed by Board", "12 March 2025"),
        ("Action plan owner", "SUSR Case Review Group"),
        ("Version", "1.3 – progress update, September 2025"),
        ("Next review", "Case Review Group, December 2025"),
    ]:
        row = dc.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "D9E2F3")
        set_cell(row[1], v)

    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("Progress key: ").bold = True
    kp.add_run("Complete – action delivered and evidenced; Green – on track; Amber – some delay, "
               "remedial action agreed; Red – significantly off track or at risk; Not started – not yet due to start.")

    widths_hdr = ["Ref", "Action", "Lead agency / officer", "Target date", "Progress update (September 2025)", "RAG"]
    expected_actions = []
    for theme, recs in plan:
        doc.add_heading(theme, 1)
        for rec, rows in recs:
            t = docx_table(doc, 6)
            top = t.add_row().cells
            merged = top[0].merge(top[5])
            set_cell(merged, rec, bold=True)
            shade(merged, "DEEAF6")
            hdr = t.add_row().cells
            for i, h in enumerate(widths_hdr):
                set_cell(hdr[i], h, bold=True)
                shade(hdr[i], "BDD7EE")
            for ref, action, lead, target, prog, rag, fill in rows:
                c = t.add_row().cells
                set_cell(c[0], ref)
                set_cell(c[1], action)
                set_cell(c[2], lead)
                set_cell(c[3], target)
                set_cell(c[4], prog)
                set_cell(c[5], rag, bold=True)
                if fill:
                    shade(c[5], fill)
                leads, end, end_text, status = expected_rows[ref]
                expected_actions.append(act(ref, [theme, rec], action, leads, end, status, end_text))
            doc.add_paragraph()

    doc.add_heading("Sign-off", 2)
    so = docx_table(doc, 3)
    hdr = so.add_row().cells
    for i, h in enumerate(["Role", "Name", "Date"]):
        set_cell(hdr[i], h, bold=True)
    for role, nm, dt in [("Chair, SUSR Case Review Group", "Signed", "12/03/2025"),
                         ("Regional Safeguarding Business Manager", "Signed", "12/03/2025")]:
        c = so.add_row().cells
        set_cell(c[0], role)
        set_cell(c[1], nm)
        set_cell(c[2], dt)
    doc.save(out(name))

    write_expected(name, {
        "source": Lit(
            "Imitates a Welsh regional safeguarding board action plan for a Single Unified Safeguarding Review "
            "(SUSR), the review process that replaced Child/Adult Practice Reviews and DHRs in Wales (gov.wales "
            "SUSR guidance: the action plan is signed off by the Case Review Group). Body: Mid and West Wales "
            "Safeguarding Board, the joint CYSUR/CWMPAS board for Carmarthenshire, Ceredigion, Pembrokeshire and "
            "Powys with Dyfed-Powys Police, Hywel Dda UHB and Powys THB (cysur.wales/about-us). Copies the usual "
            "Welsh practice-review action plan layout: bilingual board name line, document-control table, a "
            "progress key paragraph, Heading 1 per learning theme and one Word table per recommendation whose "
            "first (merged, shaded) row carries the recommendation text, then Ref/Action/Lead/Target/Progress/RAG "
            "columns with word RAGs and fills, a revised date inside the target cell, and a sign-off table."),
        "reads": Lit(
            "A SUSR multi-agency action plan with two learning themes and four recommendations, each recommendation "
            "heading its own table of numbered actions (10 in all) with lead agency posts, target dates and a "
            "September 2025 RAG. The document-control, key and sign-off parts are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions,
    })
    return len(expected_actions)


# ----------------------------------------------------------------------------
# 2. Liverpool local area SEND partnership - priority action plan (docx)
# ----------------------------------------------------------------------------

def build_liverpool():
    name = "zrk-liverpool-local-area-send-priority-action-plan.docx"
    title = "Liverpool Local Area SEND Partnership: Priority Action Plan"
    BLUE, GREEN, AMBER, RED = "00B0F0", "92D050", "FFC000", "FF0000"
    S1 = "Area for priority action 1: Education, health and care plans"
    S1t = ("Leaders across education, health and care should urgently improve the timeliness and quality of EHC "
           "needs assessments and plans, so that children and young people’s needs are accurately identified and "
           "met without delay, including at annual review.")
    S2 = "Area for priority action 2: Waiting times for neurodevelopmental assessment"
    S2t = ("Leaders should reduce the length of time that children and young people wait for autism and ADHD "
           "assessment, and make sure that families receive effective support while they are waiting.")
    S3 = "Area for improvement: Preparing for adulthood"
    S3t = ("Leaders should strengthen the co-ordination of preparation for adulthood so that young people with "
           "SEND have clear pathways into employment, independent living and adult health services.")

    sections = [
        (S1, S1t, [
            ("PA1.1", "Recruit to the 12 additional EHC co-ordinator posts agreed by Cabinet and clear the backlog of assessments over 20 weeks.",
             "Head of SEND Statutory Services", "Dec 2025",
             "EHC plans issued within 20 weeks rise from 31% to 60% by March 2026.", AMBER,
             (["Head of SEND Statutory Services"], "2025-12", None, "amber")),
            ("PA1.2", "Introduce a multi-agency quality assurance panel that audits 10% of new plans each month, scoring health and social care advice against the agreed standard.",
             "Principal Officer, SEND Quality Assurance / Designated Clinical Officer", "Oct 2025",
             "At least 80% of audited plans graded good or better.", BLUE,
             (["Principal Officer, SEND Quality Assurance", "Designated Clinical Officer"], "2025-10", None, "blue")),
            ("PA1.3", "Set timescales for health and social care advice within the EHC needs assessment process and report compliance to the SEND Partnership Board each month.",
             "ICB Associate Director of Children’s Commissioning (Liverpool Place)", "Nov 2025",
             "90% of health advice returned within six weeks.", GREEN,
             (["ICB Associate Director of Children’s Commissioning (Liverpool Place)"], "2025-11", None, "green")),
            ("PA1.4", "Bring annual reviews up to date, prioritising children and young people at points of transition (Year 6, Year 11 and Year 14).",
             "Head of SEND Statutory Services", "Summer term 2026",
             "All phase-transfer reviews completed by 15 February; overdue reviews below 10%.", RED,
             (["Head of SEND Statutory Services"], "2026-07", "Summer term 2026", "red")),
        ]),
        (S2, S2t, [
            ("PA2.1", "Commission additional assessment capacity from Alder Hey and an independent provider to reduce the longest waits.",
             "ICB Associate Director of Children’s Commissioning (Liverpool Place)", "March 2026",
             "No child waits more than 52 weeks for a first assessment appointment.", GREEN,
             (["ICB Associate Director of Children’s Commissioning (Liverpool Place)"], "2026-03", None, "green")),
            ("PA2.2", "Launch a ‘waiting well’ offer for families, including parent workshops, a single point of contact and sleep support, co-produced with Liverpool Parent Carer Forum.",
             "Head of Early Help and Liverpool Parent Carer Forum Chair", "Jan 2026",
             "Parent survey shows families on the waiting list know where to get help (target 75%).", GREEN,
             (["Head of Early Help", "Liverpool Parent Carer Forum Chair"], "2026-01", None, "green")),
            ("PA2.3", "Publish waiting times for each neurodevelopmental pathway on the Local Offer.",
             "SEND Partnership Manager", "Quarterly",
             "Waiting times published and understood by families.", GREEN,
             (["SEND Partnership Manager"], None, "Quarterly", "green")),
            ("PA2.4", "Train 300 school staff in the needs-led neurodevelopmental toolkit so that support in school does not depend on a diagnosis.",
             "Principal Educational Psychologist", "July 2026",
             "Fewer requests for assessment made solely to access support in school.", AMBER,
             (["Principal Educational Psychologist"], "2026-07", None, "amber")),
        ]),
        (S3, S3t, [
            ("AFI.1", "Establish a Preparing for Adulthood Board reporting to the SEND Partnership Board, with a joint dashboard for young people aged 14 to 25.",
             "Director of Education / Director of Adult Social Care", "Autumn term 2025",
             "Board meeting bi-monthly; dashboard in use.", BLUE,
             (["Director of Education", "Director of Adult Social Care"], "2025-12", "Autumn term 2025", "blue")),
            ("AFI.2", "Expand the supported internship programme from 40 to 70 places with Liverpool City Region employers.",
             "Head of Post-16 and Skills", "Sept 2026",
             "70 interns enrolled; 60% move into paid work.", GREEN,
             (["Head of Post-16 and Skills"], "2026-09", None, "green")),
        ]),
    ]

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, 0)
    sub = doc.add_paragraph("Liverpool City Council | NHS Cheshire and Merseyside ICB (Liverpool Place) | "
                            "Liverpool Parent Carer Forum")
    sub.runs[0].italic = True
    doc.add_paragraph(
        "Ofsted and the CQC inspected the Liverpool local area partnership between 10 and 14 March 2025. The "
        "inspection found widespread and/or systemic failings leading to significant concerns about the "
        "experiences and outcomes of children and young people with SEND. This plan sets out how the partnership "
        "will address the two areas for priority action and the area for improvement identified in the report. "
        "Progress is reported to the SEND Partnership Board every month and to the DfE and NHS England every six months.")

    doc.add_heading("Version control", 2)
    vc = docx_table(doc, 4)
    hdr = vc.add_row().cells
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(hdr[i], h, bold=True)
        shade(hdr[i], "D9D9D9")
    for v in [("1.0", "27/06/2025", "SEND Partnership Manager", "Submitted to Ofsted and CQC"),
              ("1.1", "09/10/2025", "SEND Partnership Manager", "Q2 progress update; PA1.4 escalated")]:
        c = vc.add_row().cells
        for i, x in enumerate(v):
            set_cell(c[i], x)

    doc.add_heading("RAG key", 2)
    kt = docx_table(doc, 2)
    for fill, label, meaning in [(BLUE, "Blue", "Complete – impact evidenced"),
                                 (GREEN, "Green", "On track"),
                                 (AMBER, "Amber", "Some slippage – recovery plan in place"),
                                 (RED, "Red", "Off track – escalated to SEND Partnership Board")]:
        c = kt.add_row().cells
        set_cell(c[0], label, bold=True)
        shade(c[0], fill)
        set_cell(c[1], meaning)
    doc.add_paragraph("Summary at October 2025: 10 actions – 2 complete, 5 on track, 2 with some slippage, 1 off track.")

    expected_actions = []
    hdrs = ["No.", "What we will do", "Who will lead", "By when", "How we will know it has made a difference", "RAG"]
    for sec, txt, rows in sections:
        doc.add_heading(sec, 1)
        q = doc.add_paragraph()
        q.add_run("What the inspectors said: ").bold = True
        doc.add_paragraph(txt, style="Intense Quote")
        t = docx_table(doc, 6)
        h = t.add_row().cells
        for i, x in enumerate(hdrs):
            set_cell(h[i], x, bold=True, color="FFFFFF")
            shade(h[i], "1F3864")
        for ref, action, lead, when, measure, fill, exp in rows:
            c = t.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], action)
            set_cell(c[2], lead)
            set_cell(c[3], when)
            set_cell(c[4], measure)
            set_cell(c[5], "")
            shade(c[5], fill)
            leads, end, end_text, status = exp
            expected_actions.append(act(ref, [sec, txt], action, leads, end, status, end_text))
        doc.add_paragraph()

    doc.add_heading("Governance", 2)
    doc.add_paragraph("The SEND Partnership Board is jointly chaired by the Director of Children’s Services and the "
                      "ICB Place Director. Each area for priority action has a named senior responsible officer.")
    doc.save(out(name))

    write_expected(name, {
        "source": Lit(
            "Imitates a local area SEND partnership Priority Action Plan written after an Ofsted/CQC area SEND "
            "inspection finding widespread and/or systemic failings (new framework from January 2023; see Wirral's "
            "2025 Priority Action Plan for its three areas for priority action at sendlowirral.co.uk and Ofsted's "
            "'Area SEND framework: findings from the first 2 years'). Liverpool's earlier plan in the corpus is its "
            "2019 written statement of action; this is the kind it would publish under the new framework. Copies: "
            "title and partner line, narrative introduction, version-control table, RAG key table with fills, "
            "a summary line, one Heading 1 per area with the inspectors' wording quoted beneath, and a table per "
            "area with 'What we will do / Who will lead / By when / How we will know' columns and an RAG column "
            "shown only by cell colour."),
        "reads": Lit(
            "Ten numbered actions under two areas for priority action and one area for improvement, each area "
            "quoting what the inspectors said. Status is given only by the colour of the RAG cell, read through "
            "the blue/green/amber/red key near the top."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions,
    })
    return len(expected_actions)


# ----------------------------------------------------------------------------
# xlsx helpers
# ----------------------------------------------------------------------------
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_color):
    return PatternFill("solid", start_color=hex_color, end_color=hex_color)


# ----------------------------------------------------------------------------
# 3. Newport City Council - scrutiny recommendations tracker (xlsx)
# ----------------------------------------------------------------------------

def build_newport():
    name = "zrk-newport-city-council-scrutiny-recommendations-tracker.xlsx"
    title = "Newport City Council – Scrutiny Recommendations Tracker 2024-25"
    STATUS_FILL = {"Complete": "9BC2E6", "On track": "A9D08E", "Behind schedule": "FFD966",
                   "Not progressing": "FF7C80", "Not started": "FFFFFF"}
    STATUS_EXP = {"Complete": "blue", "On track": "green", "Behind schedule": "amber",
                  "Not progressing": "red", "Not started": "unrated"}
    C1 = "Overview and Scrutiny Management Committee"
    C2 = "Performance Scrutiny Committee – People"
    C3 = "Performance Scrutiny Committee – Place and Corporate"
    C4 = "Performance Scrutiny Committee – Partnerships"
    d = datetime
    data = [
        (C1, [
            (datetime(2025, 1, 24), "Draft Budget Proposals and Medium Term Financial Plan 2025-26",
             "That the Cabinet ensures that the equality and Welsh language impacts of each budget proposal are summarised in a single table for public consultation.",
             "Accepted", [
                 ("OSMC 1.1", "Produce a consolidated Fairness and Equality Impact Assessment summary table for the 2026-27 budget consultation.",
                  "Head of People, Policy and Transformation", d(2025, 12, 1), "Behind schedule",
                  "Template drafted; consultation now starts in January so table will follow the Cabinet draft budget.",
                  (["Head of People, Policy and Transformation"], "2025-12", None)),
             ]),
            (datetime(2025, 3, 14), "Corporate Risk Register – Quarter 3 Update",
             "That risk owners attend the Committee when a corporate risk has been scored red for two consecutive quarters.",
             "Partially accepted", [
                 ("OSMC 2.1", "Amend the Risk Management Strategy to require a written explanation from the risk owner after two red quarters, with attendance at Committee on request.",
                  "Head of Finance", d(2025, 7, 1), "Complete",
                  "Strategy amended and approved by Governance and Audit Committee, July 2025.",
                  (["Head of Finance"], "2025-07", None)),
             ]),
        ]),
        (C2, [
            (datetime(2025, 4, 8), "Education Services – Attendance and Exclusions",
             "That the Cabinet Member for Education and Early Years reports on the impact of the attendance officers funded through the Local Authority Education Grant.",
             "Accepted", [
                 ("PEO 1.1", "Report attendance officer outcomes, by school cluster, to the Committee in the Education Services annual report.",
                  "Chief Education Officer", d(2025, 11, 1), "On track",
                  "Data collated for 2024-25; report scheduled for the November meeting.",
                  (["Chief Education Officer"], "2025-11", None)),
                 ("PEO 1.2", "Share a termly attendance dashboard with Committee members through the Members’ portal.",
                  "Assistant Head of Education (Inclusion)", "Termly", "On track",
                  "Summer term dashboard shared 22 July 2025.",
                  (["Assistant Head of Education (Inclusion)"], None, "Termly")),
             ]),
            (datetime(2025, 6, 10), "Social Services – Children’s Residential Services",
             "That the Council sets out how it will meet the Welsh Government commitment to eliminate profit from the care of children looked after.",
             "Accepted", [
                 ("PEO 2.1", "Present a sufficiency plan for in-house children’s residential homes, including the timetable for two new homes in the east of the city.",
                  "Head of Children’s Services", d(2026, 3, 1), "Not progressing",
                  "Purchase of the preferred property fell through in September; alternative sites being assessed.",
                  (["Head of Children’s Services"], "2026-03", None)),
             ]),
        ]),
        (C3, [
            (datetime(2025, 7, 16), "Waste Strategy and Recycling Performance",
             "That the Council publishes ward-level recycling rates and uses them to target the next round of doorstep engagement.",
             "Accepted", [
                 ("PLC 1.1", "Publish ward-level recycling and contamination rates on the Council website every six months.",
                  "Head of Environment and Public Protection", d(2025, 9, 1), "Complete",
                  "First data set published 30 September 2025.",
                  (["Head of Environment and Public Protection"], "2025-09", None)),
                 ("PLC 1.2", "Target doorstep engagement at the ten wards with the lowest recycling rates and report the change in rates to Committee.",
                  "Waste Strategy Manager / Communications Manager", d(2026, 6, 1), "Not started",
                  "Due to start April 2026.",
                  (["Waste Strategy Manager", "Communications Manager"], "2026-06", None)),
             ]),
        ]),
        (C4, [
            (datetime(2025, 9, 25), "One Newport Public Services Board – Annual Report 2024-25",
             "That Public Services Board partners provide a single update on support for young people not in education, employment or training.",
             "Accepted", [
                 ("PAR 1.1", "Co-ordinate a joint report from the Council, Careers Wales and Coleg Gwent on young people who are NEET, for the Committee’s March 2026 meeting.",
                  "Head of People, Policy and Transformation", d(2026, 3, 1), "On track",
                  "Partners have agreed the data set.",
                  (["Head of People, Policy and Transformation"], "2026-03", None)),
                 ("PAR 1.2", "Invite Careers Wales to present the Youth Engagement and Progression Framework data to the Committee.",
                  "Scrutiny Adviser", d(2026, 1, 1), "Complete",
                  "Invitation accepted; item added to the January 2026 agenda.",
                  (["Scrutiny Adviser"], "2026-01", None)),
             ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    headers = ["Ref", "Meeting date", "Agenda item", "Scrutiny recommendation", "Cabinet response",
               "Agreed action", "Responsible officer", "Target date", "Status", "Update (October 2025)"]
    widths = [10, 12, 26, 45, 14, 48, 28, 11, 15, 42]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="1F4E78")
    ws.merge_cells("A1:J1")
    ws["A2"] = ("Recommendations made by the Council’s scrutiny committees and the agreed Cabinet response. "
                "Position as at 31 October 2025.")
    ws.merge_cells("A2:J2")
    ws["A2"].font = Font(italic=True)
    r = 4
    for i, h in enumerate(headers):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E78")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    expected_actions = []
    summary = []
    for committee, recs in data:
        ws.cell(row=r, column=1, value=committee).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        counts = {k: 0 for k in STATUS_FILL}
        nacts = 0
        for mdate, item, rec, resp, actions in recs:
            first = r
            for ref, action, officer, target, status, update, exp in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=6, value=action)
                ws.cell(row=r, column=7, value=officer)
                tc = ws.cell(row=r, column=8, value=target)
                if isinstance(target, datetime):
                    tc.number_format = "mmm-yy"
                sc = ws.cell(row=r, column=9, value=status)
                sc.fill = fill(STATUS_FILL[status])
                ws.cell(row=r, column=10, value=update)
                for col in range(1, 11):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                leads, end, end_text = exp
                expected_actions.append(act(ref, [committee, rec], action, leads, end, STATUS_EXP[status], end_text))
                counts[status] += 1
                nacts += 1
                r += 1
            mc = ws.cell(row=first, column=2, value=mdate)
            mc.number_format = "dd/mm/yyyy"
            ws.cell(row=first, column=3, value=item)
            ws.cell(row=first, column=4, value=rec)
            ws.cell(row=first, column=5, value=resp)
            if r - 1 > first:
                for col in (2, 3, 4, 5):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        summary.append((committee, len(recs), nacts, counts))
    r += 1
    ws.cell(row=r, column=1, value="Status key and Cabinet response definitions are on the ‘Notes’ sheet.").font = Font(italic=True)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary", 0)
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=12)
    sm["A2"] = "Summary of progress at 31 October 2025"
    cols = ["Committee", "Recommendations", "Actions", "Complete", "On track", "Behind schedule",
            "Not progressing", "Not started"]
    for i, h in enumerate(cols):
        c = sm.cell(row=3, column=i + 1, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
    sm.column_dimensions["A"].width = 52
    rr = 4
    tot = [0] * 7
    for committee, nrec, nact, counts in summary:
        vals = [nrec, nact] + [counts[k] for k in ["Complete", "On track", "Behind schedule", "Not progressing", "Not started"]]
        sm.cell(row=rr, column=1, value=committee)
        for i, v in enumerate(vals):
            sm.cell(row=rr, column=i + 2, value=v)
            tot[i] += v
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for i, v in enumerate(tot):
        sm.cell(row=rr, column=i + 2, value=v).font = Font(bold=True)

    nt = wb.create_sheet("Notes")
    nt["A1"] = "Status key"
    nt["A1"].font = Font(bold=True)
    for i, (k, meaning) in enumerate([
            ("Complete", "Action delivered (blue)"), ("On track", "Progressing to the target date (green)"),
            ("Behind schedule", "Some slippage against the target date (amber)"),
            ("Not progressing", "Significant problem; escalated to Strategic Director (red)"),
            ("Not started", "Not yet due to start")]):
        a = nt.cell(row=2 + i, column=1, value=k)
        a.fill = fill(STATUS_FILL[k])
        nt.cell(row=2 + i, column=2, value=meaning)
    nt["A9"] = "Cabinet response"
    nt["A9"].font = Font(bold=True)
    nt["A10"] = "Accepted / Partially accepted / Not accepted – as recorded in the Cabinet Member’s written response to the Committee."
    nt["A12"] = "Contact: Scrutiny Adviser, Democratic Services, Civic Centre, Newport NP20 4UR"
    nt.column_dimensions["A"].width = 22
    nt.column_dimensions["B"].width = 60
    wb.save(out(name))

    write_expected(name, {
        "source": Lit(
            "Imitates a Welsh council scrutiny recommendations tracker (the 'Scrutiny Decision Tracking of "
            "Recommendations' appendices taken to Vale of Glamorgan scrutiny committees, and Newport's own "
            "committee action sheets, democracy.newport.gov.uk). Body: Newport City Council, whose four scrutiny "
            "committees are Overview and Scrutiny Management, and Performance Scrutiny for People, Place and "
            "Corporate, and Partnerships. Copies: title and 'position as at' line, a Summary sheet with totals "
            "placed first, the tracker sheet with committee band rows (merged, shaded), meeting date/agenda item/"
            "recommendation/response vertically merged over their agreed actions, job titles as responsible "
            "officers (one cell with two), mmm-yy target dates and one 'Termly', status words with fills, and a "
            "Notes sheet holding the status key."),
        "reads": Lit(
            "Nine agreed actions answering six scrutiny recommendations, grouped under the four scrutiny "
            "committees on the Tracker sheet; each action has a responsible officer, a target month and a status "
            "word whose colour meaning is given on the Notes sheet. The Summary and Notes sheets are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions,
    })
    return len(expected_actions)


# ----------------------------------------------------------------------------
# 4. Telford & Wrekin Council - Council Plan delivery tracker 2025/26 (xlsx)
# ----------------------------------------------------------------------------

def build_telford():
    name = "zrk-telford-and-wrekin-council-plan-delivery-tracker-2025-26.xlsx"
    title = "Telford & Wrekin Council Plan 2024/25 – 2026/27: Key Deliverables Tracker 2025/26"
    RAGF = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    RAGE = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    P1 = "Priority 1: Every child, young person and adult lives well in their community"
    P2 = "Priority 2: Everyone benefits from a thriving economy"
    P3 = "Priority 3: All neighbourhoods are a great place to live"
    P4 = "Priority 4: Our natural environment is protected, and the Council has a leading role in addressing the climate emergency"
    dt = datetime
    # (ref, deliverable, lead, due, q1, q2, q2_text_shown, commentary, (leads, end, end_text))
    rows = [
        (P1, [
            ("1.1", "Open the remaining three Family Hubs, completing the network of eight across the borough.",
             "Director: Education & Skills", "Sept 2025", "G", "B", True,
             "Final hub (Hadley) opened 1 September 2025.", (["Director: Education & Skills"], "2025-09", None)),
            ("1.2", "Deliver 120 additional extra care housing units at the Dawley and Donnington schemes.",
             "Executive Director: Adult Social Care, Health Integration & Wellbeing", dt(2027, 3, 31), "G", "A", True,
             "Donnington on programme; Dawley contractor delay of c. 3 months.",
             (["Executive Director: Adult Social Care, Health Integration & Wellbeing"], "2027-03", None)),
            ("1.3", "Safely reduce the number of children entering care through the Family Safeguarding model (target 65 per 10,000 by year end).",
             "Director: Children’s Safeguarding & Family Support", "31/03/2026", "G", "G", True,
             "Rate 67.2 per 10,000 at end of Q2, down from 71.0.",
             (["Director: Children’s Safeguarding & Family Support"], "2026-03", None)),
        ]),
        (P2, [
            ("2.1", "Complete the Station Quarter enabling works and secure a development partner for phase 2.",
             "Director: Prosperity & Investment", "Q4 2025/26", "A", "R", True,
             "Procurement for development partner abandoned after one compliant bid; re-procurement options to Cabinet in December.",
             (["Director: Prosperity & Investment"], "2026-03", "Q4 2025/26")),
            ("2.2", "Support 500 residents into work or training through Telford Jobs Box and the council’s employability programmes.",
             "Director: Prosperity & Investment / Director: Education & Skills", "Mar 2026", "G", "G", True,
             "286 residents supported at Q2.",
             (["Director: Prosperity & Investment", "Director: Education & Skills"], "2026-03", None)),
            ("2.3", "Launch round three of the Telford Business Support Fund for small and medium businesses.",
             "Director: Prosperity & Investment", "June 2025", "G", "B", True,
             "Round three launched 2 June 2025; 41 grants awarded.",
             (["Director: Prosperity & Investment"], "2025-06", None)),
        ]),
        (P3, [
            ("3.1", "Deliver the 2025/26 Pride in Our Community programme of environmental improvements in every ward.",
             "Director: Neighbourhood & Enforcement Services", "Ongoing", "G", "G", True,
             "Schemes completed in 19 of 28 wards.",
             (["Director: Neighbourhood & Enforcement Services"], None, "Ongoing")),
            ("3.2", "Resurface 30 miles of roads and footways through the Pride in Our Highways programme.",
             "Director: Housing, Employment & Infrastructure", "Q3 2025/26", "G", "A", True,
             "17 miles completed; wet weather has pushed some footway schemes into Q4.",
             (["Director: Housing, Employment & Infrastructure"], "2025-12", "Q3 2025/26")),
            ("3.3", "Bring 60 long-term empty homes back into use through Nuplace and the Empty Homes grant.",
             "Director: Housing, Employment & Infrastructure", "Mar 2026", "A", "A", True,
             "22 homes returned to use; grant take-up lower than forecast.",
             (["Director: Housing, Employment & Infrastructure"], "2026-03", None)),
        ]),
        (P4, [
            ("4.1", "Plant a further 10,000 trees and create 10 new wildflower areas through the Green Guarantee.",
             "Director: Neighbourhood & Enforcement Services", "Mar 2026", "G", "G", False,
             "Planting season starts November; sites and stock secured.",
             (["Director: Neighbourhood & Enforcement Services"], "2026-03", None)),
            ("4.2", "Install solar panels on five further council buildings as part of the route to carbon neutral by 2030.",
             "Director: Housing, Employment & Infrastructure", "Dec 2025", "A", "G", True,
             "Grid connection approvals received for all five sites; installation under way.",
             (["Director: Housing, Employment & Infrastructure"], "2025-12", None)),
            ("4.3", "Expand the public electric vehicle charging network by 100 charge points.",
             "Director: Housing, Employment & Infrastructure", "Mar 2026 (was Sept 2025)", "A", "A", True,
             "64 charge points live. Revised date agreed at Q1 due to supplier change.",
             (["Director: Housing, Employment & Infrastructure"], "2026-03", "Mar 2026 (was Sept 2025)")),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Telford & Wrekin Council"
    cov["A1"].font = Font(bold=True, size=16, color="00558C")
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Quarter 2 update (April – September 2025)"
    cov["A5"] = "Vision: Protect, care and invest to create a better borough"
    for i, (k, v) in enumerate([("Owner", "Director: Policy & Governance"),
                                ("Reported to", "Cabinet, 13 November 2025"),
                                ("Prepared by", "Performance & Intelligence Team")]):
        cov.cell(row=7 + i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=7 + i, column=2, value=v)
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some risk to delivery – being managed"),
                                ("R", "Significant risk / off track – action required")]):
        c = cov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(RAGF[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=12 + i, column=2, value=v)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Delivery Tracker")
    headers = ["Ref", "Key deliverable", "Lead Director", "Milestone / due", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for i, w in enumerate([6, 60, 36, 18, 8, 8, 55]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Quarter 2 2025/26"
    ws["A2"].font = Font(italic=True)
    r = 4
    for i, h in enumerate(headers):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00558C")
        c.alignment = WRAP
    r += 1
    expected_actions = []
    summary = []
    for prio, items in rows:
        pc = ws.cell(row=r, column=1, value=prio)
        pc.font = Font(bold=True, color="00558C")
        pc.fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        cnt = {"B": 0, "G": 0, "A": 0, "R": 0}
        for ref, text, lead, due, q1, q2, shown, comm, exp in items:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text)
            ws.cell(row=r, column=3, value=lead)
            dc = ws.cell(row=r, column=4, value=due)
            if isinstance(due, datetime):
                dc.number_format = "mmm yyyy"
            c1 = ws.cell(row=r, column=5, value=q1)
            c1.fill = fill(RAGF[q1])
            c2 = ws.cell(row=r, column=6, value=q2 if shown else None)
            c2.fill = fill(RAGF[q2])
            ws.cell(row=r, column=7, value=comm)
            for col in range(1, 8):
                ws.cell(row=r, column=col).border = BOX
                ws.cell(row=r, column=col).alignment = WRAP
            ws.cell(row=r, column=5).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            leads, end, end_text = exp
            expected_actions.append(act(ref, [prio], text, leads, end, RAGE[q2], end_text))
            cnt[q2] += 1
            r += 1
        summary.append((prio, cnt))
    r += 1
    ws.cell(row=r, column=1, value=("Note: deliverables rated B are complete and will be removed from the tracker at year end. "
                                    "Figures are provisional until the Q3 report."))
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("RAG Summary")
    sm["A1"] = "Q2 2025/26 – RAG summary by priority"
    sm["A1"].font = Font(bold=True, size=12)
    for i, h in enumerate(["Priority", "B", "G", "A", "R", "Total"]):
        c = sm.cell(row=3, column=i + 1, value=h)
        c.font = Font(bold=True)
        if h in RAGF:
            c.fill = fill(RAGF[h])
    sm.column_dimensions["A"].width = 70
    rr = 4
    tot = {"B": 0, "G": 0, "A": 0, "R": 0}
    for prio, cnt in summary:
        sm.cell(row=rr, column=1, value=prio.split(":")[0])
        for i, k in enumerate("BGAR"):
            sm.cell(row=rr, column=2 + i, value=cnt[k])
            tot[k] += cnt[k]
        sm.cell(row=rr, column=6, value=sum(cnt.values()))
        rr += 1
    sm.cell(row=rr, column=1, value="All priorities").font = Font(bold=True)
    for i, k in enumerate("BGAR"):
        sm.cell(row=rr, column=2 + i, value=tot[k]).font = Font(bold=True)
    sm.cell(row=rr, column=6, value=sum(tot.values())).font = Font(bold=True)
    wb.save(out(name))

    write_expected(name, {
        "source": Lit(
            "Imitates a council plan delivery tracker reported quarterly to Cabinet. Body: Telford & Wrekin "
            "Council, whose Council Plan 2024/25 to 2026/27 has the vision 'protect, care and invest to create a "
            "better borough' and the four priorities used here (democracy.telford.gov.uk, Council Plan update "
            "item). Copies: a Cover sheet with owner, reporting line and B/G/A/R key, a Delivery Tracker sheet "
            "with merged priority band rows, 'Director: ...' job titles as leads (one cell with two), mixed "
            "milestone cells (month text, dd/mm/yyyy, real dates, quarters, 'Ongoing', a revised date in "
            "brackets), previous (Q1) and current (Q2) RAG letter columns with fills (one current cell coloured "
            "with no letter), a note line, and a RAG Summary sheet with totals."),
        "reads": Lit(
            "Twelve key deliverables, three under each of the four Council Plan priorities, with the lead "
            "director, milestone, Q1 and Q2 RAG and commentary. The current status is the Q2 RAG; 4.1's Q2 cell "
            "is green by colour only. Cover and RAG Summary are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions,
    })
    return len(expected_actions)


# ----------------------------------------------------------------------------
# 5. Adopt London North RAA - service improvement plan 2025-26 (xlsx)
# ----------------------------------------------------------------------------

def build_aln():
    name = "zrk-adopt-london-north-raa-service-improvement-plan-2025-26.xlsx"
    title = "Adopt London North – Service Improvement Plan 2025-26"
    CF = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    CE = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    dt = datetime
    plan = [
        ("1. Adopter sufficiency", [
            ("Recruit and approve adopters who reflect the children waiting, including Black and mixed heritage children and brothers and sisters.", [
                ("1.1", "Run a Black Adoption Project information event in each partner borough, co-delivered with adopters with lived experience.",
                 "Recruitment Team Manager", dt(2025, 9, 30), None, "G", "B",
                 "Six events held May–September; 58 enquiries from Black and mixed heritage households.",
                 (["Recruitment Team Manager"], "2025-09", None)),
                ("1.2", "Reduce the time from registration of interest to approval to within six months for 80% of adopters.",
                 "Assessment Team Manager", dt(2026, 3, 31), None, "A", "A",
                 "62% approved within six months in Q2; medical delays remain the main cause.",
                 (["Assessment Team Manager"], "2026-03", None)),
            ]),
            ("Widen early permanence options for babies and young children.", [
                ("1.3", "Approve at least eight early permanence (fostering for adoption) carers across the region.",
                 "Assessment Team Manager / Early Permanence Lead", dt(2025, 12, 31), dt(2026, 3, 31), "G", "A",
                 "Five approved; three in assessment. Target date moved to March after panel dates were reduced.",
                 (["Assessment Team Manager", "Early Permanence Lead"], "2026-03", None)),
            ]),
        ]),
        ("2. Family finding and matching", [
            ("Reduce the time children wait to be matched once a placement order is made.", [
                ("2.1", "Hold monthly tracking meetings with each borough’s permanence leads for every child with an adoption plan.",
                 "Family Finding Team Manager", "Monthly", None, "G", "G",
                 "Meetings held monthly in all six boroughs.",
                 (["Family Finding Team Manager"], None, "Monthly")),
                ("2.2", "Use Adoption England’s Link Maker and exchange days to widen the search for children waiting over 12 months.",
                 "Family Finding Team Manager", dt(2026, 1, 31), None, "G", "G",
                 "All 9 children waiting over 12 months profiled on Link Maker.",
                 (["Family Finding Team Manager"], "2026-01", None)),
            ]),
        ]),
        ("3. Adoption support", [
            ("Make sure families get the right support at the right time, including therapeutic support through the Adoption and Special Guardianship Support Fund.", [
                ("3.1", "Complete all adoption support needs assessments within 12 weeks of request.",
                 "Adoption Support Team Manager", dt(2025, 9, 30), dt(2025, 12, 31), "A", "R",
                 "Demand up 18% on last year; 41% completed in time. Two agency social workers starting November.",
                 (["Adoption Support Team Manager"], "2025-12", None)),
                ("3.2", "Launch the ALN peer mentoring scheme for new adopters in partnership with Adoption UK.",
                 "Adoption Support Team Manager and Participation Officer", dt(2025, 7, 31), None, "G", "B",
                 "Launched July 2025; 14 mentors trained.",
                 (["Adoption Support Team Manager", "Participation Officer"], "2025-07", None)),
            ]),
            ("Strengthen support for adopted young people moving into adulthood.", [
                ("3.3", "Co-produce a transitions offer with adopted young people aged 16 to 25.",
                 "Participation Officer", dt(2026, 3, 31), None, None, None,
                 "New action added at the September review; scoping to start in Q3.",
                 (["Participation Officer"], "2026-03", None)),
            ]),
        ]),
        ("4. Quality and workforce", [
            ("Maintain a stable, skilled workforce and good quality practice across the region.", [
                ("4.1", "Reduce agency social worker use to below 10% of posts.",
                 "Head of Service", dt(2026, 3, 31), None, "A", "G",
                 "Agency use 9.5% at end of September following recruitment campaign.",
                 (["Head of Service"], "2026-03", None)),
                ("4.2", "Deliver the ALN practice standards training to all borough social workers who write Child Permanence Reports.",
                 "Practice Development Lead", dt(2025, 11, 30), dt(2026, 2, 28), "G", "A",
                 "Sessions delivered in four boroughs; Enfield and Haringey sessions rescheduled to January/February.",
                 (["Practice Development Lead"], "2026-02", None)),
            ]),
        ]),
    ]

    wb = Workbook()
    dc = wb.active
    dc.title = "Document control"
    dc["A1"] = "Adopt London North"
    dc["A1"].font = Font(bold=True, size=16, color="7030A0")
    dc["A2"] = "Service Improvement Plan 2025-26"
    dc["A2"].font = Font(bold=True, size=12)
    for i, (k, v) in enumerate([
            ("Plan owner", "Head of Service, Adopt London North"),
            ("Host authority", "London Borough of Islington"),
            ("Partner boroughs", "Barnet, Camden, Enfield, Hackney, Haringey, Islington"),
            ("Approved by", "Adopt London North Partnership Board, 15 May 2025"),
            ("Version", "2.1 – progress update for Partnership Board, 16 October 2025"),
            ("Next update", "Partnership Board, January 2026")]):
        dc.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        dc.cell(row=4 + i, column=2, value=v)
    dc.column_dimensions["A"].width = 20
    dc.column_dimensions["B"].width = 70

    ws = wb.create_sheet("SIP 2025-26")
    headers = ["Priority", "Ref", "Objective", "Action", "Lead", "Original target", "Revised target",
               "Previous RAG (July)", "Current RAG (October)", "Progress update"]
    for i, w in enumerate([18, 6, 34, 50, 26, 12, 12, 10, 10, 48]):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws.merge_cells("A1:J1")
    ws["A2"] = "Progress update for Partnership Board – 16 October 2025. Current RAG is shown by colour (see Key)."
    ws.merge_cells("A2:J2")
    r = 4
    for i, h in enumerate(headers):
        c = ws.cell(row=r, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    expected_actions = []
    for prio, objectives in plan:
        prio_first = r
        for obj, actions in objectives:
            obj_first = r
            for ref, text, lead, orig, rev, prev, cur, prog, exp in actions:
                ws.cell(row=r, column=2, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=lead)
                oc = ws.cell(row=r, column=6, value=orig)
                if isinstance(orig, datetime):
                    oc.number_format = "mmm-yy"
                rc = ws.cell(row=r, column=7, value=rev)
                if isinstance(rev, datetime):
                    rc.number_format = "mmm-yy"
                pc = ws.cell(row=r, column=8, value=prev)
                if prev:
                    pc.fill = fill(CF[prev])
                cc = ws.cell(row=r, column=9, value=None)
                if cur:
                    cc.fill = fill(CF[cur])
                ws.cell(row=r, column=10, value=prog)
                for col in range(1, 11):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                leads, end, end_text = exp
                expected_actions.append(act(ref, [prio, obj], text, leads, end, CE[cur], end_text))
                r += 1
            ws.cell(row=obj_first, column=3, value=obj)
            if r - 1 > obj_first:
                ws.merge_cells(start_row=obj_first, start_column=3, end_row=r - 1, end_column=3)
        pcell = ws.cell(row=prio_first, column=1, value=prio)
        pcell.font = Font(bold=True)
        pcell.fill = fill("E4DFEC")
        if r - 1 > prio_first:
            ws.merge_cells(start_row=prio_first, start_column=1, end_row=r - 1, end_column=1)
    ws.freeze_panes = "C5"

    ky = wb.create_sheet("Key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Blue – complete"), ("G", "Green – on track"),
                                ("A", "Amber – at risk, mitigations in place"), ("R", "Red – off track"),
                                (None, "No colour – not yet started / new action")]):
        c = ky.cell(row=2 + i, column=1, value=k)
        if k:
            c.fill = fill(CF[k])
        ky.cell(row=2 + i, column=2, value=v)
    ky["A8"] = "Previous RAG shows the letter reported to the July 2025 Partnership Board; current RAG is colour only."
    ky.column_dimensions["B"].width = 48
    wb.save(out(name))

    write_expected(name, {
        "source": Lit(
            "Imitates a regional adoption agency service improvement plan reported to its partnership board. "
            "Body: Adopt London North, the RAA hosted by Islington for Barnet, Camden, Enfield, Hackney, Haringey "
            "and Islington (Enfield Cabinet report on joining ALN; ALN annual report 2022-23 to Haringey "
            "Corporate Parenting Advisory Committee, which mentions the Black Adoption Programme). Copies: a "
            "document-control sheet, the plan sheet with vertically merged Priority and Objective cells, job "
            "titles as leads (two cells with two posts), original and revised target columns, a previous RAG "
            "(letter + fill) and a current RAG shown by fill colour only, and a separate Key sheet."),
        "reads": Lit(
            "Ten actions under four numbered priorities, each grouped under an objective; leads are team "
            "manager posts. Where a revised target is filled it replaces the original, and the current status is "
            "the colour of the October RAG cell (3.3 has no colour: not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions,
    })
    return len(expected_actions)


# ----------------------------------------------------------------------------
# 6. Bradford Children and Families Trust - fostering agency Ofsted action plan (csv) - REFUSE
# ----------------------------------------------------------------------------

def build_bcft():
    name = "zrk-bradford-children-and-families-trust-fostering-agency-ofsted-action-plan-typo-month-refuse.csv"
    title = "Foster for Bradford (Bradford Children and Families Trust) – Ofsted Fostering Agency Inspection Action Plan"
    REQ1 = ("The registered person must ensure that each foster parent's approval is reviewed at least annually and that foster parents receive the support and supervision they need. "
            "(Regulations 17(1) and 28(2))")
    REQ2 = ("The registered person must ensure that the fostering panel and agency decision maker have full and accurate information, including all statutory checks, before a decision on approval is made. "
            "(Regulation 26)")
    REC1 = ("The registered person should ensure that supervision records show reflective discussion of the child's progress and of any safeguarding concerns. "
            "(NMS 21.8)")
    REC2 = ("The registered person should ensure that connected persons carers receive a support plan without delay following temporary approval. "
            "(NMS 30.9)")
    rows = [
        ("1", "Requirement", REQ1, [
            ("1a", "Complete all overdue foster carer annual reviews.", "Fostering Team Manager (Reviews)", "31/10/2024", "Blue",
             "All 23 overdue reviews completed by 25/10/2024."),
            ("1b", "Introduce a review tracker reported to the monthly Fostering Performance Meeting.", "Registered Manager", "Nov-24", "Blue",
             "Tracker live from November; 100% in date at December meeting."),
        ]),
        ("2", "Requirement", REQ2, [
            ("2a", "Revise the panel paperwork checklist so that statutory checks are confirmed before papers are sent to panel members.", "Fostering Panel Adviser", "December 2024", "Green",
             "Checklist in use from December panel."),
            ("2b", "Audit 20 approval files for completeness of checks and report findings to the Registered Manager.", "Quality Assurance Officer", "Jan-25", "Amber",
             "12 of 20 files audited; remaining audits booked."),
        ]),
        ("3", "Recommendation", REC1, [
            ("3a", "Refresh the supervising social worker supervision template and train all supervising social workers in its use.", "Head of Fostering", "Febuary 2025", "Green",
             "Template drafted with foster carer representatives; training dates set."),
            ("3b", "Dip-sample 10 supervision records each month and feed back to supervising social workers.", "Fostering Team Manager (Support)", "Monthly", "Green",
             "Dip sampling started December."),
        ]),
        ("4", "Recommendation", REC2, [
            ("4a", "Agree a 10 working day standard for support plans following temporary approval under Regulation 24.", "Kinship Team Manager", "Mar-25", "Amber",
             "Standard agreed; current average 17 working days."),
            ("4b", "Report timeliness of connected persons support plans to the Trust's Corporate Parenting Board.", "Head of Fostering", "Quarterly", "Green",
             "First report due March 2025."),
        ]),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    lines = []
    W = 9
    lines.append([title] + [""] * (W - 1))
    lines.append(["Ofsted inspection of the fostering agency, 2024 – overall experiences and progress of children: requires improvement to be good"] + [""] * (W - 1))
    lines.append(["Updated: 14/01/2025 | Owner: Registered Manager"] + [""] * (W - 1))
    lines.append([""] * W)
    lines.append(["No.", "Type", "Requirement / recommendation", "Action ref", "Action", "Lead", "Due date", "RAG", "Update"])
    refuse_line = None
    for no, typ, text, acts in rows:
        for i, (aref, action, lead, due, rag, upd) in enumerate(acts):
            if i == 0:
                row = [no, typ, text, aref, action, lead, due, rag, upd]
            else:
                row = ["", "", "", aref, action, lead, due, rag, upd]
            lines.append(row)
            if due == "Febuary 2025":
                refuse_line = len(lines)
    lines.append([""] * W)
    lines.append(["RAG: Blue = complete; Green = on track; Amber = at risk; Red = off track"] + [""] * (W - 1))
    for ln in lines:
        w.writerow(ln)
    data = buf.getvalue()
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    # sanity: the refuse line really carries the typo
    assert "Febuary 2025" in data.split("\r\n")[refuse_line - 1]

    write_expected(name, {
        "source": Lit(
            "Imitates a post-inspection action plan for a local-authority-owned fostering agency inspected by "
            "Ofsted under the SCCIF, with requirements (Fostering Services (England) Regulations 2011) and "
            "recommendations (National Minimum Standards). Body: Bradford Children and Families Trust, whose "
            "fostering service Foster for Bradford was judged requires improvement in 2024 and good in 2025 "
            "(BBC News, 'Foster service rating upgraded to good'). Copies a tracker exported to CSV: title lines, "
            "an updated/owner line, one row per action with the requirement text given only on the first row of "
            "its group, job titles as leads, mixed due dates (dd/mm/yyyy, Mon-yy, month year, Monthly, "
            "Quarterly), word RAGs, and a key line at the end."),
        "reads": Lit(
            "Eight actions answering two requirements and two recommendations from the 2024 inspection. Action "
            "3a's due date reads 'Febuary 2025', a mistyped month; a careful reader would stop and ask rather "
            "than guess the month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return 0


# ----------------------------------------------------------------------------
# 7. Sunderland Youth Justice Service - national standards improvement plan (txt)
# ----------------------------------------------------------------------------

def build_sunderland():
    name = "zrk-sunderland-youth-justice-service-national-standards-improvement-plan.txt"
    title = "Sunderland Youth Justice Service: National Standards Self-Assessment 2023 – Standard 2 (At Court) Improvement Plan"
    STE = {"Complete": "blue", "On track": "green", "At risk": "amber", "Off track": "red", "Not started": "unrated"}
    PA = "PART A: STRATEGIC (YOUTH JUSTICE PARTNERSHIP BOARD)"
    PB = "PART B: OPERATIONAL (PRACTICE AT COURT)"
    parts = [
        (PA, [
            ("Development area A1: Board oversight of court work",
             "The Board does not routinely receive data on remands, court outcomes or disproportionality in sentencing.", [
                 ("A1.1", "Add a quarterly court outcomes report to the Partnership Board agenda, including remand numbers and the ethnicity of children sentenced.",
                  "Head of Youth Justice Service", "September 2023", "Complete",
                  "First report presented to the Board in October 2023 and quarterly since.",
                  (["Head of Youth Justice Service"], "2023-09", None)),
                 ("A1.2", "Commission a disproportionality deep dive into remands and custodial sentences for children from Black, Asian and other minoritised backgrounds.",
                  "Head of Youth Justice Service and Chair of the Partnership Board", "31/03/2024", "Complete",
                  "Deep dive reported to the Board in March 2024; three follow-up actions added to the Youth Justice Plan.",
                  (["Head of Youth Justice Service", "Chair of the Partnership Board"], "2024-03", None)),
             ]),
            ("Development area A2: Relationships with the courts",
             "Liaison with the youth court is informal and depends on individual relationships.", [
                 ("A2.1", "Hold a twice-yearly liaison meeting with the Youth Panel chairs, legal advisers and the Crown Prosecution Service.",
                  "Court and Bail Team Manager", "Ongoing (twice yearly)", "On track",
                  "Meetings held November 2023 and May 2024.",
                  (["Court and Bail Team Manager"], None, "Ongoing (twice yearly)")),
                 ("A2.2", "Agree with HMCTS a listing arrangement so that remanded children appear before the youth court on the next available sitting day.",
                  "Head of Youth Justice Service", "Q2 2024/25", "At risk",
                  "Raised at the Local Criminal Justice Board; HMCTS listing review not due to report until the autumn.",
                  (["Head of Youth Justice Service"], "2024-09", "Q2 2024/25")),
             ]),
        ]),
        (PB, [
            ("Development area B1: Quality of pre-sentence reports",
             "Pre-sentence reports are timely but the quality of analysis and the child's voice are inconsistent.", [
                 ("B1.1", "Introduce a PSR quality assurance tool and audit 10 reports each quarter, with written feedback to authors.",
                  "Operational Manager (Quality Assurance)", "Dec 2023", "Complete",
                  "Tool in use since December 2023; 30 reports audited, 83% good or better.",
                  (["Operational Manager (Quality Assurance)"], "2023-12", None)),
                 ("B1.2", "Deliver Child First report writing training to all case managers, including how to present the child's voice and strengths.",
                  "Workforce Development Officer", "End of June 2024", "At risk",
                  "Two of four sessions delivered; remaining sessions moved to September because of trainer sickness.",
                  (["Workforce Development Officer"], "2024-06", None)),
             ]),
            ("Development area B2: Bail and remand",
             "Bail support packages are not always available at first appearance.", [
                 ("B2.1", "Make sure a bail support package is offered at first appearance for every child at risk of remand, with accommodation options agreed with Children's Social Care.",
                  "Court and Bail Team Manager / Operational Manager (Interventions)", "31/03/2024", "Off track",
                  "Emergency accommodation protocol with Together for Children not yet agreed; escalated to the Board.",
                  (["Court and Bail Team Manager", "Operational Manager (Interventions)"], "2024-03", None)),
                 ("B2.2", "Record the reasons for every remand to youth detention accommodation and review each case within 48 hours.",
                  "Court and Bail Team Manager", "Apr 2024", "Complete",
                  "Remand review form introduced April 2024; all five remands since have been reviewed within 48 hours.",
                  (["Court and Bail Team Manager"], "2024-04", None)),
             ]),
            ("Development area B3: Transitions at court",
             "There is no written agreement with the Probation Service for children who turn 18 during proceedings.", [
                 ("B3.1", "Agree a joint protocol with the Probation Service for children who turn 18 before or during court proceedings.",
                  "Operational Manager (Interventions)", "Q3 2024/25", "Not started",
                  "Planned to start once the regional transitions guidance is published.",
                  (["Operational Manager (Interventions)"], "2024-12", "Q3 2024/25")),
             ]),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Progress position at 30 June 2024 - prepared for the Youth Justice Partnership Board, July 2024")
    L.append("")
    L.append("Status key: Complete (blue) / On track (green) / At risk (amber) / Off track (red) / Not started")
    L.append("")
    expected_actions = []
    counts = {k: 0 for k in STE}
    for part, areas in parts:
        L.append("=" * 72)
        L.append(part)
        L.append("=" * 72)
        L.append("")
        for area, finding, acts in areas:
            L.append(area)
            L.append("Finding: " + finding)
            L.append("")
            for ref, text, lead, due, status, upd, exp in acts:
                L.append(f"{ref}  {text}")
                L.append(f"      Lead: {lead}")
                L.append(f"      Due: {due}")
                L.append(f"      Status: {status}")
                L.append(f"      Update: {upd}")
                L.append("")
                leads, end, end_text = exp
                expected_actions.append(act(ref, [part, area], text, leads, end, STE[status], end_text))
                counts[status] += 1
    L.append("-" * 72)
    n = sum(counts.values())
    L.append("Summary: %d actions - %s" % (n, ", ".join(f"{v} {k}" for k, v in counts.items())))
    L.append("Next update: Partnership Board, October 2024")
    L.append("")
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L))

    write_expected(name, {
        "source": Lit(
            "Imitates a youth justice service improvement plan following the YJB national standards "
            "self-assessment of 2023, which every YJS partnership had to complete for Standard 2: At Court using "
            "the YJB tool, with strategic and operational parts, and submit by 30 October 2023 (gov.uk, "
            "'Standards for children in the youth justice system', standards self-assessment 2023). Body: "
            "Sunderland Youth Justice Service; its HMIP inspection plan is already in the corpus, this is a "
            "different kind of plan. Copies a plain-text export of a Word plan: title lines, a status key line, "
            "ruled PART headings (strategic, operational), 'Development area' headings each with a finding line, "
            "then one block per action (ref and text on one line, Lead/Due/Status/Update field lines), and a "
            "summary line."),
        "reads": Lit(
            "Nine actions in two parts (strategic and operational), each under a named development area with the "
            "self-assessment finding beneath it; every action gives its lead, due date, status word and update. "
            "The key, the summary and the next-update line are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions,
    })
    return len(expected_actions)


def main():
    counts = {}
    counts["mwwsb"] = build_mwwsb()
    counts["liverpool"] = build_liverpool()
    counts["newport"] = build_newport()
    counts["telford"] = build_telford()
    counts["aln"] = build_aln()
    counts["bcft"] = build_bcft()
    counts["sunderland"] = build_sunderland()
    for k, v in counts.items():
        print(f"{k}: {v} actions")


if __name__ == "__main__":
    main()
