"""Generator for the an2- cases of heldout74 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python an2_make.py (python-docx and openpyxl).
Writes seven document files beside this script; the .expected.yaml readings are
written by hand, not by this script.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime

FILL = {
    "R": "FF0000",
    "A": "FFC000",
    "G": "00B050",
    "B": "00B0F0",
    "grey": "D9D9D9",
    "head": "1F3864",
    "pale": "DDEBF7",
    "sect": "BDD7EE",
}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def xl_row(ws, r, values, wrap=True, border=True):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        if wrap:
            cell.alignment = WRAP
        if border:
            cell.border = BORDER


def xl_header(ws, r, values, colour="head"):
    for c, v in enumerate(values, start=1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(FILL[colour])
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = BORDER


def xl_section(ws, r, text, ncols, colour="sect"):
    ws.cell(row=r, column=1, value=text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    c = ws.cell(row=r, column=1)
    c.font = Font(bold=True)
    c.fill = fill(FILL[colour])
    c.alignment = Alignment(vertical="center")
    for col in range(1, ncols + 1):
        ws.cell(row=r, column=col).border = BORDER


# ---------------------------------------------------------------------------
# 1. Northern Lincolnshire and Goole NHS FT - CQC must do / should do plan
# ---------------------------------------------------------------------------
def make_nlag():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ncols = 10
    widths = [8, 9, 42, 48, 28, 12, 12, 55, 24, 7]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "Northern Lincolnshire and Goole NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    ws["A2"] = ("CQC Inspection Report (published 2 December 2022) \u2013 "
                "Must Do / Should Do Improvement Plan")
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:J2")
    ws["A3"] = ("Executive Lead: Chief Nurse     Monitored by: Quality and Safety "
                "Committee     Position as at: 31/05/2023")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:J3")

    xl_header(ws, 5, ["Ref", "Must / Should", "CQC requirement (as per report)",
                      "Action(s) to be taken", "Action owner", "Target date",
                      "Revised date", "Progress update (May 2023)", "Evidence", "RAG"])

    DMY = "dd/mm/yyyy"
    MY = "mmm-yy"
    # (ref, must/should, requirement-or-None(continuation), action, owner,
    #  (target, fmt), (revised, fmt), progress, evidence, rag)
    rows = [
        ("section", "Urgent and Emergency Care \u2013 Scunthorpe General Hospital"),
        ("M1.1", "Must",
         "The trust must ensure that patients attending the emergency department "
         "receive an initial clinical assessment within 15 minutes of arrival. "
         "(Regulation 12: Safe care and treatment)",
         "Introduce a dedicated triage nurse on every shift, with escalation to the "
         "Nurse in Charge when the time to triage exceeds 15 minutes.",
         "Matron, Emergency Department (SGH)",
         (D(2023, 3, 31), DMY), (D(2023, 6, 30), DMY),
         "Dedicated triage nurse in place on day shifts since February 2023. Night "
         "shift cover remains dependent on bank staff; time to triage within 15 "
         "minutes was 78% in April against a 95% standard.",
         "Triage rota; weekly triage dashboard", "A"),
        ("M1.2", None, None,
         "Complete a monthly audit of time to initial assessment and report the "
         "results to the Urgent and Emergency Care Divisional Governance meeting.",
         "Clinical Director, Emergency Medicine / Matron, Emergency Department (SGH)",
         (D(2023, 1, 31), DMY), (None, None),
         "Monthly audit in place since January 2023 and reported to Divisional "
         "Governance. First three months of results reviewed at Quality and Safety "
         "Committee in April.",
         "Audit reports Jan\u2013Apr 2023", "B"),
        ("M2.1", "Must",
         "The trust must ensure that risk assessments for patients presenting with "
         "mental health needs are completed and recorded. (Regulation 12: Safe care "
         "and treatment)",
         "Add the mental health risk assessment to the ED electronic patient record "
         "(Symphony) as a mandatory field and train ED registered nurses in its use.\n"
         "Audit completion monthly for three months.",
         "Lead Nurse, Mental Health Liaison",
         (D(2023, 2, 28), DMY), (None, None),
         "Mandatory field live from 6 February 2023; 92% of ED registered nurses "
         "trained. Audit for March and April showed 96% and 98% completion.",
         "Symphony screenshots; training log; audit results", "B"),
        ("section", "Medical Care (including older people\u2019s care) \u2013 "
                    "Diana, Princess of Wales Hospital"),
        ("M3.1", "Must",
         "The trust must ensure that staff on medical wards complete mandatory "
         "training, including safeguarding adults and children level 3, in line with "
         "the trust target. (Regulation 18: Staffing)",
         "Agree a training trajectory for each medical ward and review compliance at "
         "the monthly Divisional Performance Review.",
         "Divisional Director of Nursing, Medicine",
         ("Q1 2023/24", None), (None, None),
         "Trajectories agreed for all 11 wards. Overall compliance 87% (target 90%); "
         "safeguarding level 3 at 84%.",
         "DPR packs Mar\u2013May 2023", "G"),
        ("M4.1", "Must",
         "The trust must ensure that medicines are stored securely and that fridge "
         "temperatures are monitored and acted on when out of range. (Regulation 12: "
         "Safe care and treatment)",
         "Install electronic temperature monitoring with automated alerts on all "
         "medicine fridges on medical wards.",
         "Chief Pharmacist",
         (D(2023, 7, 31), MY), (None, None),
         "Supplier appointed; installation scheduled ward by ward from June 2023.",
         "Purchase order; installation schedule", "G"),
        ("M4.2", None, None,
         "Ward managers to complete a weekly medicines storage check using the "
         "Tendable audit app, with exceptions reported to the Medicines Safety Group.",
         "Ward Managers (Medicine)",
         ("Ongoing", None), (None, None),
         "Weekly checks embedded on 10 of 11 wards; Ward 17 checks to restart "
         "following the appointment of a substantive ward manager.",
         "Tendable reports", "G"),
        ("section", "Maternity \u2013 Trust-wide"),
        ("S1.1", "Should",
         "The trust should ensure that all women have a venous thromboembolism (VTE) "
         "risk assessment documented on admission.",
         "Re-launch the VTE assessment within the BadgerNet maternity record and "
         "include VTE compliance on the monthly maternity dashboard.",
         "Head of Midwifery",
         (D(2023, 4, 30), DMY), (D(2023, 8, 31), MY),
         "Compliance in the April audit was 81%. BadgerNet prompt change requested "
         "from the supplier and awaited; revised date agreed at Maternity Governance "
         "in May.",
         "Maternity dashboard", "R"),
        ("S2.1", "Should",
         "The trust should ensure that calls to the maternity triage telephone line "
         "are answered in a timely way.",
         "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) "
         "and a dedicated triage telephone line staffed by a midwife 24 hours a day.",
         "Maternity Matron (Triage) / Digital Midwife",
         (D(2023, 9, 30), DMY), (None, None),
         "BSOTS training for triage midwives started in May. Business case for the "
         "dedicated telephone line approved by the Investment Group.",
         "Business case; training records", "G"),
        ("section", "Well-led \u2013 Trust-wide"),
        ("M5.1", "Must",
         "The trust must ensure that governance processes operate effectively so "
         "that risks are identified, escalated and acted on in a timely manner. "
         "(Regulation 17: Good governance)",
         "Refresh the Risk Management Strategy and Policy, including the escalation "
         "framework from ward to Board, for approval by the Trust Board.",
         "Associate Director of Quality Governance",
         (D(2023, 9, 30), MY), (None, None),
         "Draft strategy shared with divisions for comment; to Audit, Risk and "
         "Governance Committee in August before Board approval.",
         "Draft strategy v0.4", "G"),
        ("M5.2", None, None,
         "Deliver risk management training to divisional governance leads and all "
         "risk handlers.",
         "Head of Risk",
         (D(2023, 12, 31), MY), (None, None),
         "Not yet started \u2013 dependent on approval of the refreshed strategy "
         "(M5.1).",
         "", None),
    ]

    r = 6
    merge_start = None
    for item in rows:
        if item[0] == "section":
            xl_section(ws, r, item[1], ncols, "grey")
            r += 1
            continue
        (ref, ms, req, action, owner, (tgt, tfmt), (rev, rfmt), prog, ev, rag) = item
        xl_row(ws, r, [ref, ms, req, action, owner, tgt, rev, prog, ev, rag])
        if tfmt:
            ws.cell(row=r, column=6).number_format = tfmt
        if rfmt:
            ws.cell(row=r, column=7).number_format = rfmt
        rc = ws.cell(row=r, column=10)
        rc.alignment = Alignment(horizontal="center", vertical="top")
        if rag:
            rc.fill = fill(FILL[rag])
            rc.font = Font(bold=True)
        if req is None:
            # continuation of the requirement above: merge B and C down
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
            ws.merge_cells(start_row=r - 1, start_column=3, end_row=r, end_column=3)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for letter, text in [
        ("B", "Complete \u2013 evidence reviewed and accepted by Quality and Safety Committee"),
        ("G", "On track to deliver by the target date"),
        ("A", "At risk \u2013 slippage against target date, recovery plan in place"),
        ("R", "Off track \u2013 target date missed"),
    ]:
        c = ws.cell(row=r, column=1, value=letter)
        c.fill = fill(FILL[letter])
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=2, value=text)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Evidence is held in the CQC evidence library on the Trust intranet. Actions "
        "rated Blue are proposed for closure at the next Quality and Safety Committee."))
    ws.cell(row=r, column=1).font = Font(italic=True)
    ws.freeze_panes = "A6"

    # Summary sheet (not the plan)
    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of actions by RAG rating \u2013 31 May 2023"
    s["A1"].font = Font(bold=True)
    xl_header(s, 3, ["Section", "Blue", "Green", "Amber", "Red", "Not rated", "Total"])
    summ = [
        ("Urgent and Emergency Care (SGH)", 2, 0, 1, 0, 0, 3),
        ("Medical Care (DPoW)", 0, 3, 0, 0, 0, 3),
        ("Maternity", 0, 1, 0, 1, 0, 2),
        ("Well-led", 0, 1, 0, 0, 1, 2),
        ("Total", 2, 5, 1, 1, 1, 10),
    ]
    for i, row in enumerate(summ, start=4):
        xl_row(s, i, list(row), wrap=False)
    s.column_dimensions["A"].width = 34

    wb.save(os.path.join(HERE, "an2-nlag-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hyndburn Borough Council - LGA Corporate Peer Challenge action plan
# ---------------------------------------------------------------------------
def make_hyndburn():
    wb = Workbook()
    ws = wb.active
    ws.title = "CPC Action Plan"
    ncols = 6
    for i, w in enumerate([7, 60, 26, 14, 60, 8], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "Hyndburn Borough Council"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "LGA Corporate Peer Challenge (29 \u2013 31 October 2024) \u2013 Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:F2")
    ws["A3"] = ("The peer team made ten recommendations. This action plan sets out how the "
                "Council will respond to each of them. It was adopted by Cabinet on 26 March "
                "2025 and is overseen by the cross-party working group. Progress is shown as "
                "at August 2025, ahead of the LGA progress review on 4 September 2025.")
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A3:F3")
    ws.row_dimensions[3].height = 48

    xl_header(ws, 5, ["Ref", "Action", "Lead Officer", "Timescale",
                      "Progress update (August 2025)", "RAG"])

    G, A, R = "G", "A", "R"
    plan = [
        ("Recommendation 1: Conduct the planned review of the corporate strategy and align "
         "the organisational structure accordingly.", [
            ("1.1", "Refresh the Corporate Strategy 2025\u20132029 with Cabinet and the "
                    "Corporate Management Team, informed by the residents\u2019 survey.",
             "Chief Executive", "July 2025",
             "Corporate Strategy approved by Council on 10 July 2025.", G),
            ("1.2", "Review the senior management structure so that it reflects the "
                    "priorities in the new Corporate Strategy.",
             "Chief Executive / Head of HR", "December 2025",
             "Proposals being drafted; consultation with affected staff planned for "
             "October 2025.", A),
        ]),
        ("Recommendation 2: Engage in top team development to develop effective "
         "relationships within Cabinet/CMT as a group to create agreed ways of working and "
         "clarity of roles and responsibilities.", [
            ("2.1", "Commission a facilitated top team development programme for Cabinet "
                    "and CMT through the LGA.",
             "Chief Executive", "April 2025",
             "Three joint sessions held (April, May and July 2025), facilitated by LGA "
             "associates.", G),
            ("2.2", "Agree and publish a Member\u2013Officer protocol setting out roles, "
                    "responsibilities and ways of working.",
             "Monitoring Officer", "Sept 2025",
             "Draft protocol considered by Standards Committee in July; to Council in "
             "September.", A),
        ]),
        ("Recommendation 3: With partners, lead the development of a clear and well "
         "understood vision for the whole Borough (Place Strategy).", [
            ("3.1", "Establish a Hyndburn Place Partnership with public, private and "
                    "voluntary sector partners to co-produce a Place Strategy.",
             "Executive Director (Place)", "March 2026",
             "Partnership launch event held on 12 June 2025 with 40 organisations "
             "attending. Terms of reference agreed.", A),
        ]),
        ("Recommendation 4: Consider what capacity and skills the Council needs to develop "
         "and address this as part of the review of organisational structure, including "
         "options for collaboration with other councils.", [
            ("4.1", "Complete a workforce skills and capacity assessment across all "
                    "services and develop a Workforce Strategy.",
             "Head of HR", "Q3 2025/26",
             "Skills survey closed in July with a 64% response rate. Analysis under way.", A),
            ("4.2", "Explore shared service options for legal, procurement and ICT with "
                    "neighbouring Lancashire districts.",
             "Executive Director (Resources)", "Ongoing",
             "Initial discussions held with two neighbouring councils but paused while "
             "proposals for local government reorganisation in Lancashire are developed.", R),
        ]),
        ("Recommendation 5: Develop the medium term financial strategy so that it sets out "
         "how the budget gap will be closed over the next three years.", [
            ("5.1", "Update the Medium Term Financial Strategy to 2028/29, with savings and "
                    "income proposals identified for each year.",
             "Chief Finance Officer (S151)", "Feb 2025",
             "MTFS approved by Council alongside the 2025/26 budget on 27 February 2025.", G),
        ]),
        ("Recommendation 6: Strengthen performance management so that Members receive "
         "regular and meaningful performance information.", [
            ("6.1", "Introduce a quarterly corporate performance report to Cabinet and "
                    "Overview and Scrutiny, aligned to the new Corporate Strategy.",
             "Head of Policy & Partnerships", "Oct 2025",
             "Indicator set to be drafted in September with portfolio holders.", None),
        ]),
        ("Recommendation 7: Review the Council\u2019s approach to communications and "
         "engagement with residents.", [
            ("7.1", "Develop a Communications and Engagement Strategy, including a regular "
                    "residents\u2019 survey.",
             "Communications Manager", "Dec 2025",
             "Residents\u2019 survey completed in spring 2025; strategy being drafted.", A),
        ]),
        ("Recommendation 8: Improve the forward planning of decisions so that reports are "
         "published with the agenda and supplementary agendas are the exception.", [
            ("8.1", "Introduce a 12-month forward plan of key decisions and a report "
                    "deadline schedule for all Cabinet and Council meetings.",
             "Democratic Services Manager", "May 2025",
             "Forward plan and report timetable in place from the May 2025 cycle. Use of "
             "supplementary agendas has reduced but not yet stopped.", A),
        ]),
        ("Recommendation 9: Continue to invest in Member development, including induction "
         "ahead of the 2026 elections.", [
            ("9.1", "Refresh the Member Development Programme and prepare an induction "
                    "programme for Members elected in May 2026.",
             "Democratic Services Manager", "April 2026",
             "Member Development Working Group re-established and met in June 2025.", A),
        ]),
        ("Recommendation 10: Ensure there is the capacity to deliver the major "
         "regeneration projects, including Accrington town centre.", [
            ("10.1", "Establish a Major Projects Board with programme management support "
                     "to oversee delivery of the regeneration programme.",
             "Executive Director (Place)", "June 2025",
             "Major Projects Board met for the first time in June 2025 and now meets "
             "monthly.", G),
        ]),
    ]

    r = 6
    for rec, actions in plan:
        xl_section(ws, r, rec, ncols, "pale")
        ws.row_dimensions[r].height = 32
        ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True, vertical="center")
        r += 1
        for ref, act, lead, when, prog, rag in actions:
            xl_row(ws, r, [ref, act, lead, when, prog, None])
            if rag:
                ws.cell(row=r, column=6).fill = fill(FILL[rag])
            r += 1

    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    for i, (col, txt) in enumerate([(G, "Complete"), (A, "In progress"),
                                    (R, "Delayed / at risk")]):
        rr = r + 1 + i
        ws.cell(row=rr, column=1).fill = fill(FILL[col])
        ws.cell(row=rr, column=1).border = BORDER
        ws.cell(row=rr, column=2, value=txt)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "an2-hyndburn-corporate-peer-challenge-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Dudley Safeguarding People Partnership - SAR 'Peter' action plan
# ---------------------------------------------------------------------------
def make_dudley():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Action Plan"
    ncols = 9
    for i, w in enumerate([8, 44, 8, 48, 32, 13, 55, 10, 10], start=1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "Dudley Safeguarding People Partnership"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Safeguarding Adult Review \u2013 \u2018Peter\u2019: Multi-Agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:I2")
    ws["A3"] = ("Review published: 18 April 2024   |   Action plan owner: SAR Sub-Group   |"
                "   Last updated: 16/01/2025")
    ws.merge_cells("A3:I3")

    xl_header(ws, 5, ["Rec", "Recommendation", "Action No.", "Action",
                      "Lead Agency / Officer", "Timescale", "Progress Update",
                      "Previous RAG", "Current RAG"])

    DMY = "dd/mm/yyyy"
    WORD_FILL = {"Complete": "B", "On track": "G", "Some slippage": "A",
                 "Off track": "R", "Not started": None}
    plan = [
        ("Theme 1: Self-neglect and hoarding", [
            ("1", "The Partnership should seek assurance that the multi-agency "
                  "self-neglect and hoarding procedure is understood and used by "
                  "front-line staff in all agencies.", [
                ("1.1", "Relaunch the self-neglect and hoarding procedure with a 7-minute "
                        "briefing and two practitioner learning events.",
                 "DSPP Business Unit \u2013 Learning and Development Officer",
                 (D(2024, 7, 31), DMY),
                 "Briefing published June 2024. Learning events held 9 July and 17 July "
                 "2024 (112 attendees).", "On track", "Complete"),
                ("1.2", "Include use of the procedure in the annual multi-agency case "
                        "audit programme.",
                 "Chair, Quality Assurance Sub-Group",
                 ("Ongoing", None),
                 "Added to the 2024/25 audit programme; audit fieldwork due in February "
                 "2025.", "On track", "On track"),
            ]),
            ("2", "West Midlands Fire Service and housing providers should share "
                  "information where a home fire safety visit identifies hoarding or "
                  "self-neglect.", [
                ("2.1", "Agree an information-sharing pathway between WMFS and Dudley "
                        "Council Housing for referrals arising from safe and well visits.",
                 "WMFS \u2013 Station Commander, Prevention / Dudley Council \u2013 Head of "
                 "Housing Management",
                 (D(2024, 10, 31), DMY),
                 "Pathway agreed in principle. Data sharing agreement awaiting sign-off "
                 "by the Council\u2019s Information Governance team.",
                 "On track", "Some slippage"),
            ]),
        ]),
        ("Theme 2: Mental capacity and executive functioning", [
            ("3", "Agencies should ensure that mental capacity assessments consider "
                  "executive functioning where a person repeatedly declines support.", [
                ("3.1", "Deliver Mental Capacity Act training on executive functioning "
                        "to adult social care and community health staff.",
                 "Dudley Council Adult Social Care \u2013 Principal Social Worker",
                 (D(2024, 12, 31), DMY),
                 "Four sessions delivered between September and December 2024.",
                 "On track", "Complete"),
                ("3.2", "Update the MCA assessment template in the adult social care "
                        "record to include a prompt on executive functioning.",
                 "Dudley Council Adult Social Care \u2013 Systems Team Manager",
                 ("March 2025", None),
                 "Change request submitted; testing planned for February.",
                 "Not started", "On track"),
            ]),
            ("4", "Primary care should record and share concerns about a patient\u2019s "
                  "capacity when they repeatedly miss appointments.", [
                ("4.1", "Issue guidance to GP practices on follow-up of repeated "
                        "non-attendance by adults with care and support needs "
                        "(\u2018was not brought / did not attend\u2019).",
                 "Black Country ICB \u2013 Designated Nurse Adult Safeguarding",
                 (D(2024, 9, 30), DMY),
                 "Guidance issued to all Dudley practices in September 2024.",
                 "On track", "Complete"),
            ]),
        ]),
        ("Theme 3: Multi-agency working and escalation", [
            ("5", "The Partnership should promote the use of multi-agency risk management "
                  "meetings for adults at high risk who decline services.", [
                ("5.1", "Review the multi-agency risk management (MARM) guidance and "
                        "publish a simple referral route for all partners.",
                 "Dudley Council Adult Social Care \u2013 Head of Safeguarding",
                 (D(2024, 11, 30), DMY),
                 "Revised MARM guidance approved by the Adults Executive in November "
                 "2024 and published on the DSPP website.", "On track", "Complete"),
                ("5.2", "Monitor the number and outcome of MARM meetings and report "
                        "to the SAR Sub-Group every six months.",
                 "DSPP Business Manager",
                 (D(2205, 3, 31), DMY),
                 "First six-month report in preparation.", "Not started", "On track"),
            ]),
            ("6", "Agencies should use the Partnership escalation procedure when they "
                  "are concerned that another agency\u2019s response is not keeping an "
                  "adult safe.", [
                ("6.1", "Re-circulate the professional challenge and resolution procedure "
                        "and record escalations on a central log held by the Business "
                        "Unit.",
                 "DSPP Business Manager",
                 ("June 2024", None),
                 "Procedure re-circulated in the June 2024 DSPP newsletter. Central log "
                 "in place; 7 escalations recorded to date.", "Complete", "Complete"),
            ]),
        ]),
    ]

    r = 6
    for theme, recs in plan:
        xl_section(ws, r, theme, ncols)
        r += 1
        for recno, rectext, actions in recs:
            start = r
            for i, (ano, act, lead, (when, fmt), prog, prev, cur) in enumerate(actions):
                xl_row(ws, r, [recno if i == 0 else None, rectext if i == 0 else None,
                               ano, act, lead, when, prog, prev, cur])
                if fmt:
                    ws.cell(row=r, column=6).number_format = fmt
                for col, word in ((8, prev), (9, cur)):
                    f = WORD_FILL.get(word)
                    if f:
                        ws.cell(row=r, column=col).fill = fill(FILL[f])
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)

    r += 1
    ws.cell(row=r, column=1, value="RAG Key").font = Font(bold=True)
    r += 1
    for word, f in [("Complete", "B"), ("On track", "G"), ("Some slippage", "A"),
                    ("Off track", "R"), ("Not started", None)]:
        c = ws.cell(row=r, column=2, value=word)
        if f:
            c.fill = fill(FILL[f])
        r += 1
    wb.save(os.path.join(HERE, "an2-dudley-spp-sar-peter-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


WORD_RAG = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050",
            "Complete": "00B0F0"}


# ---------------------------------------------------------------------------
# 4. Wolverhampton Safeguarding Together - LCSPR Baby O action plan (docx)
# ---------------------------------------------------------------------------
def make_wolverhampton():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Wolverhampton Safeguarding Together")
    run.bold = True
    run.font.size = Pt(16)
    run.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_heading("Local Child Safeguarding Practice Review: Baby O \u2013 "
                    "Multi-Agency Action Plan", level=1)

    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Date", "14 February 2025"),
                 ("Author", "WST Business Manager"),
                 ("Approved by", "WST Executive Group (Statutory Safeguarding Partners)"),
                 ("Review frequency", "Bi-monthly at the Learning from Practice Group")]:
        cells = dc.add_row().cells
        set_cell(cells[0], k, bold=True)
        shade(cells[0], "E7E6F0")
        set_cell(cells[1], v)

    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "This action plan sets out the multi-agency response to the five recommendations "
        "of the local child safeguarding practice review concerning Baby O, who suffered a "
        "non-accidental head injury at nine weeks old in 2023. Progress is monitored by "
        "the Learning from Practice Group and reported to the WST Executive Group. "
        "Agencies are asked to provide evidence of impact, not only of completion.")
    doc.add_heading("Action Plan", level=2)

    headers = ["No.", "Recommendation", "Action", "Lead agency / officer",
               "Target date", "Progress and evidence of impact", "RAG"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BFB3D6")
    repeat_header(t.rows[0])

    plan = [
        ("Theme 1: Seeing the whole household \u2013 fathers and male carers", [
            ("1. Partners should ensure that practitioners routinely identify, engage and "
             "assess fathers and male carers, including those who do not live in the "
             "household.", [
                ("1.1", "Update the WST \u2018Think Family\u2019 practice guidance to include "
                        "a section on engaging fathers and male carers, with a practitioner "
                        "checklist.",
                 "WST Business Unit \u2013 Policy and Procedures Officer", "31/03/2025",
                 "Guidance drafted and out for consultation with partners until 28 "
                 "February 2025.", "Green"),
                ("1.2", "Record the details of fathers and male carers as a mandatory field "
                        "on the maternity booking record and the health visiting new birth "
                        "visit template.",
                 "RWT \u2013 Head of Midwifery / RWT \u2013 Head of Health Visiting",
                 "June 2025",
                 "Change requested on BadgerNet. Health visiting template updated in "
                 "SystmOne from January 2025.", "Amber"),
            ]),
            ("2. Children\u2019s Social Care should ensure that assessments of parents with "
             "a history of substance misuse include a check with the adult drug and "
             "alcohol service.", [
                ("2.1", "Embed a routine information request to Recovery Near You (adult "
                        "substance misuse service) in the MASH screening process, and audit "
                        "compliance after three months.",
                 "CWC \u2013 Head of Service, MASH and Front Door", "December 2024",
                 "Process live from October 2024. An audit of 25 contacts in January 2025 "
                 "found that a check had been requested in 23.", "Complete"),
            ]),
        ]),
        ("Theme 2: Safe sleep and coping with crying", [
            ("3. WST should be assured that safe sleep and ICON (coping with crying) "
             "messages are given consistently by all agencies in contact with families of "
             "babies under one.", [
                ("3.1", "Deliver ICON and safe sleep briefings to midwives, health visitors, "
                        "GP practice staff and children\u2019s centre staff.",
                 "Black Country ICB \u2013 Designated Nurse Safeguarding Children",
                 "Sept 2025",
                 "Briefings delivered to midwifery and health visiting teams (312 staff). "
                 "GP practice sessions booked for March and April 2025.", "Green"),
                ("3.2", "Add a safe sleep and ICON prompt to police and ambulance attendance "
                        "checklists for homes where a baby under one lives.",
                 "WMP \u2013 Detective Inspector, Public Protection / WMAS \u2013 "
                 "Safeguarding Lead", "31/07/2025",
                 "WMP prompt added to the domestic abuse attendance checklist. WMAS "
                 "considering the change at regional level.", "Amber"),
                ("3.3", "Deliver a safe sleep briefing to Designated Safeguarding Leads in "
                        "secondary schools and colleges for use in PSHE with older pupils.",
                 "CWC \u2013 Education Safeguarding Lead", "Spring term 2025",
                 "Sessions delivered at the DSL network meetings in January and February "
                 "2025; materials shared with all secondary schools.", "Complete"),
            ]),
        ]),
        ("Theme 3: Information sharing at discharge", [
            ("4. The Royal Wolverhampton NHS Trust and the ICB should review how "
             "safeguarding information is shared with GPs and health visitors when a baby "
             "is discharged from the neonatal unit.", [
                ("4.1", "Introduce a standard neonatal discharge summary that includes "
                        "safeguarding concerns and is sent to the GP and health visiting "
                        "team on the day of discharge.",
                 "RWT \u2013 Named Nurse Safeguarding Children", "March 2025",
                 "Template agreed. Electronic sending delayed by the EPR upgrade; an "
                 "interim manual process is in place.", "Red"),
            ]),
            ("5. WST should seek assurance on the impact of this learning through a "
             "multi-agency audit 12 months after publication.", [
                ("5.1", "Complete a multi-agency audit of cases involving babies under one "
                        "open to early help or children\u2019s social care, focusing on "
                        "engagement of fathers and safe sleep advice.",
                 "Chair, WST Quality Assurance Sub-Group", "November 2025",
                 "Scheduled in the Learning from Practice Group work programme for "
                 "October 2025.", "Not started"),
            ]),
        ]),
    ]

    for theme, recs in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(merged, theme, bold=True, size=10)
        shade(merged, "E7E6F0")
        for rectext, actions in recs:
            first = None
            for i, (no, act, lead, when, prog, rag) in enumerate(actions):
                cells = t.add_row().cells
                set_cell(cells[0], no)
                if i == 0:
                    set_cell(cells[1], rectext)
                    first = cells[1]
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], when)
                set_cell(cells[5], prog)
                set_cell(cells[6], rag, bold=True)
                if rag in WORD_RAG:
                    shade(cells[6], WORD_RAG[rag])
                last = cells[1]
            if len(actions) > 1:
                first.merge(last)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Complete \u2013 action completed and evidence received; Green \u2013 on track; "
              "Amber \u2013 some slippage, remedial action in place; Red \u2013 not on track "
              "or target date passed; Not started \u2013 not yet due to start.")
    doc.add_paragraph("CWC \u2013 City of Wolverhampton Council; RWT \u2013 The Royal "
                      "Wolverhampton NHS Trust; WMP \u2013 West Midlands Police; WMAS \u2013 "
                      "West Midlands Ambulance Service; ICB \u2013 Integrated Care Board.")
    doc.save(os.path.join(HERE, "an2-wolverhampton-wst-lcspr-baby-o-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Rugby Community Safety Partnership - DHR 'Anna' action plan (docx)
# ---------------------------------------------------------------------------
def make_rugby():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Rugby Community Safety Partnership")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("Domestic Homicide Review into the death of \u2018Anna\u2019 \u2013 "
                    "Action Plan", level=1)
    doc.add_paragraph(
        "Updated: February 2025. Progress against this action plan is reported to the "
        "Rugby Community Safety Partnership Board each quarter until all actions are "
        "complete. The review was accepted by the Home Office Quality Assurance Panel in "
        "June 2024.")

    headers = ["Recommendation", "Scope of recommendation i.e. local or regional",
               "Action to take", "Lead Agency",
               "Key milestones achieved in enacting recommendation", "Target Date",
               "Date of completion and Outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        set_cell(t.rows[0].cells[i], h, bold=True, size=8)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])

    plan = [
        ("Overview Report Recommendations", [
            ("1. Rugby Community Safety Partnership should raise awareness of domestic "
             "abuse by adult family members against older people, including "
             "child-to-parent abuse.", "Local", [
                ("Deliver a \u2018Hidden Harm: older people and domestic abuse\u2019 "
                 "campaign across Rugby, including GP surgeries, pharmacies and community "
                 "venues.",
                 "Rugby Borough Council \u2013 Community Safety Team",
                 "Campaign materials designed with Age UK Warwickshire.",
                 "November 2024",
                 "Campaign ran 25 November \u2013 10 December 2024 during the 16 Days of "
                 "Action.", "Complete"),
                ("Include child-to-parent abuse in the Warwickshire domestic abuse training "
                 "offer for practitioners.",
                 "Warwickshire County Council \u2013 Domestic Abuse Commissioning Team",
                 "Training module drafted and reviewed by the DHR panel chair.",
                 "March 2025", "", "Green"),
            ]),
            ("2. Agencies should ensure that carers\u2019 assessments consider any risk the "
             "cared-for person may pose to the carer.", "Local", [
                ("Amend the adult social care carers\u2019 assessment to include questions "
                 "about the carer\u2019s own safety and any abuse from the person cared "
                 "for.",
                 "Warwickshire County Council \u2013 Adult Social Care",
                 "Questions agreed with the Carers\u2019 Partnership Board.",
                 "31/01/2025",
                 "Revised assessment live on Mosaic from 13 January 2025.", "Complete"),
            ]),
            ("3. Mental health services should involve family members, with the "
             "patient\u2019s consent, in risk assessment and discharge planning, and record "
             "where consent is refused.", "Regional", [
                ("Audit use of the family involvement section of the risk assessment in the "
                 "Rugby community mental health teams.",
                 "Coventry and Warwickshire Partnership NHS Trust",
                 "Audit tool agreed. Audit delayed by staffing in the Trust audit team and "
                 "now planned for April\u2013May 2025.",
                 "June 2025", "", "Amber"),
            ]),
        ]),
        ("Single Agency Recommendations (from Individual Management Reviews)", [
            ("4. Warwickshire Police: officers attending incidents between an adult child "
             "and a parent should complete a DASH risk assessment.", "Local", [
                ("Issue a briefing to all response officers on recognising familial "
                 "domestic abuse and completing DASH for incidents between adult family "
                 "members.",
                 "Warwickshire Police",
                 "Briefing issued September 2024.",
                 "30/09/2024",
                 "Dip sample of 40 incidents in December 2024 found DASH completed in 37.",
                 "Complete"),
            ]),
            ("5. GP practice: safeguarding concerns raised by family members should be "
             "recorded and coded in the patient record.", "Local", [
                ("Share the learning from this review at the Rugby Primary Care Network "
                 "safeguarding leads meeting and re-circulate the ICB guidance on "
                 "safeguarding coding.",
                 "NHS Coventry and Warwickshire ICB \u2013 Named GP for Safeguarding",
                 "Learning presented at the PCN safeguarding leads meeting.",
                 "Dec 2024",
                 "Completed 4 December 2024.", "Complete"),
                ("Audit the coding of safeguarding concerns for patients aged over 65.",
                 "GP Practice Safeguarding Lead",
                 "Six-monthly audit agreed; first audit due April 2025.",
                 "Ongoing", "", "Green"),
            ]),
        ]),
    ]

    for section, recs in plan:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[len(headers) - 1])
        set_cell(merged, section, bold=True, size=10)
        shade(merged, "F2F2F2")
        for rectext, scope, actions in recs:
            firsts = None
            for i, (act, lead, miles, when, done, rag) in enumerate(actions):
                cells = t.add_row().cells
                if i == 0:
                    set_cell(cells[0], rectext, size=8)
                    set_cell(cells[1], scope, size=8)
                    firsts = (cells[0], cells[1])
                set_cell(cells[2], act, size=8)
                set_cell(cells[3], lead, size=8)
                set_cell(cells[4], miles, size=8)
                set_cell(cells[5], when, size=8)
                set_cell(cells[6], done, size=8)
                set_cell(cells[7], rag, bold=True, size=8)
                if rag in WORD_RAG:
                    shade(cells[7], WORD_RAG[rag])
                lasts = (cells[0], cells[1])
            if len(actions) > 1:
                firsts[0].merge(lasts[0])
                firsts[1].merge(lasts[1])

    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; "
                      "Amber = delayed but expected to complete; Red = not progressing.")
    doc.save(os.path.join(HERE, "an2-rugby-csp-dhr-anna-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Watford Borough Council - SIAS outstanding recommendations (csv export)
# ---------------------------------------------------------------------------
def make_watford():
    rows = [
        ["Watford Borough Council - Outstanding Internal Audit Recommendations "
         "(SIAS Appendix C) - position at 14/11/2025"],
        [],
        ["Ref", "Audit", "Year", "Priority", "Recommendation", "Agreed Management Action",
         "Responsible Officer", "Original Implementation Date",
         "Revised Implementation Date", "Latest Update", "Status"],
        ["WBC2425-04.1", "Housing Allocations", "2024/25", "High",
         "Ensure that all housing applications are verified against proof of identity "
         "and residency before a banding is awarded.",
         "A verification checklist will be introduced on the housing system and must be "
         "completed before any banding decision.",
         "Housing Options Manager", "31/03/2025", "30/06/2025",
         "Checklist introduced in April 2025. Spot check in June found 3 of 25 cases "
         "without evidence of residency; further training given to officers.",
         "Partially Implemented"],
        ["WBC2425-04.2", "Housing Allocations", "2024/25", "Medium",
         "Review and update the Housing Allocations Policy to reflect the revised Code "
         "of Guidance.",
         "The policy review will be completed and the revised policy taken to Cabinet "
         "for approval.",
         "Head of Housing", "30/06/2025", "31/12/2025",
         "Consultation on the draft policy closed on 30 September 2025. Report to "
         "Cabinet in December.", "Not Implemented"],
        ["WBC2425-07.1", "Payroll", "2024/25", "Medium",
         "Ensure that starter forms are authorised by an appropriate manager before "
         "they are processed.",
         "Payroll will reject any starter form not authorised in line with the "
         "authorised signatory list.",
         "HR and Payroll Manager", "31/01/2025", "",
         "Authorised signatory list refreshed and control in place from January 2025.",
         "Implemented"],
        ["WBC2425-09.1", "Cyber Security", "2024/25", "High",
         "Ensure that multi-factor authentication is enforced for all remote access "
         "accounts, including third-party suppliers.",
         "MFA will be enforced on all remote access accounts and shared supplier "
         "accounts will be removed.",
         "Associate Director of Digital and Transformation", "31/03/2025", "30/09/2025",
         "MFA enforced for all staff accounts. Two supplier accounts remain without MFA "
         "pending changes by the supplier.", "Partially Implemented"],
        ["WBC2425-09.2", "Cyber Security", "2024/25", "Medium",
         "Complete and test the ICT disaster recovery plan.",
         "A disaster recovery test will be scheduled and the results reported to the "
         "Corporate Management Board.",
         "Associate Director of Digital and Transformation", "30/06/2025", "31/03/2062",
         "DR test rescheduled so that the data centre migration can complete first.",
         "Not Implemented"],
        ["WBC2324-11.1", "Safeguarding", "2023/24", "Medium",
         "Ensure that DBS checks for agency staff in roles with contact with children "
         "or adults at risk are evidenced before they start.",
         "Confirmation of DBS checks will be obtained from the agency and held on the "
         "personnel file.",
         "Head of HR", "31/10/2024", "31/03/2025",
         "Spot checks completed in Q4 2024/25; all files sampled held evidence of DBS.",
         "Implemented"],
        ["WBC2425-12.1", "Car Parking Income", "2024/25", "Low",
         "Reconcile pay and display income to the bank on a monthly basis.",
         "A monthly reconciliation will be introduced and signed off by the Finance "
         "Manager.",
         "Parking Services Manager", "31/07/2025", "",
         "Reconciliations completed for July to October 2025.", "Implemented"],
        ["WBC2526-02.1", "Grounds Maintenance Contract", "2025/26", "Medium",
         "Ensure that contract performance meetings are minuted and actions tracked.",
         "A standard agenda and action log will be introduced for the monthly contract "
         "meetings.",
         "Environmental Services Manager", "30/11/2025", "",
         "Standard agenda agreed with the contractor; action log to be used from the "
         "November meeting.", "Not Yet Due"],
    ]
    path = os.path.join(HERE, "an2-watford-sias-internal-audit-recommendations-export.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Avon and Wiltshire Mental Health Partnership NHS Trust - Board action log (txt)
# ---------------------------------------------------------------------------
def make_awp():
    lines = [
        "Avon and Wiltshire Mental Health Partnership NHS Trust",
        "Board of Directors (Public) \u2013 Action Log",
        "Updated following the meeting held on 26 March 2025",
        "",
        "\t".join(["Minute Ref", "Action", "Lead", "Due Date", "Update", "RAG"]),
        "Meeting: 27 November 2024",
        "\t".join(["BD/24/152",
                   "Provide the Board with a breakdown of out of area placements by "
                   "locality and length of stay.",
                   "SA", "Jan-25",
                   "Breakdown included in the Integrated Performance Report for January "
                   "2025.", "B"]),
        "\t".join(["BD/24/158",
                   "Bring the revised Freedom to Speak Up strategy to the Board for "
                   "approval.",
                   "JC", "May 2025 (revised \u2013 was Feb 2025)",
                   "Strategy delayed to take account of the national FTSU Index results. "
                   "Now scheduled for the May Board.", "A"]),
        "Meeting: 29 January 2025",
        "\t".join(["BD/25/004",
                   "Circulate the CQC well-led assessment action plan to Board members "
                   "with named executive leads.",
                   "AG/DN", "Feb-25", "Circulated 7 February 2025.", "B"]),
        "\t".join(["BD/25/009",
                   "Arrange a Board development session on the Board\u2019s oversight role "
                   "under the Patient Safety Incident Response Framework (PSIRF).",
                   "CS", "Apr-25",
                   "Session booked for 23 April 2025 with the regional PSIRF lead.", "G"]),
        "\t".join(["BD/25/013",
                   "Report on progress with reducing restrictive practice on acute wards, "
                   "including the use of prone restraint.",
                   "LH", "Jul-25", "", "G"]),
        "Meeting: 26 March 2025",
        "\t".join(["BD/25/031",
                   "Include sickness absence by staff group in the People Report.",
                   "SR", "May-25",
                   "Data available from ESR; will be included in the next People Report.",
                   "G"]),
        "\t".join(["BD/25/034",
                   "Confirm the timetable for the Callington Road ward refurbishment and "
                   "the impact on bed numbers during the works.",
                   "SA, DF", "31/05/2025",
                   "Estates programme being re-phased; update to go to the Finance and "
                   "Performance Committee first.", "A"]),
        "\t".join(["BD/25/038",
                   "Review the Board Assurance Framework risk on community mental health "
                   "waiting times and its target risk score.",
                   "Company Secretary", "Ongoing \u2013 quarterly",
                   "Reviewed at Audit and Risk Committee in March; next review June.", "G"]),
        "\t".join(["BD/25/040",
                   "Write to the ICB setting out the Trust\u2019s position on the Mental "
                   "Health Investment Standard for 2025/26.",
                   "DH", "Apr-25", "Letter sent 2 April 2025. Propose close.", "B"]),
        "",
        "RAG key: B \u2013 complete, propose for closure; G \u2013 on track / not yet due; "
        "A \u2013 due date revised or at risk; R \u2013 overdue",
        "Leads: DH \u2013 Chief Executive; SA \u2013 Chief Operating Officer; JC \u2013 "
        "Director of People; AG \u2013 Chief Nurse; DN \u2013 Medical Director; CS \u2013 "
        "Director of Quality and Safety; LH \u2013 Deputy Chief Nurse; SR \u2013 Deputy "
        "Director of People; DF \u2013 Director of Finance and Estates",
    ]
    path = os.path.join(HERE, "an2-awp-trust-board-action-log.txt")
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_nlag()
    make_hyndburn()
    make_dudley()
    make_wolverhampton()
    make_rugby()
    make_watford()
    make_awp()
    print("done")
