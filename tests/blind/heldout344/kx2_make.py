"""Build the seven kx2 data files for blind set heldout344.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


DOCX_RAG = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}


# ============================================================ 1. Clacks & Stirling APC learning review (docx)
def make_clacks():
    doc = Document()
    doc.add_heading("Learning Review Mr T – Improvement Action Plan", level=0)
    doc.add_paragraph("Clackmannanshire and Stirling Adult Protection Committee")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document owner", "Learning and Development Sub-group"),
        ("Version", "1.3"),
        ("Approved by APC", "12 March 2025"),
        ("Progress update as at", "30 September 2025"),
        ("Next report", "Chief Officers Group, December 2025"),
    ]:
        r = t.add_row().cells
        set_text(r[0], k, bold=True)
        set_text(r[1], v)

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Mr T was a 58-year-old man who lived alone in a rented flat in the Stirling area. "
        "He had a long history of alcohol use and was known to several services because of "
        "concerns about self-neglect and the condition of his home. He died at home in "
        "November 2023. The Adult Protection Committee commissioned a Learning Review, which "
        "was completed in December 2024. This plan sets out the actions agreed by partner "
        "agencies in response to the review’s five recommendations."
    )

    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for code, label in [
        ("B", "Action complete and evidence of impact provided"),
        ("G", "On track to be delivered within timescale"),
        ("A", "Some slippage – remedial action agreed"),
        ("R", "Not progressing / significant risk to delivery"),
    ]:
        r = k.add_row().cells
        set_text(r[0], {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}[code], bold=True)
        shade(r[0], DOCX_RAG[code])
        set_text(r[1], label)

    themes = [
        ("Theme 1: Recognising and responding to self-neglect", [
            ("Recommendation 1: The APC should ensure that the multi-agency self-neglect and hoarding "
             "protocol is refreshed and that practitioners across all partner agencies understand when "
             "concerns should be progressed under Adult Support and Protection procedures.", [
                ("1.1", "Review and refresh the Forth Valley self-neglect and hoarding protocol, incorporating the learning from this review.",
                 "ASP Lead Officer (Stirling) / ASP Lead Officer (Clackmannanshire)", "June 2025",
                 "Refreshed protocol approved by APC on 11 June 2025 and published on the Forth Valley ASP website.", "B", True),
                ("1.2", "Deliver multi-agency briefing sessions on the refreshed protocol to frontline practitioners in health, social work, housing, Police Scotland and Scottish Fire and Rescue Service.",
                 "Learning and Development Sub-group Chair", "Q3 2025/26",
                 "Four sessions delivered (112 attendees). Two further sessions scheduled for November 2025.", "G", True),
            ]),
            ("Recommendation 2: Partner agencies should strengthen the use of professional curiosity where "
             "an adult repeatedly declines support, including exploring the impact of alcohol use on "
             "capacity and decision-making.", [
                ("2.1", "Develop a practice guide on engaging adults who decline support, with case examples drawn from local learning reviews.",
                 "Service Manager, Adult Social Work (Clackmannanshire)", "31/10/2025",
                 "Draft guide circulated to sub-group for comment; work delayed by staff absence.", "A", True),
                ("2.2", "Include alcohol-related brain damage and capacity assessment in the 2025/26 multi-agency ASP training programme.\nTraining evaluation to be reported to the APC.",
                 "NHS Forth Valley Adult Support and Protection Lead Nurse; Learning and Development Sub-group Chair", "March 2026",
                 "Module content agreed with NHS Forth Valley Alcohol and Drug Partnership team.", "G", True),
            ]),
        ]),
        ("Theme 2: Information sharing and multi-agency working", [
            ("Recommendation 3: The APC should seek assurance that concerns raised by Scottish Fire and Rescue "
             "Service following Home Fire Safety Visits are shared with the relevant Health and Social Care "
             "Partnership and considered at an inter-agency referral discussion where appropriate.", [
                ("3.1", "Audit a sample of Scottish Fire and Rescue Service adult concern referrals made between April 2024 and March 2025 to test the response received.",
                 "SFRS Station Commander, Prevention and Protection; ASP Lead Officer (Stirling)", "August 2025",
                 "Audit of 24 referrals completed; report presented to APC in September 2025.", "B", True),
                ("3.2", "Agree a single point of contact in each HSCP for SFRS referrals and publish contact details to all stations.",
                 "Chief Social Work Officer", "May 2025",
                 "Single points of contact agreed and circulated to all Forth Valley stations.", "B", False),
            ]),
            ("Recommendation 4: Where more than one agency is involved with an adult who is at risk of harm "
             "through self-neglect, a lead professional should be identified and recorded.", [
                ("4.1", "Amend the ASP inquiry and investigation recording templates to include a mandatory lead professional field.",
                 "Head of Adult Social Care, Stirling HSCP", "December 2025",
                 "Change request submitted to system supplier.", "A", True),
                ("4.2", "Carry out a multi-agency case file audit focused on self-neglect cases to evidence use of the lead professional role.",
                 "APC Quality Assurance Sub-group", "Ongoing – annual audit cycle",
                 "First audit scheduled for February 2026.", "G", True),
            ]),
        ]),
        ("Theme 3: Oversight and assurance", [
            ("Recommendation 5: The Chief Officers Group should receive regular assurance on the "
             "implementation of this action plan.", [
                ("5.1", "Provide six-monthly progress reports on this action plan to the APC and the Clackmannanshire and Stirling Chief Officers Group.",
                 "Independent Chair, Adult Protection Committee", "Six-monthly",
                 "First report presented to Chief Officers Group in June 2025.", "G", True),
            ]),
        ]),
    ]

    heads = ["No.", "Action", "Lead", "Timescale", "Progress update (September 2025)", "RAG"]
    widths = [Cm(1.2), Cm(6.0), Cm(3.5), Cm(2.3), Cm(5.0), Cm(1.2)]
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, acts in recs:
            tb = doc.add_table(rows=2, cols=6)
            tb.style = "Table Grid"
            top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
            set_text(top, rec, bold=True)
            shade(top, "D9E2F3")
            for i, h in enumerate(heads):
                set_text(tb.rows[1].cells[i], h, bold=True)
            for ref, action, lead, when, prog, rag, letter in acts:
                c = tb.add_row().cells
                for i, v in enumerate([ref, action, lead, when, prog, rag if letter else ""]):
                    set_text(c[i], v)
                shade(c[5], DOCX_RAG[rag])
            for row in tb.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = w
            doc.add_paragraph("")

    doc.add_paragraph(
        "Completed actions will remain on the plan until the APC is satisfied that there is "
        "evidence of impact on practice."
    )
    doc.save(out("kx2-clackmannanshire-stirling-apc-learning-review-mr-t-improvement-action-plan.docx"))


# ============================================================ 2. Thurrock CSP DHR (docx)
def make_thurrock():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Domestic Homicide Review ‘Kasia’ – Action Plan", level=0)
    doc.add_paragraph("Thurrock Community Safety Partnership")
    doc.add_paragraph(
        "Victim: Kasia (pseudonym), aged 34. Date of death: August 2022. Overview report approved "
        "by the Home Office Quality Assurance Panel: February 2024."
    )
    doc.add_paragraph(
        "This action plan is monitored by the Thurrock Community Safety Partnership Domestic Abuse "
        "and Violence Against Women and Girls Sub-group. Last updated: July 2025."
    )
    doc.add_paragraph("Status key:   B – Complete   G – On track   A – Some slippage   R – Off track / not progressing")

    # ---- overview report recommendations: recommendation and scope merged down
    doc.add_heading("Overview Report Recommendations", level=1)
    ov = [
        ("Thurrock Community Safety Partnership should assure itself that practitioners across partner "
         "agencies understand the additional barriers faced by Eastern European victims of domestic abuse, "
         "including language, immigration status and fear of losing their children.", "Local", [
            ("1.1", "Commission culturally specific domestic abuse awareness training, delivered with a specialist by-and-for organisation, for frontline practitioners.",
             "Thurrock Council Community Safety Team",
             "Two sessions delivered in January and March 2025; 64 practitioners attended.", "31/03/2025", "B"),
            ("1.2", "Translate the Thurrock domestic abuse services leaflet into Polish, Romanian and Lithuanian and distribute through GP practices, community hubs and faith settings.",
             "Thurrock Council Community Safety Team / Mid and South Essex ICB",
             "Translations complete; distribution plan agreed with Primary Care Networks.", "September 2025", "G"),
        ]),
        ("The Southend, Essex and Thurrock Domestic Abuse Board should review the process for professionals "
         "using interpreters during routine enquiry about domestic abuse, to ensure that a family member or "
         "partner is never used to interpret.", "Regional", [
            ("2.1", "Review interpreter guidance in the SET Domestic Abuse Practitioner Guidance and issue a practice briefing.",
             "Southend, Essex and Thurrock Domestic Abuse Board (SETDAB)",
             "Guidance review delayed pending SETDAB restructure.", "December 2025", "A"),
            ("2.2", "Seek assurance from each partner agency that its interpreter policy prohibits the use of family members or partners to interpret in safeguarding conversations.",
             "All partner agencies",
             "No returns received from 4 of 9 agencies.", "March 2026", "R"),
        ]),
        ("The Home Office should consider issuing guidance to employers on recognising and responding to "
         "domestic abuse affecting their employees.", "National", [
            ("3.1", "Write to the Home Office Domestic Homicide Review team highlighting this recommendation.",
             "Chair, Thurrock Community Safety Partnership",
             "Letter sent 22 April 2024. Acknowledgement received.", "April 2024", "B"),
        ]),
    ]
    heads = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency",
             "Key milestones / progress", "Target date", "Status"]
    tb = doc.add_table(rows=1, cols=len(heads))
    tb.style = "Table Grid"
    for i, h in enumerate(heads):
        set_text(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "BDD7EE")
    for rec, scope, acts in ov:
        first = None
        for j, (ref, action, lead, prog, when, st) in enumerate(acts):
            c = tb.add_row().cells
            set_text(c[0], ref)
            if j == 0:
                set_text(c[1], rec)
                set_text(c[2], scope)
                first = c
            set_text(c[3], action)
            set_text(c[4], lead)
            set_text(c[5], prog)
            set_text(c[6], when)
            set_text(c[7], st)
            shade(c[7], DOCX_RAG[st])
        if len(acts) > 1:
            last = tb.rows[-1].cells
            first[1].merge(last[1])
            first[2].merge(last[2])

    # ---- single agency tables
    single = [
        ("Single Agency Recommendations – Essex Police",
         "Essex Police should ensure that officers attending domestic abuse incidents complete the DASH "
         "risk assessment with the victim away from the alleged perpetrator.", [
            ("4.1", "Dip-sample 50 domestic abuse incidents attended in Thurrock to check DASH completion away from the perpetrator, and report findings to the Domestic Abuse Problem Solving Team.",
             "Detective Chief Inspector, Public Protection (Thurrock)", "Jun-25",
             "Dip sample complete: 88% compliance. Findings reported June 2025.", "B"),
            ("4.2", "Refresh the DASH input delivered to student officers and response teams.",
             "Head of Learning and Development, Essex Police", "Q3 2025/26",
             "Revised input drafted with the Domestic Abuse Problem Solving Team.", "G"),
        ]),
        ("Single Agency Recommendations – Thurrock Council Housing",
         "Thurrock Council Housing should ensure that tenancy sign-up and annual tenancy visits include a "
         "routine enquiry about domestic abuse, recorded on the housing management system.", [
            ("5.1", "Add a domestic abuse routine enquiry question and recording field to the tenancy sign-up and tenancy audit forms.",
             "Housing Services Manager (Tenancy Management)", "October 2025",
             "Not yet started – awaiting housing system upgrade.", ""),
            ("5.2", "Train housing officers in routine enquiry, safe recording and referral to the Thurrock domestic abuse service.\nAttendance to be monitored through the Housing Learning and Development Plan.",
             "Housing Services Manager (Tenancy Management) and Thurrock Domestic Abuse Partnership Coordinator", "Ongoing",
             "Three of five housing teams trained.", "A"),
        ]),
    ]
    heads2 = ["No.", "Recommendation", "Action to take", "Lead", "Target date", "Progress", "Status"]
    for heading, rec, acts in single:
        doc.add_heading(heading, level=1)
        tb = doc.add_table(rows=1, cols=len(heads2))
        tb.style = "Table Grid"
        for i, h in enumerate(heads2):
            set_text(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "BDD7EE")
        first = None
        for j, (ref, action, lead, when, prog, st) in enumerate(acts):
            c = tb.add_row().cells
            set_text(c[0], ref)
            if j == 0:
                set_text(c[1], rec)
                first = c
            set_text(c[2], action)
            set_text(c[3], lead)
            set_text(c[4], when)
            set_text(c[5], prog)
            set_text(c[6], st)
            if st:
                shade(c[6], DOCX_RAG[st])
        first[1].merge(tb.rows[-1].cells[1])

    doc.add_paragraph("")
    doc.add_paragraph(
        "Sign-off: actions will be closed by the DA and VAWG Sub-group on receipt of evidence from the lead agency."
    )
    doc.save(out("kx2-thurrock-csp-dhr-kasia-action-plan.docx"))


# ============================================================ 3. Gravesham CSP plan (txt, refuse)
GRAVESHAM_LINES = [
    "Gravesham Community Safety Partnership Plan 2025-26 – Action Plan",
    "Quarter 2 progress update (July – September 2025)",
    "Prepared by the Gravesham Community Safety Unit for the CSP Strategic Group, 15 October 2025",
    "",
    "Priority\tRef\tAction\tLead\tSupporting partners\tTarget date\tQ2 update\tRAG",
    "Priority 1: Anti-social behaviour and environmental crime",
    "\t1.1\tDeliver four multi-agency weeks of action in Gravesend town centre, Northfleet and Swanscombe.\tCommunity Safety Unit Manager\tKent Police; Gravesham BC Environmental Enforcement\tMarch 2026\tTwo weeks of action delivered (June and September).\tG",
    "\t1.2\tIntroduce a Public Spaces Protection Order for the Gravesend town centre area following consultation.\tHead of Community Safety, Gravesham BC\tKent Police\tNovember 2025\tConsultation closed 31 August; report to Cabinet in November.\tG",
    "\t1.3\tRun a fly-tipping deterrence campaign at the five highest-reporting hotspot locations.\tEnvironmental Enforcement Manager\tKent County Council\t31/01/2026\tCCTV deployed at three sites.\tA",
    "Priority 2: Violence against women and girls and domestic abuse",
    "\t2.1\tAchieve White Ribbon accreditation for Gravesham Borough Council.\tCommunity Safety Unit Manager\tNorth Kent Domestic Abuse Forum\tDecmber 2025\tAction plan submitted to White Ribbon UK.\tG",
    "\t2.2\tDeliver Ask for Angela and bystander training to licensed premises in Gravesend.\tLicensing Manager\tKent Police Licensing Team\tFebruary 2026\t12 premises trained.\tG",
    "\t2.3\tPromote the One Stop Shop domestic abuse drop-in at Gravesend Library.\tNorth Kent Domestic Abuse Forum Coordinator\tOasis Domestic Abuse Service\tOngoing\tWeekly drop-in running; average 6 clients per week.\tG",
    "Priority 3: Serious violence and exploitation",
    "\t3.1\tMap and disrupt county lines activity through the Gravesham Community Safety Partnership tasking meeting.\tKent Police Gravesham Community Safety Inspector\tGravesham BC; Kent County Council Children’s Services\tMarch 2026\tMonthly tasking meeting in place.\tG",
    "\t3.2\tCommission detached youth work in Northfleet and Swanscombe during the summer holidays.\tCommunity Safety Unit Manager\tKent Youth Service\tSeptember 2025\tDelivered over six weeks; 214 young people engaged.\tComplete",
    "",
    "RAG key: G = on track; A = some slippage; R = off track; Complete = action delivered",
]


def make_gravesham():
    with open(out("kx2-gravesham-csp-community-safety-partnership-plan-2025-26-action-plan-typo-month-refuse.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(GRAVESHAM_LINES) + "\n")


# ============================================================ 4. CUH board action log (csv)
CUH_ROWS = [
    ["BoD-24/112", "13/11/2024", "142/24", "Integrated Performance Report",
     "Provide an analysis of the ED 12-hour length of stay breaches by patient cohort, including:\n- patients with mental health needs\n- patients aged over 80",
     "Chief Operating Officer", "12/03/2025", "14/05/2025", "Presented to May Board. Propose closure.", "B"],
    ["BoD-25/009", "08/01/2025", "09/25", "Board Assurance Framework",
     "Review the target risk score for BAF risk 3 (capacity and flow) in light of the winter plan.",
     "Chief Operating Officer / Director of Strategy", "12/03/2025", "", "Completed – BAF updated March 2025.", "B"],
    ["BoD-25/031", "12/03/2025", "41/25", "Patient story",
     "Invite the patient to return to a future Board meeting to hear how the learning from her care has been implemented.",
     "Trust Secretary", "10/09/2025", "12/11/2025", "Patient contacted; date agreed for November Board.", "G"],
    ["BoD-25/047", "14/05/2025", "58/25", "Maternity and neonatal safety report",
     "Bring the outcome of the perinatal culture and leadership (SCORE) survey and the resulting action plan to the Board.",
     "Chief Nurse; Director of Midwifery", "09/07/2025", "12/11/2025", "Survey results received late; action plan being co-produced with staff.", "A"],
    ["BoD-25/052", "14/05/2025", "63/25", "Freedom to Speak Up report",
     "Include benchmarking against peer trusts in the next Freedom to Speak Up Guardian report.",
     "Freedom to Speak Up Guardian", "12/11/2025", "", "Not yet due.", "G"],
    ["BoD-25/060", "09/07/2025", "77/25", "Finance report",
     "Set out the recurrent and non-recurrent split of the 2025/26 Cost Improvement Programme, by division.",
     "Chief Finance Officer", "10/09/2025", "", "Included in Month 4 finance report. Propose closure.", "B"],
    ["BoD-25/061", "09/07/2025", "78/25", "Workforce report",
     "Provide assurance on progress against the mandatory training trajectory for resuscitation and safeguarding level 3.",
     "Director of Workforce", "10/09/2025", "", "Update deferred – data validation issue in ESR.", "R"],
    ["BoD-25/068", "09/07/2025", "82/25", "Cambridge Children’s Hospital",
     "Provide an update on the full business case timetable and the national funding decision.",
     "Director of Strategy and Major Projects", "Jan-26", "", "On track for January Board.", "G"],
    ["BoD-25/074", "10/09/2025", "95/25", "Digital strategy",
     "Arrange a Board development session on the Epic upgrade and cyber security.",
     "Chief Digital Information Officer, Trust Secretary", "December 2025", "", "New action.", ""],
    ["BoD-25/075", "10/09/2025", "96/25", "Annual infection prevention and control report",
     "Report C. difficile cases against the 2025/26 threshold in the Integrated Performance Report from October 2025.",
     "Medical Director", "Oct-25", "", "", "G"],
]


def make_cuh():
    with open(out("kx2-cambridge-university-hospitals-nhsft-board-of-directors-public-action-log.csv"),
              "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        n = 10
        w.writerow(["Cambridge University Hospitals NHS Foundation Trust – Board of Directors (Part 1) action log"] + [""] * (n - 1))
        w.writerow(["Updated following the meeting held on 10 September 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(["Action no.", "Meeting date", "Minute ref", "Agenda item", "Action", "Lead",
                    "Original due date", "Revised due date", "Progress update", "RAG"])
        for r in CUH_ROWS:
            w.writerow(r)
        w.writerow([""] * n)
        w.writerow(["RAG key:", "B = complete (proposed for closure)", "G = not yet due / on track",
                    "A = due date revised", "R = overdue"] + [""] * (n - 5))


# ============================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": PatternFill("solid", fgColor="00B0F0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
}


def d(y, m, dd):
    return dt.datetime(y, m, dd)


# ============================================================ 5. West Suffolk maternity (xlsx)
WSFT_THEMES = [
    ("Theme 1: Listening to and working with women and families with compassion", [
        ("1.1", "3YDP / MNVP", "Co-produce a Maternity and Neonatal Voices Partnership (MNVP) workplan for 2025/26, with funded service user lead hours.",
         "Director of Midwifery / MNVP Lead", d(2025, 6, 30), None,
         "Workplan agreed at MNVP meeting in June 2025.", "Minutes of MNVP meeting 24/06/2025", "B"),
        ("1.2", "CQC 2024 (Should do)", "Implement a personalised care and support plan for every woman, accessible through the Badger Notes app, and audit uptake quarterly.",
         "Consultant Midwife", d(2025, 9, 30), d(2026, 1, 31),
         "Q1 audit 61% uptake; digital template rebuild required.", "Q1 audit report", "A"),
        ("1.3", "Ockenden IEA 2", "Publish the maternity complaints themes and the actions taken in response on the Trust website every quarter.",
         "Head of Patient Experience", "Quarterly", None,
         "Q1 themes published August 2025.", "Web page link", "G"),
    ]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        ("2.1", "MIS Year 6 SA5", "Complete the Birthrate Plus midwifery workforce review and present the findings and funded establishment to Board.",
         "Director of Midwifery", d(2025, 7, 31), None,
         "Presented to Board July 2025; establishment uplift of 4.2 WTE approved.", "Board paper July 2025", "B"),
        ("2.2", "3YDP", "Implement the local midwifery retention action plan, including the preceptorship programme and legacy mentor roles.",
         "Head of Midwifery; Practice Development Midwife", "Mar-26", None,
         "Two legacy mentors in post; preceptorship programme relaunched.", "Retention dashboard", "G"),
        ("2.3", "MIS Year 6 SA8", "Achieve 90% compliance with PROMPT multi-professional emergency skills training for all staff groups.",
         "Clinical Director, Obstetrics and Gynaecology / Practice Development Midwife", d(2025, 8, 31), d(2025, 11, 30),
         "Obstetric consultant compliance 71%; anaesthetic compliance 64%.", "Training compliance report", "R"),
    ]),
    ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
        ("3.1", "CQC 2024 (Must do)", "Ensure that all maternity incidents are reviewed at the daily safety huddle and that learning is shared through the monthly ‘Safety Spotlight’ newsletter.",
         "Maternity Governance Lead", d(2025, 5, 31), None,
         "Embedded since May 2025; audit shows 100% of incidents reviewed.", "Huddle audit", "B"),
        ("3.2", "Perinatal culture and leadership programme", "Deliver the perinatal quad culture improvement plan following the SCORE survey\nand report progress to the Maternity and Neonatal Safety Champions meeting.",
         "Perinatal Quad", "Q4 2025/26", None,
         "Listening events held on both sites.", "Safety Champions minutes", "G"),
    ]),
    ("Theme 4: Meeting and improving standards and structures that underpin safer care", [
        ("4.1", "MIS Year 6 SA6", "Achieve full compliance with Saving Babies’ Lives Care Bundle version 3, elements 1 to 6.",
         "Consultant Obstetrician (SBLCB lead)", d(2025, 12, 31), None,
         "Elements 1, 3 and 6 compliant; element 2 (fetal growth) below target.", "LMNS assurance visit report", "A"),
        ("4.2", "CQC 2024 (Must do)", "Complete the refurbishment of the maternity triage area and implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS).",
         "Deputy Chief Operating Officer / Head of Estates", d(2025, 10, 31), d(2026, 3, 31),
         "BSOTS implemented; refurbishment delayed by contractor availability.", "BSOTS audit", "A"),
        ("4.3", "Neonatal", "Recruit to the neonatal nursing establishment to meet BAPM standards for qualified in speciality (QIS) nurses.",
         "Neonatal Matron", d(2026, 3, 31), None,
         "Not started – dependent on business case approval.", "", None),
    ]),
]


def make_wsft():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "West Suffolk NHS Foundation Trust – Maternity and Neonatal Improvement Plan 2025/26"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Women and Children’s Health – reported to the Board of Directors via the Quality and Risk Committee"
    cv["A4"] = "Version control"
    cv["A4"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Changes"),
            ("0.4", d(2025, 3, 17), "Director of Midwifery", "Draft for Women and Children’s Health Board"),
            ("1.0", d(2025, 4, 2), "Director of Midwifery", "Approved by Quality and Risk Committee"),
            ("1.3", d(2025, 10, 8), "Maternity Improvement Lead", "Q2 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            if i == 0:
                c.font = Font(bold=True)
    cv["A11"] = "BRAG key"
    cv["A11"].font = Font(bold=True)
    for i, (k, label) in enumerate([("B", "Complete and embedded – evidence provided"),
                                    ("G", "On track"),
                                    ("A", "At risk of delay – mitigation in place"),
                                    ("R", "Off track / overdue – escalation required")]):
        c = cv.cell(row=12 + i, column=1, value={"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}[k])
        c.fill = FILL[k]
        c.border = BOX
        cv.cell(row=12 + i, column=2, value=label).border = BOX
    cv.column_dimensions["A"].width = 14
    cv.column_dimensions["B"].width = 44
    cv.column_dimensions["C"].width = 28
    cv.column_dimensions["D"].width = 44

    # summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of BRAG ratings by theme – 30 September 2025"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ["Theme", "Blue", "Green", "Amber", "Red", "Not rated", "Total"]
    for j, h in enumerate(hdr):
        c = sm.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    tot = [0] * 5
    for i, (theme, acts) in enumerate(WSFT_THEMES):
        counts = [sum(1 for a in acts if a[8] == k) for k in ("B", "G", "A", "R", None)]
        tot = [x + y for x, y in zip(tot, counts)]
        vals = [theme.split(":")[0]] + counts + [sum(counts)]
        for j, v in enumerate(vals):
            sm.cell(row=4 + i, column=1 + j, value=v).border = BOX
    for j, v in enumerate(["Total"] + tot + [sum(tot)]):
        c = sm.cell(row=4 + len(WSFT_THEMES), column=1 + j, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    sm.column_dimensions["A"].width = 14

    # plan sheet
    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Improvement plan – progress at 30 September 2025"
    ws["A1"].font = Font(bold=True, size=12)
    ws.merge_cells("A1:I1")
    hdr = ["Ref", "Source", "Action", "Lead(s)", "Original completion date", "Revised completion date",
           "Progress update", "Evidence / assurance", "BRAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E79")
        c.alignment = WRAP
        c.border = BOX
    r = 4
    for theme, acts in WSFT_THEMES:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in acts:
            ref, src, action, lead, orig, rev, prog, ev, rag = a
            vals = [ref, src, action, lead, orig, rev, prog, ev, None]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=9).fill = FILL[rag]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: actions rated Blue for two consecutive months are moved to the Completed actions log.")
    for col, w in zip("ABCDEFGHI", [6, 18, 50, 28, 14, 14, 40, 26, 8]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    wb.save(out("kx2-west-suffolk-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# ============================================================ 6. Braintree corporate risk register (xlsx)
BRAINTREE_RISKS = [
    ("CR01 – Financial sustainability",
     "Cause: reductions in government funding, inflation and demand pressures. Event: the Council is unable to set a balanced budget. Effect: use of reserves, service reductions, s114 risk.",
     "Director of Resources (s151 Officer)", 20,
     "Medium Term Financial Strategy refreshed annually; monthly budget monitoring to CMT; reserves policy.", 16, "↔", 12, [
        ("CR01.1", "Deliver the 2026/27 savings and income proposals agreed by Cabinet in November 2025.", "Corporate Management Team", d(2026, 3, 31), "Amber"),
        ("CR01.2", "Complete the review of fees and charges, including green waste subscription pricing.", "Head of Finance / Head of Operations", "Feb-26", "Green"),
        ("CR01.3", "Respond to the Fair Funding Review 2.0 consultation and model the impact on the MTFS.", "Head of Finance", d(2025, 8, 15), "Complete"),
    ]),
    ("CR02 – Workforce capacity",
     "Inability to recruit and retain staff in key professional roles (planning, environmental health, legal), leading to service delays and reliance on agency staff.",
     "Head of People and Performance", 16,
     "Pay and grading review 2024; agile working; apprenticeship levy use.", 12, "↓", 8, [
        ("CR02.1", "Implement the refreshed recruitment and retention strategy, including market supplements for hard-to-fill posts.", "Head of People and Performance", "Q4 2025/26", "Green"),
        ("CR02.2", "Launch the Braintree Council graduate and apprenticeship scheme for planning and environmental health.", "Head of People and Performance, Head of Planning", "September 2026", "Green"),
    ]),
    ("CR03 – Cyber security",
     "A successful cyber attack resulting in loss of systems or data, inability to deliver services and reputational damage.",
     "Head of ICT and Digital", 20,
     "Firewalls, MFA, patching regime, PSN compliance, staff phishing training.", 15, "↔", 10, [
        ("CR03.1", "Achieve the Cyber Assessment Framework (CAF) baseline profile for local government.", "Head of ICT and Digital", d(2026, 6, 30), "Amber"),
        ("CR03.2", "Run a cyber incident exercise with the Corporate Management Team and update the ICT disaster recovery plan.", "Head of ICT and Digital; Emergency Planning Officer", "Nov-25", "Complete"),
    ]),
    ("CR04 – Local Government Reorganisation",
     "Disruption to services, projects and decision-making during the transition to new unitary authorities in Essex.",
     "Chief Executive", 16,
     "Member and officer briefings; participation in Essex LGR programme structures.", 16, "↑", 12, [
        ("CR04.1", "Maintain a programme board and dedicated LGR programme team, with regular reporting to Cabinet and Full Council.", "Chief Executive", "Ongoing", "Green"),
        ("CR04.2", "Agree data sharing and service continuity arrangements with Essex County Council and neighbouring districts.", "Director of Corporate Services", "TBC", "Not started"),
    ]),
    ("CR05 – Housing and homelessness",
     "Demand for temporary accommodation exceeds available supply and budget, leading to use of costly nightly-paid accommodation.",
     "Corporate Director – Housing, Health and Communities", 16,
     "Homelessness prevention team; partnership with registered providers; TA procurement framework.", 16, "↑", 9, [
        ("CR05.1", "Deliver the temporary accommodation acquisition programme (20 units) with Greenfields Community Housing.", "Head of Housing, Health and Communities", d(2025, 12, 31), "Red"),
        ("CR05.2", "Review the homelessness prevention offer and refresh the Homelessness and Rough Sleeping Strategy.", "Housing Solutions Manager", "March 2026", "Amber"),
    ]),
]


def score_fill(s):
    return FILL["R"] if s >= 15 else FILL["A"] if s >= 8 else FILL["G"]


def make_braintree():
    wb = Workbook()
    mx = wb.active
    mx.title = "Risk Matrix"
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True, size=12)
    mx["A3"] = "Likelihood \\ Impact"
    for i in range(5):
        mx.cell(row=3, column=2 + i, value=i + 1).font = Font(bold=True)
        mx.cell(row=4 + i, column=1, value=5 - i).font = Font(bold=True)
        for j in range(5):
            s = (5 - i) * (j + 1)
            c = mx.cell(row=4 + i, column=2 + j, value=s)
            c.fill = score_fill(s)
            c.border = BOX
    mx["A10"] = "15–25 High (red)   8–12 Medium (amber)   1–6 Low (green)"
    mx["A12"] = "Action RAG: Green – on track; Amber – some slippage; Red – off track; Complete – action delivered; Not started"

    ws = wb.create_sheet("CRR Q3 2025-26")
    ws["A1"] = "Braintree District Council Corporate Risk Register – Quarter 3 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to Governance and Audit Scrutiny Committee – 28 January 2026"
    ws["A3"] = "Risk owners reviewed scores and actions in December 2025."
    hdr = ["Risk", "Description (cause / event / effect)", "Risk owner", "Inherent score",
           "Current controls", "Current score", "Direction of travel", "Target score",
           "Action ref", "Further actions required", "Action owner", "Target date", "Action RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    rag_fill = {"Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"], "Complete": FILL["B"]}
    for title, desc, owner, inh, ctrl, cur, dot, tgt, acts in BRAINTREE_RISKS:
        start = r
        for ref, action, aowner, when, rag in acts:
            for j, v in enumerate([ref, action, aowner, when, rag]):
                c = ws.cell(row=r, column=9 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag in rag_fill:
                ws.cell(row=r, column=13).fill = rag_fill[rag]
            for j in range(8):
                ws.cell(row=r, column=1 + j).border = BOX
            r += 1
        for j, v in enumerate([title, desc, owner, inh, ctrl, cur, dot, tgt]):
            c = ws.cell(row=start, column=1 + j, value=v)
            c.alignment = WRAP
            if j in (3, 5, 7):
                c.fill = score_fill(v)
            if len(acts) > 1:
                ws.merge_cells(start_row=start, start_column=1 + j, end_row=r - 1, end_column=1 + j)
        ws.cell(row=start, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Scores are Likelihood x Impact on a 5 x 5 matrix – see Risk Matrix tab.")
    ws.cell(row=r + 1, column=1, value="Direction of travel: ↑ risk increasing  ↓ risk reducing  ↔ no change since Q2")
    for col, w in zip("ABCDEFGHIJKLM", [22, 40, 22, 9, 34, 9, 9, 9, 9, 48, 26, 12, 11]):
        ws.column_dimensions[col].width = w
    wb.active = 1
    wb.save(out("kx2-braintree-dc-corporate-risk-register-q3-2025-26.xlsx"))


# ============================================================ 7. Swale transformation highlight report (xlsx)
SWALE = [
    ("Customer Access", [
        ("CA1", "Launch the new customer portal and online account (phase 1: council tax and waste services).", "Head of Customer Services", d(2025, 11, 30), "G", "G", "User testing complete; go-live 24 November."),
        ("CA2", "Implement the telephony upgrade and callback functionality in the contact centre.", "Head of Customer Services / ICT Manager", "Jan-26", "A", "R", "Supplier delay; revised plan being agreed with supplier."),
        ("CA3", "Close the Sittingbourne cash office and move to payment at PayPoint outlets.", "Revenues and Benefits Manager", d(2025, 9, 30), "G", "Complete", "Cash office closed 30 September."),
    ]),
    ("Digital and Data", [
        ("DD1", "Migrate remaining on-premise servers to Microsoft Azure.", "ICT Manager", "Q4 2025/26", "A", "A", "12 of 19 servers migrated."),
        ("DD2", "Roll out a Microsoft 365 Copilot pilot to 50 users and evaluate benefits.", "Digital Transformation Lead", "Dec 2025", "G", "G", "Pilot live with 46 users."),
        ("DD3", "Establish a corporate data warehouse and Power BI performance dashboards.", "Policy and Performance Manager, Digital Transformation Lead", "TBC", "–", "", "Scoping not yet started; resource to be confirmed."),
    ]),
    ("Assets and Accommodation", [
        ("AA1", "Consolidate office accommodation into Swale House floors 1 and 2 and market the vacated floor for letting.", "Head of Property", d(2026, 3, 31), "A", "G", "Agent appointed; two expressions of interest."),
        ("AA2", "Complete the condition surveys for the commercial property portfolio.", "Head of Property", "31/10/2025", "G", "B", "All 38 surveys complete."),
    ]),
    ("Workforce and Culture", [
        ("WC1", "Deliver the new hybrid working policy and manager training.", "Head of HR", "Nov-25", "G", "G", "Policy agreed by JCC; training sessions booked."),
        ("WC2", "Launch the leadership development programme for the Extended Leadership Team (cohort 1).", "Head of HR", "February 2026", "G", "A", "Provider procurement took longer than planned."),
    ]),
]


def make_swale():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report Oct-25"
    ws["A1"] = "Swale Borough Council Transformation Programme – Highlight Report"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Produced by the Transformation Programme Office"
    info = [("Reporting period:", "October 2025"),
            ("Senior Responsible Owner:", "Chief Executive"),
            ("Programme Manager:", "Transformation Programme Manager"),
            ("Report to:", "Transformation Board, 12 November 2025"),
            ("Overall status – previous:", "Amber"),
            ("Overall status – current:", "Amber")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        c = ws.cell(row=4 + i, column=3, value=v)
        if v == "Amber":
            c.fill = FILL["A"]
    ws["A11"] = "Key achievements this period:"
    ws["A11"].font = Font(bold=True)
    ws["A12"] = "• Customer portal user acceptance testing signed off."
    ws["A13"] = "• Sittingbourne cash office closed on schedule with no complaints received."
    ws["A14"] = "• All commercial property condition surveys completed."
    hdr = ["Workstream", "Ref", "Project / milestone", "Project lead", "Due", "Previous RAG", "Current RAG", "Commentary"]
    hr = 16
    for j, h in enumerate(hdr):
        c = ws.cell(row=hr, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="006666")
        c.alignment = WRAP
        c.border = BOX
    r = hr + 1
    for ws_name, items in SWALE:
        for i, (ref, action, lead, due, prev, cur, comm) in enumerate(items):
            vals = [ws_name if i == 0 else None, ref, action, lead, due, prev, cur, comm]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if i == 0:
                ws.cell(row=r, column=1).font = Font(bold=True)
            for col, val in ((6, prev), (7, cur)):
                key = {"Complete": "B"}.get(val, val)
                if key in FILL:
                    ws.cell(row=r, column=col).fill = FILL[key]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: G – on track; A – at risk, manageable within the programme; R – off track, escalation required; B – complete")
    ws.cell(row=r + 1, column=1, value="Next highlight report: December 2025")
    for col, w in zip("ABCDEFGH", [20, 6, 52, 28, 12, 10, 10, 40]):
        ws.column_dimensions[col].width = w

    bt = wb.create_sheet("Benefits tracker")
    bt["A1"] = "Transformation Programme – financial benefits 2025/26"
    bt["A1"].font = Font(bold=True, size=12)
    rows = [("Workstream", "Target saving (£)", "Achieved to date (£)", "Forecast (£)"),
            ("Customer Access", 180000, 95000, 170000),
            ("Digital and Data", 120000, 40000, 110000),
            ("Assets and Accommodation", 250000, 0, 210000),
            ("Workforce and Culture", 60000, 15000, 60000)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = bt.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    bt.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j in range(2, 5):
        col = "ABCD"[j - 1]
        bt.cell(row=8, column=j, value=f"=SUM({col}4:{col}7)").font = Font(bold=True)
    bt.column_dimensions["A"].width = 26
    wb.save(out("kx2-swale-bc-transformation-programme-highlight-report.xlsx"))


if __name__ == "__main__":
    make_clacks()
    make_thurrock()
    make_gravesham()
    make_cuh()
    make_wsft()
    make_braintree()
    make_swale()
    print("built 7 files in", HERE)
