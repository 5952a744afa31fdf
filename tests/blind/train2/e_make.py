#!/usr/bin/env python3
"""Generator for the e-* training cases of the blind corpus (train2).

Run with /work/main/.venv/bin/python. Each case writes the plan file and, beside it,
NAME.expected.yaml: the reading a careful person makes of the file, written here by hand
(the `exp` fields) alongside the cells, never derived by reading the file back.
Content is invented; layouts imitate published council plans (see each `source`).
"""
import datetime as dt
import json
import os
import textwrap

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- expected.yaml writer
def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(key, text):
    lines = [f"{key}: >-"]
    for para in textwrap.wrap(" ".join(text.split()), 95):
        lines.append("  " + para)
    return lines


def write_expected(name, source, reads, outcome="read", actions=None, title=None,
                   refuse_at=None, accept_refusal=False):
    out = block("source", source) + block("reads", reads)
    out.append(f"outcome: {outcome}")
    out.append(f"accept_refusal: {'true' if accept_refusal else 'false'}")
    if refuse_at is not None:
        out.append(f"refuse_at: {refuse_at}")
    if title is not None:
        out.append(f"title: {q(title)}")
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append(f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}")
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append(f"    action: {q(a['action'])}")
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append(f"    end: {q(a['end']) if a['end'] else 'null'}")
            if a.get("end_text"):
                out.append(f"    end_text: {q(a['end_text'])}")
            out.append(f"    status: {a['status']}")
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def A(ref, under, action, lead, end, status, end_text=None):
    d = dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status)
    if end_text:
        d["end_text"] = end_text
    return d


def csv_field(s, sep):
    s = "" if s is None else str(s)
    if any(c in s for c in (sep, '"', "\n", "\r")):
        return '"' + s.replace('"', '""') + '"'
    return s


def csv_line(cells, sep):
    return sep.join(csv_field(c, sep) for c in cells)


# ====================================================================== 1. flat CSV
def make_theme_rec_flat():
    name = "e-theme-rec-flat.csv"
    T1 = "Theme 1: Help and protection"
    T2 = "Theme 2: Children in care and care leavers"
    T3 = "Theme 3: Leadership, management and performance"
    R1 = ("Improve the timeliness and quality of strategy discussions, ensuring that police and "
          "health partners contribute to every discussion.")
    R2 = ("Ensure that child in need and child protection plans are specific, measurable and "
          "focused on the child's needs.")
    R3 = "Improve the quality and timeliness of pathway plans for care leavers."
    R4 = "Increase the sufficiency of local foster placements so that fewer children live far from home."
    R5 = ("Ensure that managers at all levels use performance information consistently to "
          "understand and improve practice.")
    # (theme-as-exported, rec, ref, action, lead, target, rag, update, exp)
    rows = [
        (T1, R1, "T1-R1-A1",
         "Revise the strategy discussion template so that it records who attended, the information shared and the rationale for the decision.",
         "HoS CIN/CP", "30/09/2019", "Green",
         "Draft template agreed with police and health leads on 12/08/19.",
         A("T1-R1-A1", [T1, R1], None, ["HoS CIN/CP"], "2019-09", "green")),
        ("", R1, "T1-R1-A2",
         "Agree with the police a daily booked slot for strategy discussions in the MASH.",
         "Chair of Partnership", "Oct-19", "Amber",
         "Police staffing in the MASH reduced over the summer; slot trialled two days a week.",
         A("T1-R1-A2", [T1, R1], None, ["Chair of Partnership"], "2019-10", "amber")),
        ("", R2, "T1-R2-A1",
         "Deliver SMART planning workshops to all team managers and social workers in the CIN and CP teams.",
         "TM (x3)", "Nov-19", "Green",
         "Workshops 1 and 2 delivered (41 staff). Workshop 3 booked 6 November.",
         A("T1-R2-A1", [T1, R2], None, ["TM (x3)"], "2019-11", "green")),
        ("", R2, "T1-R2-A2",
         "Audit a sample of CIN and CP plans against the SMART standard and report findings to the Improvement Board.",
         "HoS CIN/CP", "Jan 2020 then quarterly", "Amber",
         "Audit tool drafted; first audit to run in December.",
         A("T1-R2-A2", [T1, R2], None, ["HoS CIN/CP"], "2020-01", "amber", "Jan 2020 then quarterly")),
        ("", R2, "T1-R2-A3",
         "IROs to escalate plans that are not SMART through the dispute resolution process and report the themes each quarter.",
         "IRO Service Manager", "31/12/2019", "Red",
         "Escalations are being made but are not yet recorded consistently on the system.\nNew case note type requested from the LCS team.",
         A("T1-R2-A3", [T1, R2], None, ["IRO Service Manager"], "2019-12", "red")),
        (T2, R3, "T2-R3-A1",
         "Introduce a revised pathway plan template written with and for young people.",
         "Leaving Care Team Manager", "31/10/2019", "Complete",
         "New template live from 1 October; launched with the Children in Care Council.",
         A("T2-R3-A1", [T2, R3], None, ["Leaving Care Team Manager"], "2019-10", "blue")),
        ("", R3, "T2-R3-A2",
         "Review every care leaver's pathway plan that is more than six months old.",
         "Personal Adviser Team / Participation Officer", "Dec-19", "Green",
         "64 of 92 overdue plans reviewed.",
         A("T2-R3-A2", [T2, R3], None, ["Personal Adviser Team", "Participation Officer"], "2019-12", "green")),
        ("", R4, "T2-R4-A1",
         "Launch a foster carer recruitment campaign aimed at carers for teenagers and sibling groups.",
         "Head of Placements", "FY 2019/20 Q4", "Amber",
         "Campaign launched September; 11 enquiries, 2 assessments started.",
         A("T2-R4-A1", [T2, R4], None, ["Head of Placements"], "2020-03", "amber", "FY 2019/20 Q4")),
        ("", R4, "T2-R4-A2",
         "Report placement sufficiency and distance from home to the Corporate Parenting Panel.",
         "Head of Placements", "Ongoing", "Green",
         "Standing item at each Panel meeting.",
         A("T2-R4-A2", [T2, R4], None, ["Head of Placements"], None, "green", "Ongoing")),
        (T3, R5, "T3-R5-A1",
         "Hold monthly performance clinics in each service area, using the new performance dashboard.",
         "All Heads of Service", "Monthly", "Green",
         "Clinics running in all four service areas since July.",
         A("T3-R5-A1", [T3, R5], None, ["All Heads of Service"], None, "green", "Monthly")),
        ("", R5, "T3-R5-A2",
         "Rebuild the children's social care performance dashboard in Power BI with team-level drill-down.",
         "Performance Manager", "31/08/2019", "Complete",
         "Dashboard live 29/08/19.",
         A("T3-R5-A2", [T3, R5], None, ["Performance Manager"], "2019-08", "blue")),
        ("", R5, "T3-R5-A3",
         "Include a performance and quality assurance session in the induction of every new manager.",
         "DCS", "Mar-20", "",
         "",
         A("T3-R5-A3", [T3, R5], None, ["DCS"], "2020-03", "unrated")),
    ]
    lines = [csv_line(["Theme", "Recommendation", "Ref", "Action", "Lead Officer", "Target Date", "RAG", "Latest Update"], ",")]
    exp = []
    for th, rec, ref, act, lead, tgt, rag, upd, e in rows:
        lines.append(csv_line([th, rec, ref, act, lead, tgt, rag, upd], ","))
        e["action"] = act
        exp.append(e)
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source="""Imitates an English council's children's social care improvement plan after an
        ILACS inspection kept as a flat tracker and exported to CSV for an Improvement Board pack
        (the theme / Ofsted recommendation / action / lead / target / RAG / update shape of plans
        such as Sefton's 2017-18 Children's Social Care Improvement Plan and Coventry's 2017 plan
        reported to scrutiny). Copied: one flat table with a Theme column and a Recommendation
        column, composite refs T1-R2-A3, and the Theme cell written only on the first row of each
        theme group (the exporter blanks repeats, as a grouped Excel table does). UTF-8 with BOM,
        CRLF, comma-separated. Content invented.""",
        reads="""Twelve actions in three themes answering five Ofsted recommendations. A blank Theme
        cell continues the theme written above it (T1-R1-A2 to T1-R2-A3 are in Theme 1, and so
        on); the recommendation is written on every row. 'Complete' is blue, blank RAG is unrated.
        'Jan 2020 then quarterly' is read as due January 2020 (then repeated), so end 2020-01 with
        the words kept; 'FY 2019/20 Q4' ends March 2020; 'Personal Adviser Team / Participation
        Officer' is two posts; 'TM (x3)' is one lead as written.""",
        actions=exp)


# ====================================================================== 2. paged TXT export (cp1252)
def make_paged_export():
    name = "e-paged-export.txt"
    A1 = "1. Pathway planning"
    A2 = "2. Accommodation and staying put"
    A3 = "3. Education, employment and training"
    A4 = "4. Health and emotional wellbeing"
    title1 = "Westbury Council – Children’s Services"
    title2 = "Care Leavers Improvement Plan 2019/20 (following ILACS, June 2019)"
    header = ["Ref", "Area for improvement", "Action", "Lead", "By when", "RAG", "Progress"]
    acts = [
        ("1.1", A1, "Relaunch the pathway plan template so that it is written in the young person’s own words", "Leaving Care TM", "Sept 2019", "Blue", "Relaunched 2/9/19", A("1.1", [A1], None, ["Leaving Care TM"], "2019-09", "blue")),
        ("1.2", A1, "Personal advisers to review every pathway plan at least every six months", "Leaving Care TM", "Ongoing", "Green", "87% in date (target 95%)", A("1.2", [A1], None, ["Leaving Care TM"], None, "green", "Ongoing")),
        ("1.3", A1, "Team manager audit of five pathway plans a month, findings shared at team meeting", "Leaving Care TM / QA Manager", "Dec-19", "Amber", "Two months of audits completed", A("1.3", [A1], None, ["Leaving Care TM", "QA Manager"], "2019-12", "amber")),
        ("2.1", A2, "Agree a joint housing protocol for care leavers with the district housing authority", "Head of Service LAC", "31/01/2020", "Amber", "Draft with Housing Options", A("2.1", [A2], None, ["Head of Service LAC"], "2020-01", "amber")),
        ("2.2", A2, "Increase the staying put allowance so that carers are paid at the same rate as fostering", "Head of Placements", "Oct-19", "Blue", "Agreed at Cabinet 17/10/19 – £35k a year", A("2.2", [A2], None, ["Head of Placements"], "2019-10", "blue")),
        ("2.3", A2, "Commission 10 additional supported lodgings places", "Commissioning Manager", "Mar-20", "Red", "Tender returned no bids; re-tendering", A("2.3", [A2], None, ["Commissioning Manager"], "2020-03", "red")),
        ("2.4", A2, "Ensure no care leaver is placed in bed and breakfast accommodation", "Head of Service LAC", "Immediate", "Green", "None placed since July", A("2.4", [A2], None, ["Head of Service LAC"], None, "green", "Immediate")),
        ("3.1", A3, "Appoint an EET personal adviser in the Leaving Care Team", "Virtual School Head", "Nov-19", "Green", "Interviews 4/11/19", A("3.1", [A3], None, ["Virtual School Head"], "2019-11", "green")),
        ("3.2", A3, "Ring-fence five council apprenticeships a year for care leavers", "HR Business Partner", "Apr-20", "Amber", "Two posts identified", A("3.2", [A3], None, ["HR Business Partner"], "2020-04", "amber")),
        ("3.3", A3, "Track the EET status of every care leaver monthly and report to Corporate Parenting Panel", "Performance Manager", "Monthly", "Green", "", A("3.3", [A3], None, ["Performance Manager"], None, "green", "Monthly")),
        ("4.1", A4, "Give every care leaver a copy of their health history (health passport) at 18", "Designated Nurse LAC", "Feb-20", "Amber", "Template agreed with CCG", A("4.1", [A4], None, ["Designated Nurse LAC"], "2020-02", "amber")),
        ("4.2", A4, "Agree a fast-track route into adult mental health services for care leavers", "Designated Nurse LAC / Head of Service LAC", "Q4 2019/20", "", "Not yet started", A("4.2", [A4], None, ["Designated Nurse LAC", "Head of Service LAC"], "2020-03", "unrated", "Q4 2019/20")),
    ]
    W = len(header)

    def pad(cells):
        cells = list(cells) + [""] * (W - len(cells))
        return "\t".join(cells)

    pages = [acts[0:5], acts[5:10], acts[10:]]
    lines = []
    exp = []
    for i, page in enumerate(pages, 1):
        lines.append(pad([title1]))
        lines.append(pad([title2]))
        lines.append(pad([]))
        lines.append(pad(header))
        for ref, area, act, lead, by, rag, prog, e in page:
            lines.append(pad([ref, area, act, lead, by, rag, prog]))
            e["action"] = act
            exp.append(e)
        lines.append(pad([]))
        lines.append(pad(["Printed 14/10/2019", "", "", "", "", "", f"Page {i} of {len(pages)}"]))
    data = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data.encode("cp1252"))
    write_expected(
        name,
        source="""Imitates a care leavers improvement plan written after an ILACS inspection, kept in
        Excel with 'print titles' and saved as tab-separated text from a print-layout copy, so each
        printed page begins with the two title lines and the column header again and ends with a
        'Printed dd/mm/yyyy ... Page n of 3' footer line (as pasted from a paginated report).
        Windows-1252 (en dash, curly apostrophe, pound sign), CRLF, rows padded with tabs.
        Content invented.""",
        reads="""One plan of twelve actions (1.1-4.2) in four areas for improvement, printed over
        three pages: the repeated title lines, repeated header rows, blank lines and 'Printed ...
        Page n of 3' footers are page furniture, not actions. RAG words; Blue is complete; 4.2 has
        no RAG and is unrated. 'Immediate' is not a month (null, words kept); 'Sept 2019' is
        September 2019.""",
        title="Care Leavers Improvement Plan 2019/20 (following ILACS, June 2019)",
        actions=exp)


# ====================================================================== 3. board action log (semicolons)
def make_board_action_log():
    name = "e-board-action-log.csv"
    rows = [
        ("IB-01", "14/02/2019", "Circulate the draft improvement plan to all Board members for comment before submission to Ofsted.", "AD Safeguarding", "28/02/2019", "Closed", "Circulated 20/02/19; comments incorporated.",
         ["AD Safeguarding"], "2019-02", "blue"),
        ("IB-02", "14/02/2019", "Provide a breakdown of agency social worker numbers by team for the next meeting.", "HR Business Partner", "14/03/2019", "Closed", "Tabled at March meeting.",
         ["HR Business Partner"], "2019-03", "blue"),
        ("IB-03", "14/02/2019", "Each partner agency to confirm a named senior lead for the improvement programme.", "Chair of Partnership", "Each meeting", "Ongoing", "Police and CCG confirmed; schools representative still to be agreed.",
         ["Chair of Partnership"], None, "unrated"),
        ("IB-04", "14/03/2019", "Present the revised threshold document to the Board for sign-off.", "HoS Early Help / HoS CIN/CP", "16/05/2019", "Closed", "Signed off 16/05/19.",
         ["HoS Early Help", "HoS CIN/CP"], "2019-05", "blue"),
        ("IB-05", "14/03/2019", "Arrange a Board visit to the MASH and the Assessment Team.", "SW", "Jul-19", "Closed", "Visit took place 11 July.",
         ["SW"], "2019-07", "blue"),
        ("IB-06", "16/05/2019", "Bring the first quarterly audit report (management oversight) to the Board.", "QA Manager", "19/09/2019", "Open", "",
         ["QA Manager"], "2019-09", "unrated"),
        ("IB-07", "16/05/2019", "All Heads of Service to attend a practice week and report learning to the Board.", "All Heads of Service", "Sep-19", "Open", "Practice week planned 9-13 September.",
         ["All Heads of Service"], "2019-09", "unrated"),
        ("IB-08", "18/07/2019", "Report on the sufficiency of local placements for children with complex needs.", "Head of Placements", "21/11/2019", "Open", "",
         ["Head of Placements"], "2019-11", "unrated"),
        ("IB-09", "18/07/2019", "Share the children in care council's feedback on the pathway plan template with all Board members.", "Participation Officer", "Next meeting", "Open", "",
         ["Participation Officer"], None, "unrated"),
        ("IB-10", "18/07/2019", "Include workforce stability measures in the monthly performance scorecard.", "Performance Manager", "Monthly", "Ongoing", "Added from the July scorecard; caseload averages to follow.",
         ["Performance Manager"], None, "unrated"),
    ]
    sep = ";"
    W = 7
    lines = [
        csv_line(["Children's Services Improvement Board - Action Log"] + [""] * (W - 1), sep),
        csv_line(["Actions as at 25/07/2019"] + [""] * (W - 1), sep),
        csv_line([""] * W, sep),
        csv_line(["Log No", "Date raised", "Action", "Owner", "Due", "Status", "Update"], sep),
    ]
    exp = []
    for log, raised, act, owner, due, status, upd, lead, end, st in rows:
        lines.append(csv_line([log, raised, act, owner, due, status, upd], sep))
        et = due if end is None else None
        exp.append(A(log, [], act, lead, end, st, et))
    lines.append(csv_line([""] * W, sep))
    lines.append(csv_line(["Closed actions are removed from the log after two meetings."] + [""] * (W - 1), sep))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source="""Imitates the action log kept by a children's services Improvement Board (the
        'matters arising / action log' appended to Improvement Board minutes, e.g. the Boards
        reported to scrutiny at Coventry 2017 and Herefordshire after its improvement notice),
        saved from Excel as semicolon-separated CSV (a machine with a European list separator).
        Copied: title and 'as at' lines, columns Log No / Date raised / Action / Owner / Due /
        Status (Open, Closed, Ongoing) / Update, a footnote. UTF-8 without BOM. Content invented.""",
        reads="""Ten Board actions IB-01 to IB-10 with no themes. 'Date raised' is not the end;
        'Due' is. Closed is read as complete (blue). Open and Ongoing say nothing about red, amber
        or green (every Open action is due after the 25/07/2019 'as at' date, so none is plainly
        overdue): a person leaves them unrated. 'Each meeting', 'Next meeting' and 'Monthly' are
        not months (null, words kept). 'SW' is one person's initials; 'HoS Early Help / HoS
        CIN/CP' is two posts. The footnote is not an action.""",
        title="Children's Services Improvement Board - Action Log",
        actions=exp)


# ====================================================================== 4. refusal: Amber/Green
def make_amber_green():
    name = "e-amber-green.csv"
    lines = [
        "Ofsted Monitoring Visit Action Plan – progress report to Scrutiny Committee (November 2019),,,,,",
        ",,,,,",
        "Ref,Action,Lead,Deadline,RAG rating,Commentary",
        "1.1,Weekly case tracking meeting for all children subject to pre-proceedings,HoS Court and Permanence,Sep-19,Green,Meetings in place since 2 September",
        "1.2,Public Law Outline tracker shared with Legal Services each week,Legal Services Manager,Oct-19,Amber/Green,Tracker in place; legal data not yet reconciled",
        "1.3,Letters before proceedings rewritten in plain English and tested with parents,HoS Court and Permanence,Dec-19,Amber,Draft letters with the parents' panel",
        "2.1,Reduce caseloads in the Court Team to no more than 18 children,Service Manager,Jan-20,Red,Average caseload 23",
        "2.2,Recruit three permanent social workers to the Court Team,HR Business Partner,Dec-19,Amber/Green,Two offers accepted",
        "2.3,Introduce a Court Team practice standard for parenting assessments,Principal Social Worker,Nov-19,Complete,Standard published 4/11/19",
        "3.1,Quarterly audit of pre-proceedings cases reported to the Improvement Board,QA Manager,Quarterly,Amber/Green,First audit completed",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_expected(
        name,
        source="""Imitates a progress report on an Ofsted monitoring visit action plan taken to a
        council scrutiny committee, rated on the five-point scale some councils and government
        programmes use (Red, Amber/Red, Amber, Amber/Green, Green), exported from Excel as CSV.
        UTF-8, comma-separated. Content invented.""",
        reads="""Seven actions on pre-proceedings and the Court Team, but three RAG cells (1.2 on
        line 5, 2.2 and 3.1) say 'Amber/Green', a rating between amber and green that the
        four-colour reading has no place for, and the file gives no key. Reading them as amber or
        as green is equally likely, so a careful person stops at the first one (line 5) and asks
        how the plan's owners want Amber/Green counted.""",
        outcome="refuse",
        refuse_at=5,
        title="Ofsted Monitoring Visit Action Plan – progress report to Scrutiny Committee (November 2019)")


# ====================================================================== 5. xlsx offset table with logo block
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fit_landscape(ws):
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def make_offset_logo():
    name = "e-offset-logo.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    # logo-like block
    ws.merge_cells("A1:B5")
    c = ws["A1"]
    c.value = "EASTMERE\nBOROUGH COUNCIL"
    c.font = Font(bold=True, size=14, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="1F4E79")
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.merge_cells("C2:G2")
    ws["C2"].value = "Ofsted Focused Visit (Front Door) – Action Plan"
    ws["C2"].font = Font(bold=True, size=16)
    ws.merge_cells("C3:G3")
    ws["C3"].value = "Focused visit 5–6 March 2019: areas for improvement and our response"
    ws["C3"].font = Font(italic=True)
    ws["I1"].value = "Last updated: 03/06/2019"
    ws["I1"].alignment = Alignment(horizontal="right")
    ws["I1"].font = Font(size=9)
    ws["C6"].value = "Owner: Assistant Director, Children's Social Care"
    ws["C6"].font = Font(size=9)
    widths = {"A": 10, "B": 10, "C": 7, "D": 58, "E": 22, "F": 14, "G": 10, "H": 40, "I": 22}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    hdr = ["Ref", "Action", "Lead", "Target date", "RAG", "Progress"]
    for i, h in enumerate(hdr):
        cell = ws.cell(row=8, column=3 + i, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.border = BOX
    P1 = "Priority 1: Consistent application of thresholds at the front door"
    P2 = "Priority 2: Timeliness and quality of decisions on contacts and referrals"
    P3 = "Priority 3: Management oversight in the MASH"
    items = [
        ("sec", P1),
        ("1.1", "Relaunch the multi-agency threshold document with briefings for schools, GPs and police", "HoS Early Help", dt.date(2019, 4, 30), "Blue", "Briefings delivered to 212 staff in April.", A("1.1", [P1], None, ["HoS Early Help"], "2019-04", "blue")),
        ("1.2", "Monthly multi-agency threshold audit of 20 contacts, findings to the Safeguarding Partnership", "MASH Manager", "Monthly", "Green", "April and May audits completed.", A("1.2", [P1], None, ["MASH Manager"], None, "green", "Monthly")),
        ("1.3", "Provide a consultation line so that professionals can discuss a concern before making a referral", "SW", dt.date(2019, 7, 31), "Amber", "Rota agreed; phone line being set up.", A("1.3", [P1], None, ["SW"], "2019-07", "amber")),
        ("sec", P2),
        ("2.1", "Every contact to have a decision recorded within 24 hours", "MASH Manager", "Jun-19", "Green", "92% within 24 hours in May.", A("2.1", [P2], None, ["MASH Manager"], "2019-06", "green")),
        ("2.2", "Introduce a daily 'RAG' meeting in the MASH to prioritise contacts waiting over 24 hours", "Team Manager MASH", dt.date(2019, 3, 29), "Blue", "In place from 25 March.", A("2.2", [P2], None, ["Team Manager MASH"], "2019-03", "blue")),
        ("2.3", "Revise the referral form so that parental consent, and the reason where it is dispensed with, is recorded", "Principal Social Worker / Business Support Manager", dt.date(2019, 9, 30), "Red", "Form changes delayed by the system upgrade.", A("2.3", [P2], None, ["Principal Social Worker", "Business Support Manager"], "2019-09", "red")),
        ("2.4", "Step-down to early help within 5 working days where a referral does not meet the threshold", "HoS Early Help", "Autumn 2019", "", "", A("2.4", [P2], None, ["HoS Early Help"], None, "unrated", "Autumn 2019")),
        ("sec", P3),
        ("3.1", "Team managers to record a rationale on every contact that is closed with no further action", "TM (x3)", dt.date(2019, 6, 28), "Green", "Dip sample: 27 of 30 had a rationale.", A("3.1", [P3], None, ["TM (x3)"], "2019-06", "green")),
        ("3.2", "Head of Service to dip-sample ten MASH decisions each fortnight", "HoS CIN/CP", "Ongoing", "Green", "", A("3.2", [P3], None, ["HoS CIN/CP"], None, "green", "Ongoing")),
        ("3.3", "Weekly MASH performance report to the Assistant Director", "Performance Officer", dt.date(2019, 5, 31), "Amber", "Report built; weekly run not yet automated.", A("3.3", [P3], None, ["Performance Officer"], "2019-05", "amber")),
    ]
    fills = {"Blue": "5B9BD5", "Green": "70AD47", "Amber": "FFC000", "Red": "FF0000"}
    r = 9
    exp = []
    for it in items:
        if it[0] == "sec":
            ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
            cell = ws.cell(row=r, column=3, value=it[1])
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            ref, act, lead, tgt, rag, prog, e = it
            vals = [ref, act, lead, tgt, rag, prog]
            for i, v in enumerate(vals):
                cell = ws.cell(row=r, column=3 + i, value=v if v != "" else None)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(tgt, dt.date):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=fills[rag])
            ws.row_dimensions[r].height = 30
            e["action"] = act
            exp.append(e)
        r += 1
    r += 1
    ws.cell(row=r, column=3, value="RAG: Blue = complete; Green = on track; Amber = some slippage; Red = off track")
    ws.cell(row=r, column=3).font = Font(size=9, italic=True)
    fit_landscape(ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Imitates a council's action plan after an Ofsted focused visit to the 'front
        door' (MASH), kept as an Excel sheet that was laid out for printing: a coloured merged
        block standing in for the council logo at A1:B5, the title beside it, a 'Last updated'
        cell in the top right corner, and the plan table starting at row 8 in column C with
        merged priority rows. Content invented.""",
        reads="""Ten actions under three priorities in a table whose header is row 8, column C.
        The logo block, title, 'Last updated: 03/06/2019' (3 June 2019, the date of the update,
        not a due date), owner line and RAG key line are not actions. Target dates are real dates
        (day first) or words: 'Monthly', 'Ongoing' and the season 'Autumn 2019' give no end month (as school
        terms give none), the words kept. 2.4 has no RAG (unrated).""",
        title="Ofsted Focused Visit (Front Door) – Action Plan",
        actions=exp)


# ====================================================================== 6. xlsx RAG words vs fills
def make_rag_word_fill():
    name = "e-rag-word-fill.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "SIF Action Plan"
    ws["A1"].value = "Southdale County Council – Children’s Services Improvement Plan (SIF inspection, January 2018)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"].value = "RAG key"
    ws["A3"].font = Font(bold=True)
    key = [("Red", "FF0000", "Not on track – Board attention needed"),
           ("Amber", "FFFF00", "Some slippage, recoverable"),
           ("Green", "00B050", "On track"),
           ("Blue", "00B0F0", "Complete")]
    for i, (w, col, desc) in enumerate(key):
        ws.cell(row=4 + i, column=1, value=w).fill = PatternFill("solid", fgColor=col)
        ws.cell(row=4 + i, column=2, value=desc)
    for col, w in {"A": 8, "B": 44, "C": 56, "D": 26, "E": 16, "F": 10, "G": 40}.items():
        ws.column_dimensions[col].width = w
    hdr = ["Ref", "Ofsted recommendation", "Action", "Responsible officer", "Completion date", "RAG", "Evidence / update"]
    HR = 9
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=HR, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
    R1 = "1. Ensure that return home interviews are offered to every child who goes missing and that the information is used to reduce risk."
    R2 = "2. Improve the timeliness of initial health assessments for children who come into care."
    R3 = "3. Ensure that supervision of social workers is regular, reflective and recorded on the child's file."
    FILL = {"red": "FF0000", "amber": "FFFF00", "green": "00B050", "blue": "00B0F0"}
    # (ref, rec, action, officer, date, word, fillkey, update, exp)
    rows = [
        ("1.1", R1, "Commission a return home interview service from a voluntary sector provider", "Commissioning Manager", dt.date(2018, 6, 30), "Blue", "blue", "Contract awarded to Safe Steps from 1 July 2018.",
         ["Commissioning Manager"], "2018-06", "blue"),
        ("1.2", R1, "Missing episodes and return home interview themes reported to the monthly exploitation meeting", "Missing and Exploitation Coordinator", "Monthly", "Green", "green", "",
         ["Missing and Exploitation Coordinator"], None, "green"),
        ("1.3", R1, "Social workers to record the return home interview on the child's file within 72 hours", "Head of Service, Safeguarding", dt.date(2018, 9, 30), "Amber", "amber", "71% recorded within 72 hours in August.",
         ["Head of Service, Safeguarding"], "2018-09", "amber"),
        ("2.1", R2, "Agree a joint protocol with the CCG so that health are notified within 1 working day of a child coming into care", "Head of Service, Children in Care", dt.date(2018, 5, 31), "Green", "red", "Protocol agreed; notifications now same day.",
         ["Head of Service, Children in Care"], "2018-05", "green"),
        ("2.2", R2, "Weekly tracker of initial health assessments due, shared with the LAC health team", "Performance Officer", dt.date(2018, 4, 30), None, "amber", "Tracker in place; some weeks missed.",
         ["Performance Officer"], "2018-04", "amber"),
        ("2.3", R2, "Paediatric capacity for initial health assessments increased by two clinics a month", "Designated Doctor LAC", dt.date(2018, 10, 31), "Red", "red", "CCG business case not yet approved.",
         ["Designated Doctor LAC"], "2018-10", "red"),
        ("3.1", R3, "Relaunch the supervision policy with a recording template on the case management system", "Principal Social Worker", dt.date(2018, 4, 30), "Blue", "blue", "Launched 23/04/18.",
         ["Principal Social Worker"], "2018-04", "blue"),
        ("3.2", R3, "Quarterly audit of supervision records, findings to the Quality Assurance Board", "QA Manager", "Quarterly", "Green", "green", "Q1 audit: 68% of records met standard.",
         ["QA Manager"], None, "green"),
        ("3.3", R3, "Reflective supervision training for all team and assistant team managers", "Workforce Development Manager", dt.date(2018, 12, 31), "Amber", "amber", "Two of three cohorts trained.",
         ["Workforce Development Manager"], "2018-12", "amber"),
    ]
    r = HR + 1
    exp = []
    start = {}
    for ref, rec, act, off, date, word, fk, upd, lead, end, st in rows:
        ws.cell(row=r, column=1, value=ref)
        if rec not in start:
            start[rec] = r
            ws.cell(row=r, column=2, value=rec)
        ws.cell(row=r, column=3, value=act)
        ws.cell(row=r, column=4, value=off)
        c = ws.cell(row=r, column=5, value=date)
        if isinstance(date, dt.date):
            c.number_format = "dd/mm/yyyy"
        rc = ws.cell(row=r, column=6, value=word)
        rc.fill = PatternFill("solid", fgColor=FILL[fk])
        ws.cell(row=r, column=7, value=upd or None)
        ws.row_dimensions[r].height = 45
        for col in range(1, 8):
            ws.cell(row=r, column=col).border = BOX
            ws.cell(row=r, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        et = date if isinstance(date, str) else None
        exp.append(A(ref, [rec], act, lead, end, st, et))
        r += 1
    # merge each recommendation down its rows
    recs = [row[1] for row in rows]
    for rec, s in start.items():
        n = recs.count(rec)
        if n > 1:
            ws.merge_cells(start_row=s, start_column=2, end_row=s + n - 1, end_column=2)
    ws.freeze_panes = "A10"
    fit_landscape(ws)
    wb.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Imitates an English council's children's services improvement plan after a
        Single Inspection Framework (SIF) inspection kept as an Excel tracker: title, RAG key with
        coloured cells (amber shown as yellow), then Ref / Ofsted recommendation / Action /
        Responsible officer / Completion date / RAG / Evidence, the recommendation cell merged
        down the rows of its actions, and RAG cells holding both a word and a fill. Content
        invented.""",
        reads="""Nine actions answering three Ofsted recommendations (the merged recommendation
        cell applies to every row it spans). The RAG key rows are not actions. RAG cells carry a
        word and a matching fill, except 2.1, where the word says Green but the cell is filled
        red: a person trusts the written word (green; the fill was not updated). 2.2 has no word
        and a yellow fill, which the key makes amber. 'Monthly' and 'Quarterly' have no month.""",
        title="Southdale County Council – Children’s Services Improvement Plan (SIF inspection, January 2018)",
        actions=exp)


# ====================================================================== docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=None):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ====================================================================== 7. docx two-row header
def make_split_header():
    name = "e-split-header.docx"
    doc = docx.Document()
    landscape(doc)
    title = "Northvale Council: Children's Services Improvement Plan following the ILACS inspection (May 2019)"
    doc.add_heading(title, level=1)
    doc.add_paragraph("This plan responds to the six recommendations in Ofsted's report published on 2 July 2019. "
                      "It is monitored monthly by the Children's Improvement Board. RAG: Red – off track; "
                      "Amber – at risk; Green – on track; Blue – complete.")
    R1 = "Recommendation 1: The quality and consistency of social work assessments, so that they analyse risk and the impact on the child."
    R2 = "Recommendation 2: The timeliness of initial child protection conferences."
    R3 = "Recommendation 3: The effectiveness of the local authority's response to children aged 16 and 17 who present as homeless."
    items = [
        ("rec", R1),
        ("1a", "Introduce a revised single assessment template with a mandatory analysis section.", "Principal Social Worker", "Jul-19", "Sep-19", "Green"),
        ("1b", "Deliver assessment and analysis training to all social workers in the Assessment and CIN teams.", "Workforce Development Lead", "Sep-19", "31st March 2020", "Amber"),
        ("1c", "Monthly thematic audit of assessments, with learning shared at the practice forum.", "HoS CIN/CP", "Aug-19", "Jan 2020 then quarterly", "Green"),
        ("rec", R2),
        ("2a", "Daily review of strategy discussions that have led to a section 47 enquiry, so that conferences are booked on time.", "Child Protection Chair Manager", "Jun-19", "Aug-19", "Blue"),
        ("2b", "Add two additional conference slots each week.", "Business Support Manager", "Jul-19", "Sep-19", "Blue"),
        ("2c", "Report conference timeliness to the Improvement Board every month.", "Performance Manager", "Jul-19", "Ongoing", "Green"),
        ("rec", R3),
        ("3a", "Agree a joint protocol for homeless 16 and 17 year olds with Housing.", "HoS Adolescents / Housing Options Manager", "Aug-19", "Autumn term 2019", "Amber"),
        ("3b", "Every 16 and 17 year old who presents as homeless to be offered an assessment by children's social care and told of their rights.", "TM (x3)", "Jul-19", "FY 2019/20 Q3", "Red"),
        ("3c", "Train housing officers on the protocol.", "Housing Options Manager", "", "TBC", ""),
    ]
    exp_by_ref = {
        "1a": (["Principal Social Worker"], "2019-09", "green", None),
        "1b": (["Workforce Development Lead"], "2020-03", "amber", None),
        "1c": (["HoS CIN/CP"], "2020-01", "green", "Jan 2020 then quarterly"),
        "2a": (["Child Protection Chair Manager"], "2019-08", "blue", None),
        "2b": (["Business Support Manager"], "2019-09", "blue", None),
        "2c": (["Performance Manager"], None, "green", "Ongoing"),
        "3a": (["HoS Adolescents", "Housing Options Manager"], None, "amber", "Autumn term 2019"),
        "3b": (["TM (x3)"], "2019-12", "red", "FY 2019/20 Q3"),
        "3c": (["Housing Options Manager"], None, "unrated", "TBC"),
    }
    nrows = 2 + len(items)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    # two-row header
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, txt in [(0, "Ref"), (1, "Action"), (2, "Lead"), (5, "RAG")]:
        m = h0[i].merge(h1[i])
        set_text(m, txt, bold=True)
    tm = h0[3].merge(h0[4])
    set_text(tm, "Timescale", bold=True)
    set_text(t.rows[1].cells[3], "Start", bold=True)
    set_text(t.rows[1].cells[4], "End", bold=True)
    seen = set()
    for r in (0, 1):
        for c in t.rows[r].cells:
            if id(c._tc) in seen:
                continue
            seen.add(id(c._tc))
            shade(c, "D9E2F3")
        repeat_header(t.rows[r])
    fills = {"Red": "FF0000", "Amber": "FFC000", "Green": "92D050", "Blue": "5B9BD5"}
    exp = []
    cur = None
    for k, it in enumerate(items):
        row = t.rows[2 + k]
        if it[0] == "rec":
            m = row.cells[0].merge(row.cells[5])
            set_text(m, it[1], bold=True)
            shade(m, "F2F2F2")
            cur = it[1]
            continue
        ref, act, lead, start, end, rag = it
        for i, v in enumerate([ref, act, lead, start, end, rag]):
            set_text(row.cells[i], v)
        if rag:
            shade(row.cells[5], fills[rag])
        ld, em, st, et = exp_by_ref[ref]
        exp.append(A(ref, [cur], act, ld, em, st, et))
    widths = [Cm(1.2), Cm(11), Cm(4.5), Cm(2.2), Cm(3.6), Cm(2)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Children's Improvement Board, 12 November 2019.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Imitates an English council's post-ILACS improvement plan published as a Word
        appendix to a scrutiny report, in landscape, with a two-row table header: Ref, Action,
        Lead and RAG merged down both header rows and 'Timescale' merged across 'Start' and
        'End' (a layout common in council plans that show start and end dates). Recommendations
        are merged rows across the table; RAG cells have a word and a shaded fill. Content
        invented.""",
        reads="""Nine actions (1a-3c) under three recommendation rows. The two header rows are one
        header: the due month is the 'End' column under 'Timescale', not 'Start'. '31st March
        2020' is March 2020; 'Jan 2020 then quarterly' is due January 2020; 'Autumn term 2019'
        gives no end month (a school term, as elsewhere in the corpus); 'FY 2019/20 Q3' ends December 2019; Ongoing
        and TBC have no month. 3c has no RAG (unrated). 'HoS Adolescents / Housing Options
        Manager' is two posts.""",
        title=title,
        actions=exp)


# ====================================================================== 8. docx headings + per-priority tables
def make_leads_ends():
    name = "e-leads-ends.docx"
    doc = docx.Document()
    title = "Kingsbrook Safeguarding Children Partnership and Kingsbrook Council – Joint Improvement Plan 2019–2020"
    doc.add_heading(title, level=1)
    doc.add_paragraph("Following the Ofsted inspection of local authority children's services (ILACS) in "
                      "April 2019, the Partnership and the Council agreed this plan. Status is reported as: "
                      "Complete, On track, Red (off track), Amber (at risk) or Not started.")
    P1 = "Priority 1: Neglect"
    P2 = "Priority 2: Children at risk of exploitation"
    P3 = "Priority 3: Workforce"
    sections = [
        (P1, "Recommendation 1: Improve the identification of, and response to, children living with chronic neglect.", [
            ("1.1", "Roll out the Graded Care Profile 2 to all early help and social work teams.", "HoS Early Help", "31st March 2020", "On track", ["HoS Early Help"], "2020-03", "green", None),
            ("1.2", "Train 60 multi-agency practitioners as Graded Care Profile 2 trainers and champions.", "Chair of Partnership", "Autumn 2019", "Amber", ["Chair of Partnership"], None, "amber", "Autumn 2019"),
            ("1.3", "Audit neglect cases open for more than 12 months and report learning to the Partnership.", "HoS CIN/CP", "Jan 2020 then quarterly", "Not started", ["HoS CIN/CP"], "2020-01", "unrated", "Jan 2020 then quarterly"),
        ]),
        (P2, "Recommendation 2: Ensure that return home interviews and exploitation risk assessments inform plans for children who go missing.", [
            ("2.1", "Establish a weekly multi-agency exploitation panel chaired by a Head of Service.", "HoS Adolescents", "Jul-19", "Complete", ["HoS Adolescents"], "2019-07", "blue", None),
            ("2.2", "Use a single exploitation risk assessment tool across children's social care, police and health.", "Chair of Partnership / DCI Public Protection", "FY 2019/20 Q3", "Red", ["Chair of Partnership", "DCI Public Protection"], "2019-12", "red", "FY 2019/20 Q3"),
            ("2.3", "Map peer groups and locations of concern each month with the police and community safety.", "TM (x3)", "Monthly", "On track", ["TM (x3)"], None, "green", "Monthly"),
        ]),
        (P3, "Recommendation 3: Reduce social work caseloads and reliance on agency staff.", [
            ("3.1", "Launch a recruitment and retention offer including a market supplement for experienced social workers.", "All Heads of Service", "30 September 2019", "Complete", ["All Heads of Service"], "2019-09", "blue", None),
            ("3.2", "Recruit a cohort of 12 newly qualified social workers into the ASYE programme.", "Principal Social Worker", "Sept 2019 – Jan 2020", "On track", ["Principal Social Worker"], "2020-01", "green", "Sept 2019 – Jan 2020"),
            ("3.3", "Report caseloads by team to the Improvement Board each month, with a target of no more than 20 children per social worker.", "Performance Manager", "Ongoing", "Amber", ["Performance Manager"], None, "amber", "Ongoing"),
            ("3.4", "Exit interviews for every social worker who leaves, with themes reported to the Workforce Board.", "SW", "Dec 2019", "Not started", ["SW"], "2019-12", "unrated", None),
        ]),
    ]
    exp = []
    for pri, rec, acts in sections:
        doc.add_heading(pri, level=2)
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "What we will do", "Lead", "By when", "Status"]):
            set_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "E7E6E6")
        for k, (ref, act, lead, when, status, ld, em, st, et) in enumerate(acts, 1):
            for i, v in enumerate([ref, act, lead, when, status]):
                set_text(t.rows[k].cells[i], v)
            exp.append(A(ref, [pri, rec], act, ld, em, st, et))
        doc.add_paragraph("")
    doc.add_heading("Governance", level=2)
    doc.add_paragraph("Progress is reported to the Partnership Executive every two months and to "
                      "Children's Scrutiny Committee twice a year.")
    doc.save(os.path.join(HERE, name))
    write_expected(
        name,
        source="""Imitates a joint council and safeguarding partnership improvement plan after an
        ILACS inspection, written in Word with a Heading 2 for each priority, the Ofsted
        recommendation as a bold paragraph, and a small five-column table of actions per priority
        (a layout common in plans taken to partnership executives and scrutiny). Status as words.
        Content invented.""",
        reads="""Ten actions in three priorities, each read under its Heading 2 priority and the
        bold 'Recommendation n:' paragraph above its table. Leads as written: 'TM (x3)', 'All
        Heads of Service', 'SW' and 'HoS CIN/CP' are one lead each; 'Chair of Partnership / DCI
        Public Protection' is two. Ends: '31st March 2020' is March 2020; 'Autumn 2019', a season like a
        school term, gives no end month; 'Jan 2020 then quarterly' is due January 2020; 'FY 2019/20
        Q3' is December 2019; 'Sept 2019 – Jan 2020' ends January 2020. On track is green,
        Complete blue, Not started unrated. The Governance section holds no actions.""",
        title=title,
        actions=exp)


if __name__ == "__main__":
    make_theme_rec_flat()
    make_paged_export()
    make_board_action_log()
    make_amber_green()
    make_offset_logo()
    make_rag_word_fill()
    make_split_header()
    make_leads_ends()
    print("ok")
