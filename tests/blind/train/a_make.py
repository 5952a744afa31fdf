"""Generator for the train .docx cases (part a). Run with /work/main/.venv/bin/python."""

# ---- shared helpers (copied into train/heldout a_make.py) ----
import json
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
NAVY, PALE, GREY = "1F3864", "D9E2F3", "E7E6E6"


def new_doc(landscape=True):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.8))
    return doc


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.insert_element_before(
        shd,
        "w:noWrap",
        "w:tcMar",
        "w:textDirection",
        "w:tcFitText",
        "w:vAlign",
        "w:hideMark",
        "w:headers",
        "w:cellIns",
        "w:cellDel",
        "w:cellMerge",
        "w:tcPrChange",
    )


def put(cell, text, bold=False, size=9, color=None, italic=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def new_table(doc, widths):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    t.autofit = False
    t._widths = widths
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    return t


def add_row(t, values, bold=False, fill=None, color=None, size=9):
    row = t.add_row()
    for i, (c, v) in enumerate(zip(row.cells, values)):
        c.width = Cm(t._widths[i])
        put(c, v, bold=bold, color=color, size=size)
        if fill:
            shade(c, fill)
    return row


def header_row(t, labels, fill=NAVY, color="FFFFFF", repeat=True):
    row = add_row(t, labels, bold=True, fill=fill, color=color)
    if repeat:
        repeat_header(row)
    return row


def merged_row(t, text, fill=PALE, color=None, bold=True, size=9):
    row = t.add_row()
    for i, c in enumerate(row.cells):
        c.width = Cm(t._widths[i])
    m = row.cells[0].merge(row.cells[-1])
    put(m, text, bold=bold, color=color, size=size)
    if fill:
        shade(m, fill)
    return row


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def para(doc, text, style=None, italic=False, bold=False, size=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.italic, r.bold = italic, bold
    if size:
        r.font.size = Pt(size)
    return p


def A(ref, action, lead, lead_x, end, end_x, rag, status, end_text=None, fill=None, **extra):
    """One plan row: the cell texts (ref/action/lead/end/rag) and, written by hand beside them,
    what a careful person reads: lead_x (list), end_x (YYYY-MM or None), status, end_text."""
    return dict(
        ref=ref,
        action=action,
        lead=lead,
        lead_x=lead_x,
        end=end,
        end_x=end_x,
        rag=rag,
        status=status,
        end_text=end_text,
        fill=fill,
        extra=extra,
    )


def q(s):
    return "null" if s is None else json.dumps(s, ensure_ascii=False)


def write_expected(
    path,
    source,
    reads,
    outcome="read",
    title=None,
    actions=None,
    refuse_at=None,
    accept_refusal=False,
):
    out = [
        "source: >-",
        "  " + " ".join(source.split()),
        "reads: >-",
        "  " + " ".join(reads.split()),
        "outcome: " + outcome,
        "accept_refusal: " + ("true" if accept_refusal else "false"),
    ]
    if refuse_at is not None:
        out.append("refuse_at: %d" % refuse_at)
    if title is not None:
        out.append("title: " + q(title))
    if outcome == "read":
        out.append("actions:")
        for a in actions:
            out.append("  - ref: " + q(a["ref"]))
            out.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            out.append("    action: " + q(a["action"]))
            out.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            out.append("    end: " + q(a["end"]))
            if a.get("end_text"):
                out.append("    end_text: " + q(a["end_text"]))
            out.append("    status: " + a["status"])
    text = "\n".join(out) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    check_expected(path)


def check_expected(path):
    import re

    d = yaml.safe_load(open(path, encoding="utf-8"))
    assert d["outcome"] in ("read", "refuse"), path
    assert isinstance(d["source"], str) and isinstance(d["reads"], str)
    if d["outcome"] == "refuse":
        assert "actions" not in d and isinstance(d.get("refuse_at"), int), path
        return
    assert 6 <= len(d["actions"]) <= 30, (path, len(d["actions"]))
    for a in d["actions"]:
        assert set(a) <= {"ref", "under", "action", "lead", "end", "end_text", "status"}, a
        assert a["ref"] is None or isinstance(a["ref"], str)
        assert isinstance(a["under"], list) and len(a["under"]) <= 2
        assert isinstance(a["action"], str) and a["action"].strip()
        assert isinstance(a["lead"], list) and all(isinstance(x, str) for x in a["lead"])
        assert a["end"] is None or (
            isinstance(a["end"], str) and re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", a["end"])
        ), a
        if a["end"] is None:
            assert a.get("end_text"), a
        assert a["status"] in ("red", "amber", "green", "blue", "unrated"), a


def expected_actions(rows):
    """rows: list of (under, A-dict, action_text_as_read)"""
    res = []
    for under, a, text in rows:
        res.append(
            dict(
                ref=a["ref"],
                under=under,
                action=text if text is not None else a["action"],
                lead=a["lead_x"],
                end=a["end_x"],
                end_text=a["end_text"],
                status=a["status"],
            )
        )
    return res


def table_rows_flat(path):
    """(row number from 1 across all top-level tables, list of cell texts) - for checking refuse_at"""
    d = Document(path)
    n, out = 0, []
    for t in d.tables:
        for r in t.rows:
            n += 1
            out.append((n, [c.text for c in r.cells]))
    return out


# ---- end helpers ----

# =====================================================================
# TRAIN FILES
# =====================================================================


def make_ilacs_doc_control():
    name = "a-ilacs-doc-control.docx"
    doc = new_doc()
    title = "Children's Services Improvement Plan 2018–2020"
    para(doc, title, style="Title")
    para(
        doc,
        "Northmoor Borough Council – response to the Ofsted inspection of local authority children's "
        "services (ILACS), October 2018",
        italic=True,
    )
    doc.add_heading("1. Document control", level=1)
    t = new_table(doc, [2.5, 3, 3, 12])
    header_row(t, ["Version", "Date", "Author", "Summary of changes"], fill=GREY, color=None)
    add_row(t, ["0.1", "14/12/2018", "KB", "First draft following inspection feedback"])
    add_row(t, ["1.0", "08/01/2019", "KB", "Approved by the Children's Improvement Board"])
    add_row(t, ["1.1", "04/02/2019", "RG", "January 2019 progress update added"])
    doc.add_heading("2. Glossary of abbreviations", level=1)
    t = new_table(doc, [3.5, 12])
    header_row(t, ["Abbreviation", "Meaning"], fill=GREY, color=None)
    for a, b in [
        ("CIN", "Child in need"),
        ("CP", "Child protection"),
        ("CLA", "Children looked after"),
        ("IRO", "Independent Reviewing Officer"),
        ("MASH", "Multi-Agency Safeguarding Hub"),
        ("PA", "Personal adviser"),
        ("QA", "Quality assurance"),
        ("SMT", "Senior management team"),
    ]:
        add_row(t, [a, b])
    doc.add_heading("3. RAG key", level=1)
    t = new_table(doc, [3, 12])
    for colour, hexf, meaning in [
        ("Blue", FILL["blue"], "Complete – action delivered and impact evidenced"),
        ("Green", FILL["green"], "On track to be delivered by the date agreed"),
        ("Amber", FILL["amber"], "Some slippage – remedial action agreed"),
        ("Red", FILL["red"], "Off track – escalated to the Improvement Board"),
    ]:
        r = add_row(t, [colour, meaning])
        shade(r.cells[0], hexf)
    page_break(doc)
    doc.add_heading("4. Improvement plan", level=1)
    t = new_table(doc, [1.3, 9.5, 2.2, 2.2, 1.8, 8])
    themes = [
        (
            "Theme 1: Management oversight and supervision",
            [
                A(
                    "1.1",
                    "Revise the supervision policy so that supervision records set out clear actions and timescales "
                    "for each child, and relaunch it with all team managers.",
                    "RG/JF",
                    ["RG", "JF"],
                    "Jan-19",
                    "2019-01",
                    "Blue",
                    "blue",
                    progress="Policy relaunched at managers' forum 17/01/19.",
                ),
                A(
                    "1.2",
                    "Introduce a monthly audit of management oversight on case files, with findings reported to SMT.",
                    "KB",
                    ["KB"],
                    "Feb-19",
                    "2019-02",
                    "Green",
                    "green",
                    progress="First audit cycle under way; 40 files sampled.",
                ),
                A(
                    "1.3",
                    "Provide practice-standards training for all newly appointed team managers and advanced "
                    "practitioners.",
                    "DM; KB",
                    ["DM", "KB"],
                    "Mar-19",
                    "2019-03",
                    "Amber",
                    "amber",
                    progress="Two of three cohorts booked; venue issue for cohort 3.",
                ),
                A(
                    "1.4",
                    "Head of Service to dip-sample five cases per team each month and feed back learning through "
                    "the practice week.",
                    "RG",
                    ["RG"],
                    "Ongoing",
                    None,
                    "Green",
                    "green",
                    end_text="Ongoing",
                    progress="Dip sampling in place since December 2018.",
                ),
            ],
        ),
        (
            "Theme 2: Quality of assessments and plans for children in need and subject to child protection plans",
            [
                A(
                    "2.1",
                    "Refresh the single assessment template so that it includes a clear analysis of risk and of the "
                    "child's lived experience.",
                    "AH/SO",
                    ["AH", "SO"],
                    "Apr-19",
                    "2019-04",
                    "Green",
                    "green",
                    progress="Draft template consulted on with practitioners.",
                ),
                A(
                    "2.2",
                    "Deliver SMART planning workshops for social workers in the CIN and CP teams.",
                    "SO",
                    ["SO"],
                    "May-19",
                    "2019-05",
                    "Red",
                    "red",
                    progress="Trainer withdrew; recommissioning under way.",
                ),
                A(
                    "2.3",
                    "Introduce a tracker for CP plans open longer than 15 months, reviewed fortnightly by the "
                    "Service Manager.",
                    "AH",
                    ["AH"],
                    "Feb-19",
                    "2019-02",
                    "Blue",
                    "blue",
                    progress="Tracker live from 1 February 2019.",
                ),
                A(
                    "2.4",
                    "IROs to escalate drift in CIN and CP plans through the dispute resolution process and report "
                    "themes quarterly.",
                    "PM & AH",
                    ["PM", "AH"],
                    "Jun-19",
                    "2019-06",
                    "Amber",
                    "amber",
                    progress="Escalation log being rebuilt in the case management system.",
                ),
            ],
        ),
        (
            "Theme 3: Care leavers",
            [
                A(
                    "3.1",
                    "Ensure every care leaver aged 18 to 21 has an up-to-date pathway plan written with them.",
                    "LT",
                    ["LT"],
                    "Mar-19",
                    "2019-03",
                    "Amber",
                    "amber",
                    progress="81% of pathway plans in date (target 95%).",
                ),
                A(
                    "3.2",
                    "Publish a revised local offer for care leavers, co-produced with the Children in Care Council.",
                    "LT/CE",
                    ["LT", "CE"],
                    "Jul-19",
                    "2019-07",
                    "Green",
                    "green",
                    progress="Co-production sessions held in January.",
                ),
                A(
                    "3.3",
                    "Recruit two additional personal advisers so that PA caseloads are no more than 25.",
                    "LT",
                    ["LT"],
                    "Sep-19",
                    "2019-09",
                    "Green",
                    "green",
                    progress="Posts advertised; interviews 28/02/19.",
                ),
            ],
        ),
    ]
    rows = []
    for i, (theme, acts) in enumerate(themes):
        merged_row(t, theme, fill=NAVY, color="FFFFFF", size=10)
        if i == 0:
            header_row(
                t,
                ["Ref", "Action", "Lead", "By when", "RAG", "Progress update (January 2019)"],
                fill=PALE,
                color=None,
                repeat=False,
            )
        for a in acts:
            add_row(
                t, [a["ref"], a["action"], a["lead"], a["end"], a["rag"], a["extra"]["progress"]]
            )
            rows.append(([theme], a, None))
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + ".expected.yaml"),
        source="""Imitates an English council's post-ILACS children's services improvement plan published as a Word
        appendix to an Improvement Board / scrutiny report (layout common to e.g. council 'Children's Services
        Improvement Plan' appendices found via moderngov agenda pages). Copied: Title paragraph, document control
        (version history) table, glossary of abbreviations table, RAG key table with shaded colour cells, then one
        plan table whose FIRST row is a theme row merged across all columns followed by the header row
        (Ref, Action, Lead, By when, RAG, Progress update); later themes are further merged rows with no repeated
        header. Leads as officer initials (RG/JF, DM; KB, PM & AH); ends as Mmm-YY; RAG as colour words.""",
        reads="""A Northmoor Borough Council ILACS improvement plan. The first three tables are document control,
        glossary and RAG key and hold no actions; the fourth table holds 11 actions (1.1-3.3) under three merged
        theme rows, the first of which sits above the header row. Blue means complete per the key.""",
        title=title,
        actions=expected_actions(rows),
    )
    return name


def make_wsoa_areas():
    name = "a-wsoa-areas.docx"
    doc = new_doc()
    title = "Kingsbridge Local Area Written Statement of Action (SEND)"
    para(doc, title, style="Title")
    para(
        doc,
        "Kingsbridge County Council and NHS Kingsbridge Clinical Commissioning Group",
        bold=True,
    )
    para(
        doc,
        "This Written Statement of Action (WSoA) sets out how the local area will address the three areas of "
        "significant weakness identified in the joint Ofsted and Care Quality Commission (CQC) inspection of "
        "special educational needs and disabilities (SEND) in May 2018. It has been co-produced with "
        "Kingsbridge Parent Carer Forum and will be monitored by the SEND Partnership Board, which reports "
        "to the Health and Wellbeing Board.",
    )
    para(
        doc,
        "Progress is rated: Complete; On track; Amber (some slippage); Red (off track); Not started.",
        italic=True,
        size=9,
    )
    cols = ["Ref", "Action", "Lead", "By when", "Success measures (how we will know)", "RAG"]
    widths = [1.2, 9, 4, 3.2, 6.5, 2]
    areas = [
        (
            "Area of weakness 1: The quality of education, health and care (EHC) plans is variable and too few are "
            "completed within the statutory 20 weeks",
            [
                [
                    A(
                        "1.1",
                        "Establish a multi-agency EHC plan quality assurance panel that samples 10% of new plans each "
                        "month.",
                        "Head of SEND",
                        ["Head of SEND"],
                        "By 31 October 2018",
                        "2018-10",
                        "Complete",
                        "blue",
                        end_text="By 31 October 2018",
                        sm="90% of sampled plans rated good or better by March 2019",
                    ),
                    A(
                        "1.2",
                        "Recruit four additional SEN case officers to reduce caseloads and improve timeliness.",
                        "Head of SEND",
                        ["Head of SEND"],
                        "December 2018",
                        "2018-12",
                        "On track",
                        "green",
                        sm="80% of new EHC plans issued within 20 weeks",
                    ),
                    A(
                        "1.3",
                        "Deliver training for SENCOs, educational psychologists and health professionals on writing "
                        "outcomes-focused advice.",
                        "Principal Educational Psychologist",
                        ["Principal Educational Psychologist"],
                        "Sept 2018 – March 2019",
                        "2019-03",
                        "On track",
                        "green",
                        end_text="Sept 2018 – March 2019",
                        sm="Training evaluations; audit shows SMART outcomes in 75% of plans",
                    ),
                    A(
                        "1.4",
                        "Review all existing plans for Year 9 pupils so that they include preparation for adulthood "
                        "outcomes.",
                        "Head of SEND / Principal Educational Psychologist",
                        ["Head of SEND", "Principal Educational Psychologist"],
                        "End of June 2019",
                        "2019-06",
                        "Not started",
                        "unrated",
                        end_text="End of June 2019",
                        sm="All Year 9 plans reviewed with PfA outcomes",
                    ),
                ]
            ],
        ),
        (
            "Area of weakness 2: Health services do not contribute consistently or in a timely way to EHC needs "
            "assessments",
            [
                [
                    A(
                        "2.1",
                        "Appoint a Designated Clinical Officer (DCO) with protected time for SEND.",
                        "CCG Director of Quality and Nursing",
                        ["CCG Director of Quality and Nursing"],
                        "31/10/2018",
                        "2018-10",
                        "Complete",
                        "blue",
                        sm="DCO in post",
                    ),
                    A(
                        "2.2",
                        "Introduce a single point of contact for requests for health advice, with a six-week response "
                        "standard.",
                        "Designated Clinical Officer (DCO)",
                        ["Designated Clinical Officer (DCO)"],
                        "By 30 November 2018",
                        "2018-11",
                        "Amber",
                        "amber",
                        end_text="By 30 November 2018",
                        sm="95% of health advice returned within six weeks",
                    ),
                    A(
                        "2.3",
                        "Reduce waiting times for autism spectrum disorder assessment to no more than 18 weeks.",
                        "CCG Head of Children's Commissioning",
                        ["CCG Head of Children's Commissioning"],
                        "March 2020",
                        "2020-03",
                        "Red",
                        "red",
                        sm="Median wait 18 weeks or less",
                    ),
                ],
                [
                    A(
                        "2.4",
                        "Agree a health quality assurance framework for EHC plan advice and report findings to the SEND "
                        "Partnership Board.",
                        "Designated Clinical Officer (DCO)",
                        ["Designated Clinical Officer (DCO)"],
                        "Termly",
                        None,
                        "On track",
                        "green",
                        end_text="Termly",
                        sm="Termly QA report to the Board",
                    ),
                    A(
                        "2.5",
                        "Ensure health visitors and school nurses notify the local authority of young children who may "
                        "have SEND (section 23 notifications).",
                        "Head of Children's Community Nursing",
                        ["Head of Children's Community Nursing"],
                        "31/01/2019",
                        "2019-01",
                        "",
                        "unrated",
                        sm="Notifications logged and tracked monthly",
                    ),
                ],
            ],
        ),
        (
            "Area of weakness 3: Parents and carers are not involved well enough in designing services "
            "(co-production)",
            [
                [
                    A(
                        "3.1",
                        "Agree a co-production charter with Kingsbridge Parent Carer Forum.",
                        "Head of SEND & Parent Carer Forum Chair",
                        ["Head of SEND", "Parent Carer Forum Chair"],
                        "January 2019",
                        "2019-01",
                        "Complete",
                        "blue",
                        sm="Charter signed by all partners",
                    ),
                    A(
                        "3.2",
                        "Relaunch the Local Offer website with parents, including a 'you said, we did' page.",
                        "Local Offer Manager",
                        ["Local Offer Manager"],
                        "By 31 March 2019",
                        "2019-03",
                        "Amber",
                        "amber",
                        end_text="By 31 March 2019",
                        sm="Local Offer visits up 50%; 70% parent satisfaction",
                    ),
                    A(
                        "3.3",
                        "Hold termly SEND surgeries for parents in each locality.",
                        "Head of SEND",
                        ["Head of SEND"],
                        "Ongoing",
                        None,
                        "On track",
                        "green",
                        end_text="Ongoing",
                        sm="Attendance and feedback recorded",
                    ),
                ]
            ],
        ),
    ]
    rows = []
    for area, tables in areas:
        doc.add_heading(area, level=2)
        for k, acts in enumerate(tables):
            if k:  # the same area's plan continues in a second table on the next page
                page_break(doc)
            t = new_table(doc, widths)
            header_row(t, cols)
            for a in acts:
                add_row(t, [a["ref"], a["action"], a["lead"], a["end"], a["extra"]["sm"], a["rag"]])
                rows.append(([area], a, None))
        para(doc, "")
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + ".expected.yaml"),
        source="""Imitates an English local area SEND Written Statement of Action (e.g. Middlesbrough, Central
        Bedfordshire and Warwickshire WSoAs, published after joint Ofsted/CQC local area SEND inspections). Copied:
        Title paragraph and introduction, a Heading 2 paragraph naming each area of weakness followed by its own
        table (Ref, Action, Lead, By when, Success measures, RAG); area 2's table breaks across a page and continues
        in a second table with the header row repeated and no new heading. Leads are job titles; ends are phrases,
        periods, months and dd/mm/yyyy dates; RAG as words (Complete / On track / Amber / Red / Not started).""",
        reads="""A SEND WSoA for Kingsbridge with three areas of weakness, each a heading followed by a table; the
        second area's actions continue (2.4, 2.5) in a second table after a page break, still under area 2. 12
        actions; 'Complete' is blue, 'On track' green, 'Not started' and a blank RAG unrated.""",
        title=title,
        actions=expected_actions(rows),
    )
    return name


def make_jtai_shaded():
    name = "a-jtai-shaded.docx"
    doc = new_doc()
    title = "Westbury Safeguarding Children Partnership: JTAI Action Plan"
    doc.add_heading(title, level=1)
    para(
        doc,
        "Joint Targeted Area Inspection of the multi-agency response to children living with domestic abuse "
        "(Ofsted, CQC, HMICFRS and HMI Probation), February 2019",
        italic=True,
    )
    para(
        doc,
        "This plan is owned by the three statutory safeguarding partners (Westbury Council, Westshire Police "
        "and NHS Westbury CCG). Progress is reviewed monthly by the JTAI Task and Finish Group and reported "
        "to the Partnership Executive. RAG status is shown by cell colour (key at the end of the plan).",
    )
    t = new_table(doc, [1.2, 10.5, 2.6, 4.3, 3.2, 1.6])
    header_row(t, ["Ref", "Action", "Lead agency", "Lead officer", "Timescale", "RAG"])
    recs = [
        (
            "Recommendation 1: Ensure that notifications of domestic abuse incidents to the MASH are risk-assessed "
            "promptly and shared with schools and health services.",
            [
                A(
                    "1.1",
                    "Review the police domestic abuse notification process so that all incidents involving children "
                    "are triaged in the MASH within 24 hours.",
                    "DCI Harris",
                    ["DCI Harris"],
                    "April – June 2019",
                    "2019-06",
                    "",
                    "green",
                    end_text="April – June 2019",
                    fill=FILL["green"],
                    agency="Police",
                ),
                A(
                    "1.2",
                    "Introduce a daily domestic abuse triage meeting in the MASH with police, health and children's "
                    "social care.",
                    "Head of MASH and Early Help",
                    ["Head of MASH and Early Help"],
                    "Sept 2019",
                    "2019-09",
                    "",
                    "blue",
                    fill=FILL["blue"],
                    agency="CSC",
                ),
                A(
                    "1.3",
                    "Share notifications with the child's school through Operation Encompass by 9am the next school "
                    "day.",
                    "DS Okafor / Education Safeguarding Lead",
                    ["DS Okafor", "Education Safeguarding Lead"],
                    "w/c 15/07/19",
                    "2019-07",
                    "",
                    "amber",
                    end_text="w/c 15/07/19",
                    fill=FILL["amber"],
                    agency="Police / Education",
                ),
            ],
        ),
        (
            "Recommendation 2: Improve the quality of health practitioners' assessments of risk to unborn and young "
            "children.",
            [
                A(
                    "2.1",
                    "Deliver domestic abuse routine enquiry training to midwives and health visitors.",
                    "Named Midwife for Safeguarding",
                    ["Named Midwife for Safeguarding"],
                    "Q2 2019/20",
                    "2019-09",
                    "",
                    "green",
                    end_text="Q2 2019/20",
                    fill=FILL["green"],
                    agency="Health",
                ),
                A(
                    "2.2",
                    "Add a domestic abuse risk prompt to the health visiting electronic record.",
                    "Named Nurse Safeguarding Children",
                    ["Named Nurse Safeguarding Children"],
                    "31/10/2019",
                    "2019-10",
                    "",
                    "red",
                    fill=FILL["red"],
                    agency="Health",
                ),
                A(
                    "2.3",
                    "Audit 20 health records each quarter and report findings to the Partnership's Quality "
                    "Assurance sub-group.",
                    "Designated Nurse",
                    ["Designated Nurse"],
                    "Quarterly",
                    None,
                    "",
                    "unrated",
                    end_text="Quarterly",
                    fill=None,
                    agency="Health",
                ),
            ],
        ),
        (
            "Recommendation 3: Ensure that work with perpetrators is coordinated and informs children's plans.",
            [
                A(
                    "3.1",
                    "Commission a perpetrator programme that accepts referrals from children's social care.",
                    "AB/TR",
                    ["AB", "TR"],
                    "Dec-19",
                    "2019-12",
                    "",
                    "amber",
                    fill=FILL["amber"],
                    agency="CSC / Probation",
                ),
                A(
                    "3.2",
                    "Invite probation officers to child protection conferences where a parent is subject to "
                    "supervision.",
                    "Head of Westbury Probation Delivery Unit",
                    ["Head of Westbury Probation Delivery Unit"],
                    "Oct 2019",
                    "2019-10",
                    "",
                    "green",
                    fill=FILL["green"],
                    agency="Probation",
                ),
            ],
        ),
    ]
    rows = []
    for rec, acts in recs:
        merged_row(t, rec, fill=GREY)
        for a in acts:
            r = add_row(t, [a["ref"], a["action"], a["extra"]["agency"], a["lead"], a["end"], ""])
            if a["fill"]:
                shade(r.cells[5], a["fill"])
            rows.append(([rec], a, None))
    para(doc, "")
    para(doc, "RAG key", bold=True)
    k = new_table(doc, [2, 8])
    for hexf, meaning in [
        (FILL["blue"], "Complete"),
        (FILL["green"], "On track"),
        (FILL["amber"], "At risk of slippage"),
        (FILL["red"], "Off track"),
        ("FFFFFF", "Not yet rated"),
    ]:
        r = add_row(k, ["", meaning])
        shade(r.cells[0], hexf)
    para(doc, "")
    para(doc, "Sign-off", bold=True)
    s = new_table(doc, [6, 6, 3])
    header_row(s, ["Partner", "Signed on behalf of", "Date"], fill=GREY, color=None)
    add_row(s, ["Westbury Council", "Director of Children's Services", "10/05/2019"])
    add_row(
        s, ["Westshire Police", "Detective Chief Superintendent, Public Protection", "10/05/2019"]
    )
    add_row(s, ["NHS Westbury CCG", "Chief Nurse", "13/05/2019"])
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + ".expected.yaml"),
        source="""Imitates a Local Safeguarding Children Board / Safeguarding Children Partnership JTAI action plan
        (e.g. Durham, Medway, Haringey JTAI responses reported to scrutiny, 2018-19). Copied: Heading 1 title,
        single multi-agency table (Ref, Action, Lead agency, Lead officer, Timescale, RAG) with each inspection
        recommendation as a grey merged row spanning the table and numbered actions 1.1, 1.2 below; RAG shown only
        by cell shading (w:shd fill) with no text; a RAG key table and a partner sign-off table after the plan.""",
        reads="""A JTAI (domestic abuse) multi-agency action plan with 8 actions under three merged recommendation
        rows. The lead is read from the Lead officer column (the Lead agency column names the organisation:
        Police, Health, CSC); status comes from the fill colour of the empty RAG cell, and one unshaded RAG cell
        is unrated. The key and sign-off tables are not actions.""",
        title=title,
        actions=expected_actions(rows),
    )
    return name


def make_cqc_mustdo():
    name = "a-cqc-mustdo.docx"
    doc = new_doc()
    title = "Ashgrove House – CQC Inspection Action Plan"
    doc.add_heading(title, level=1)
    para(doc, "Hartfield County Council, Adult Social Care – Provider Services", bold=True)
    info = new_table(doc, [5, 12])
    for a, b in [
        ("Location", "Ashgrove House, 12 Mill Lane, Hartfield"),
        ("Provider", "Hartfield County Council"),
        ("Inspection date", "12–13 February 2019"),
        ("Report published", "2 April 2019"),
        ("Overall rating", "Requires improvement"),
        ("Action plan owner", "Head of Provider Services"),
    ]:
        r = add_row(info, [a, b])
        shade(r.cells[0], GREY)
        r.cells[0].paragraphs[0].runs[0].bold = True
    para(doc, "")
    para(doc, "Status: B = complete, G = on track, A = at risk, R = overdue.", italic=True, size=9)
    t = new_table(doc, [1.6, 10.5, 4, 3, 1.6, 6])
    header_row(t, ["Ref", "Action to be taken", "Lead", "Completion date", "Status", "Evidence"])
    sections = [
        (
            "MUST DO – Regulatory requirements",
            [
                (
                    "MD1: The provider must ensure that medicines are stored and administered safely, including 'as "
                    "required' (PRN) medicines. Regulation 12 (Safe care and treatment)",
                    [
                        A(
                            "MD1.1",
                            "Complete PRN protocols for every resident prescribed 'as required' medicines.",
                            "Registered Manager",
                            ["Registered Manager"],
                            "30/04/2019",
                            "2019-04",
                            "B",
                            "blue",
                            ev="PRN protocols filed with MAR charts",
                        ),
                        A(
                            "MD1.2",
                            "Carry out weekly medicines audits, and a monthly audit by the Deputy Manager, with "
                            "actions logged.",
                            "Deputy Manager",
                            ["Deputy Manager"],
                            "Monthly",
                            None,
                            "G",
                            "green",
                            end_text="Monthly",
                            ev="Audit folder; action log",
                        ),
                        A(
                            "MD1.3",
                            "Ensure all staff who administer medicines complete a refreshed competency assessment.",
                            "Lee, Sam",
                            ["Lee, Sam"],
                            "31/05/2019",
                            "2019-05",
                            "A",
                            "amber",
                            ev="Training matrix – 18 of 26 staff assessed",
                        ),
                    ],
                ),
                (
                    "MD2: The provider must ensure that risk assessments for falls and pressure care are completed and "
                    "reviewed. Regulation 12 (Safe care and treatment)",
                    [
                        A(
                            "MD2.1",
                            "Review every resident's falls and pressure area risk assessment and update care plans.",
                            "Registered Manager",
                            ["Registered Manager"],
                            "14/06/19",
                            "2019-06",
                            "R",
                            "red",
                            ev="Care plan reviews – 9 outstanding",
                        ),
                        A(
                            "MD2.2",
                            "Introduce monthly care plan audits, with findings reported to the Head of Provider "
                            "Services.",
                            "Deputy Manager / Senior Care Officer",
                            ["Deputy Manager", "Senior Care Officer"],
                            "30/06/2019",
                            "2019-06",
                            "",
                            "unrated",
                            ev="",
                        ),
                    ],
                ),
            ],
        ),
        (
            "SHOULD DO – Recommendations",
            [
                (
                    "SD1: The provider should ensure that people have access to meaningful activities.",
                    [
                        A(
                            "SD1.1",
                            "Recruit an activities co-ordinator for 30 hours per week.",
                            "Head of Provider Services",
                            ["Head of Provider Services"],
                            "31/07/2019",
                            "2019-07",
                            "G",
                            "green",
                            ev="Post approved",
                        ),
                        A(
                            "SD1.2",
                            "Ask residents and families what activities they want through a termly survey.",
                            "Activities Co-ordinator",
                            ["Activities Co-ordinator"],
                            "Termly",
                            None,
                            "",
                            "unrated",
                            end_text="Termly",
                            ev="",
                        ),
                    ],
                ),
                (
                    "SD2: The provider should ensure that the complaints log records outcomes and lessons learned.",
                    [
                        A(
                            "SD2.1",
                            "Amend the complaints log so that the outcome and learning are recorded for every "
                            "complaint.",
                            "Patel, Jo",
                            ["Patel, Jo"],
                            "30/04/2019",
                            "2019-04",
                            "B",
                            "blue",
                            ev="Revised log in use",
                        ),
                    ],
                ),
            ],
        ),
    ]
    rows = []
    for sec, reqs in sections:
        merged_row(t, sec, fill=NAVY, color="FFFFFF", size=10)
        for req, acts in reqs:
            merged_row(t, req, fill=PALE)
            for a in acts:
                add_row(t, [a["ref"], a["action"], a["lead"], a["end"], a["rag"], a["extra"]["ev"]])
                rows.append(([sec, req], a, None))
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + ".expected.yaml"),
        source="""Imitates a provider's CQC post-inspection action plan for a council-run care home (the format
        CQC asks providers to return against 'must do' requirements and 'should do' recommendations). Copied:
        Heading 1 title, a location/provider/rating details table, then one plan table with a header row, MUST DO /
        SHOULD DO section rows merged across in dark fill, each requirement (MD1, SD1...) as a pale merged row, and
        actions MD1.1... beneath; status as letters B/G/A/R; completion dates dd/mm/yyyy.""",
        reads="""A CQC action plan for Ashgrove House (Hartfield County Council) with 8 actions, each read under
        its section (Must do / Should do) and its requirement row. The details table at the top is not the plan.
        Letters B/G/A/R are blue/green/amber/red; blank status is unrated; 'Lee, Sam' and 'Patel, Jo' are one
        person each.""",
        title=title,
        actions=expected_actions(rows),
    )
    return name


def make_ciw_improvement():
    name = "a-ciw-improvement.docx"
    doc = new_doc()
    title = "Caerwen County Borough Council – Children's Services Improvement Plan"
    doc.add_heading(title, level=1)
    para(doc, "Cyngor Bwrdeistref Sirol Caerwen – Cynllun Gwella Gwasanaethau Plant", italic=True)
    para(
        doc,
        "Response to the Care Inspectorate Wales (CIW) inspection of children's services, November 2018. "
        "The plan is structured around the principles of the Social Services and Well-being (Wales) Act 2014 "
        "and the areas for improvement in the CIW report. Timescales are given by financial-year quarter.",
    )
    t = new_table(doc, [1.5, 9.5, 4.2, 2.5, 7, 1.8])
    header_row(
        t, ["Ref", "Action", "Responsible officer", "Timescale", "Progress / evidence", "RAG"]
    )
    plan = [
        (
            "1. People – voice and control",
            [
                (
                    "1.1 Ensure that children's views and wishes are recorded and influence their care and support plans",
                    [
                        A(
                            "1.1.1",
                            "Introduce a 'What matters' conversation record completed with every child at "
                            "assessment.",
                            "Lee, Sam",
                            ["Lee, Sam"],
                            "Q4 2018/19",
                            "2019-03",
                            "Green",
                            "green",
                            end_text="Q4 2018/19",
                            pr="Form built in WCCIS; go-live 1 March 2019.",
                        ),
                        A(
                            "1.1.2",
                            "Commission an active offer of advocacy for all children subject to child protection "
                            "enquiries.",
                            "Evans, Rhian / Morgan, Dafydd",
                            ["Evans, Rhian", "Morgan, Dafydd"],
                            "June 2019",
                            "2019-06",
                            "Amber",
                            "amber",
                            pr="Regional tender delayed to April.",
                        ),
                    ],
                ),
                (
                    "1.2 Improve the timeliness of care and support plan reviews",
                    [
                        A(
                            "1.2.1",
                            "Send a weekly report of overdue reviews to team managers, with exceptions escalated to "
                            "the Service Manager.",
                            "Service Manager (CIN/CP)",
                            ["Service Manager (CIN/CP)"],
                            "March 2019",
                            "2019-03",
                            "Complete",
                            "blue",
                            pr="Report issued weekly since 7 January.",
                        ),
                    ],
                ),
            ],
        ),
        (
            "2. Prevention and early intervention",
            [
                (
                    "2.1 Strengthen the Information, Advice and Assistance (IAA) service so that families receive a "
                    "proportionate response",
                    [
                        A(
                            "2.1.1",
                            "Co-locate family support workers in the IAA team.",
                            "Head of Children's Services",
                            ["Head of Children's Services"],
                            "Q1 2019/20",
                            "2019-06",
                            "Green",
                            "green",
                            end_text="Q1 2019/20",
                            pr="Two workers co-located from April.",
                        ),
                        A(
                            "2.1.2",
                            "Agree thresholds guidance with partners and publish it on the Regional Safeguarding "
                            "Board website.",
                            "Jones, Carys",
                            ["Jones, Carys"],
                            "Q2 2019/20",
                            "2019-09",
                            "Red",
                            "red",
                            end_text="Q2 2019/20",
                            pr="Awaiting regional sign-off.",
                        ),
                        A(
                            "2.1.3",
                            "Track repeat contacts and report them monthly to the Improvement Board.",
                            "Performance and Information Manager",
                            ["Performance and Information Manager"],
                            "Ongoing",
                            None,
                            "Green",
                            "green",
                            end_text="Ongoing",
                            pr="Monthly report in place.",
                        ),
                    ],
                ),
            ],
        ),
        (
            "3. Well-being and safeguarding",
            [
                (
                    "3.1 Ensure that strategy discussions involve police and health in every case",
                    [
                        A(
                            "3.1.1",
                            "Revise the strategy discussion template to record who attended and the rationale for "
                            "decisions.",
                            "Service Manager (CIN/CP)",
                            ["Service Manager (CIN/CP)"],
                            "31/01/2019",
                            "2019-01",
                            "Complete",
                            "blue",
                            pr="Template live.",
                        ),
                    ],
                ),
                (
                    "3.2 Improve management oversight of safeguarding decisions",
                    [
                        A(
                            "3.2.1",
                            "Team managers to record a management decision on every section 47 enquiry within 24 "
                            "hours.",
                            "Williams, Owen",
                            ["Williams, Owen"],
                            "February 2019",
                            "2019-02",
                            "Green",
                            "green",
                            pr="Audit in March showed 92% compliance.",
                        ),
                        A(
                            "3.2.2",
                            "Quarterly thematic audit of section 47 enquiries led by the Quality Assurance Officer.",
                            "Quality Assurance Officer",
                            ["Quality Assurance Officer"],
                            "Q3 2019/20",
                            "2019-12",
                            "Amber",
                            "amber",
                            end_text="Q3 2019/20",
                            pr="First audit scheduled for May.",
                        ),
                    ],
                ),
            ],
        ),
    ]
    rows = []
    for theme, areas in plan:
        merged_row(t, theme, fill="1E5631", color="FFFFFF", size=10)
        for area, acts in areas:
            merged_row(t, area, fill="E2EFD9")
            for a in acts:
                add_row(t, [a["ref"], a["action"], a["lead"], a["end"], a["extra"]["pr"], a["rag"]])
                rows.append(([theme, area], a, None))
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + ".expected.yaml"),
        source="""Imitates a Welsh local authority's children's services improvement plan after a Care Inspectorate
        Wales inspection (e.g. Powys 2017-18 and Isle of Anglesey 2016-18 plans reported to scrutiny). Copied:
        Heading 1 title with a Welsh-language line, one table structured by the four principles of the SSWb
        (Wales) Act as dark merged theme rows, each CIW area for improvement as a numbered heading row '1.1 ...'
        merged across, and actions 1.1.1, 1.1.2 beneath; leads as 'Surname, Forename'; timescales as
        financial-year quarters (Q4 2018/19) plus months and dates; RAG as words.""",
        reads="""A Caerwen CIW improvement plan with 9 actions in three themes; every action is read under its theme
        row and the '1.1 ...' area-for-improvement heading row above it, which are not actions. Quarters are
        financial-year quarters (Q4 2018/19 ends March 2019, Q3 2019/20 ends December 2019). 'Evans, Rhian /
        Morgan, Dafydd' is two people.""",
        title=title,
        actions=expected_actions(rows),
    )
    return name


def make_scot_joint():
    name = "a-scot-joint.docx"
    doc = new_doc()
    title = "Joint Inspection of Services for Children at Risk of Harm: Improvement Plan"
    para(doc, title, style="Title")
    para(
        doc,
        "Glenmuir Child Protection Committee on behalf of Glenmuir Community Planning Partnership – "
        "August 2022",
        bold=True,
    )
    para(
        doc,
        "The Care Inspectorate, with Healthcare Improvement Scotland, Education Scotland and HM Inspectorate "
        "of Constabulary in Scotland, inspected services for children at risk of harm in Glenmuir between "
        "February and May 2022. This plan sets out how partners will respond to the three priority areas "
        "for improvement in the report. Progress will be reported to the Chief Officers' Group quarterly.",
    )
    cols = ["Improvement action", "Lead(s)", "Timescale", "Measure of success", "Progress (RAG)"]
    widths = [10, 5, 3.5, 5.5, 2.5]
    prios = [
        (
            "Priority area 1: Improve the quality and consistency of chronologies",
            [
                A(
                    None,
                    "Agree a single multi-agency chronology template and guidance for social work, health and "
                    "education staff.",
                    "Sam Lee and Jo Patel",
                    ["Sam Lee", "Jo Patel"],
                    "August 2022",
                    "2022-08",
                    "Green",
                    "green",
                    m="Template agreed by the Child Protection Committee",
                ),
                A(
                    None,
                    "Deliver chronology training to all social workers and health visitors.",
                    "Learning and Development Officer, Child Protection Committee",
                    ["Learning and Development Officer, Child Protection Committee"],
                    "Oct 2022 – March 2023",
                    "2023-03",
                    "Amber",
                    "amber",
                    end_text="Oct 2022 – March 2023",
                    m="85% of staff trained",
                ),
                A(
                    None,
                    "Audit 30 chronologies each quarter and report findings to the Child Protection Committee.",
                    "Lead Officer, Child Protection",
                    ["Lead Officer, Child Protection"],
                    "Ongoing",
                    None,
                    "Green",
                    "green",
                    end_text="Ongoing",
                    m="Audit shows improvement quarter on quarter",
                ),
            ],
        ),
        (
            "Priority area 2: Strengthen the voice of children and young people in child protection processes",
            [
                A(
                    None,
                    "Pilot the Mind of My Own app with the child protection teams.",
                    "Service Manager, Children and Families",
                    ["Service Manager, Children and Families"],
                    "End of December 2022",
                    "2022-12",
                    "Amber",
                    "amber",
                    end_text="End of December 2022",
                    m="Used by 50% of children on the child protection register",
                ),
                A(
                    None,
                    "Offer independent advocacy to every child aged 8 and over at their initial child protection "
                    "planning meeting.",
                    "Chief Social Work Officer",
                    ["Chief Social Work Officer"],
                    "TBC",
                    None,
                    "Red",
                    "red",
                    end_text="TBC",
                    m="Uptake of advocacy recorded",
                ),
                A(
                    None,
                    "Involve care-experienced young people in designing the Child Protection Committee's "
                    "participation strategy.",
                    "Jo Patel",
                    ["Jo Patel"],
                    "31/03/2023",
                    "2023-03",
                    "Not started",
                    "unrated",
                    m="Strategy published",
                ),
            ],
        ),
        (
            "Priority area 3: Improve joint leadership oversight of performance",
            [
                A(
                    None,
                    "Develop a multi-agency performance dashboard for the Chief Officers' Group.",
                    "Sam Lee",
                    ["Sam Lee"],
                    "November 2022",
                    "2022-11",
                    "Green",
                    "green",
                    m="Dashboard reviewed quarterly",
                ),
                A(
                    None,
                    "Chief officers to undertake twice-yearly frontline visits and case discussions.",
                    "Chief Officers' Group",
                    ["Chief Officers' Group"],
                    "Six-monthly",
                    None,
                    "Complete",
                    "blue",
                    end_text="Six-monthly",
                    m="Visits recorded and fed back to staff",
                ),
            ],
        ),
    ]
    rows = []
    for prio, acts in prios:
        doc.add_heading(prio, level=2)
        t = new_table(doc, widths)
        header_row(t, cols, fill="4B2C6F")
        for a in acts:
            add_row(t, [a["action"], a["lead"], a["end"], a["extra"]["m"], a["rag"]])
            rows.append(([prio], a, None))
        para(doc, "")
    doc.save(os.path.join(HERE, name))
    write_expected(
        os.path.join(HERE, name + ".expected.yaml"),
        source="""Imitates a Scottish community planning partnership / child protection committee improvement plan
        following a Care Inspectorate-led joint inspection of services for children at risk of harm (2020-23
        programme). Copied: Title paragraph, publisher line and context paragraph, a Heading 2 per priority area
        for improvement each followed by its own table (Improvement action, Lead(s), Timescale, Measure of
        success, Progress (RAG)) with no reference numbers; leads as names and posts; timescales as months,
        periods, Ongoing/TBC/Six-monthly; RAG as words.""",
        reads="""Glenmuir's improvement plan after a joint inspection of services for children at risk of harm: 8
        unnumbered actions in three tables, each under the priority-area heading before it. 'Sam Lee and Jo
        Patel' is two people; 'Lead Officer, Child Protection' is one post; Complete is blue and Not started is
        unrated.""",
        title=title,
        actions=expected_actions(rows),
    )
    return name


def make_ilacs_0ct():
    name = "a-ilacs-0ct.docx"
    doc = new_doc()
    title = "Improving Children's Services: ILACS Action Plan 2020–21"
    doc.add_heading(title, level=1)
    para(
        doc,
        "Ashby Vale Council – following the Ofsted inspection of local authority children's services, "
        "January 2020",
        italic=True,
    )
    para(doc, "Document control", bold=True)
    t = new_table(doc, [2.5, 3, 5, 8])
    header_row(t, ["Version", "Date", "Owner", "Status"], fill=GREY, color=None)  # row 1
    add_row(t, ["0.3", "02/03/2020", "Head of Quality Assurance", "Draft"])  # row 2
    add_row(t, ["1.0", "16/03/2020", "Director of Children's Services", "Approved"])  # row 3
    add_row(t, ["1.1", "07/09/2020", "Head of Quality Assurance", "Q1 progress update"])  # row 4
    para(doc, "")
    t = new_table(doc, [1.3, 12, 3.5, 3, 2.2])
    merged_row(t, "Area 1: Front door and MASH", fill=NAVY, color="FFFFFF")  # row 5
    header_row(t, ["Ref", "Action", "Lead", "Timescale", "RAG"], fill=PALE, color=None)  # row 6
    acts1 = [
        (
            "1.1",
            "Publish a revised threshold document with the Safeguarding Partnership.",
            "MH",
            "Jun-2020",
            "Green",
        ),
        ("1.2", "Recruit a permanent MASH team manager.", "MH/DW", "Aug-2020", "Amber"),
        (
            "1.3",
            "Introduce weekly audit of contacts closed with no further action.",
            "DW",
            "Sep-2020",
            "Green",
        ),
    ]
    for r in acts1:  # rows 7-9
        add_row(t, list(r))
    merged_row(t, "Area 2: Children in care", fill=NAVY, color="FFFFFF")  # row 10
    acts2 = [
        (
            "2.1",
            "Review all children placed more than 20 miles from Ashby Vale.",
            "SK",
            "Nov-2020",
            "Amber",
        ),
        (
            "2.2",
            "Ensure every child in care has an up-to-date health assessment.",
            "SK; LN",
            "0ct-2020",
            "Green",
        ),
        (
            "2.3",
            "Relaunch the Children in Care Council with a participation worker.",
            "LN",
            "Dec-2020",
            "Red",
        ),
        ("2.4", "Agree a sufficiency strategy for foster placements.", "SK", "Jan-2021", "Amber"),
    ]
    for r in acts2:  # rows 11-14
        add_row(t, list(r))
    para(doc, "")
    para(doc, "Glossary", bold=True)
    g = new_table(doc, [3, 10])
    header_row(g, ["Term", "Meaning"], fill=GREY, color=None)
    for a, b in [("MASH", "Multi-Agency Safeguarding Hub"), ("CiCC", "Children in Care Council")]:
        add_row(g, [a, b])
    path = os.path.join(HERE, name)
    doc.save(path)
    flat = table_rows_flat(path)
    bad = [n for n, cells in flat if "0ct-2020" in cells]
    assert bad == [12], bad
    write_expected(
        path + ".expected.yaml",
        source="""Imitates a short English ILACS action plan published with a scrutiny report (document control table
        then plan table). Copied: Heading 1 title, document control table, plan table starting with an area row
        merged across, then Ref/Action/Lead/Timescale/RAG header, a second merged area row, and a glossary table
        after the plan. Timescales as Mmm-YYYY.""",
        reads="""An ILACS action plan for Ashby Vale with seven actions, but the timescale of action 2.2 reads
        '0ct-2020' (zero for O), a mistyped month: a careful person stops and asks. Rows counted across all tables
        from 1 at the first row of the document control table (header row 1, three version rows 2-4), then the
        plan table (area row 5, header row 6, actions 1.1-1.3 rows 7-9, area 2 row 10, 2.1 row 11, 2.2 row 12).""",
        outcome="refuse",
        refuse_at=12,
        title=title,
    )
    return name


if __name__ == "__main__":
    made = [
        make_ilacs_doc_control(),
        make_wsoa_areas(),
        make_jtai_shaded(),
        make_cqc_mustdo(),
        make_ciw_improvement(),
        make_scot_joint(),
        make_ilacs_0ct(),
    ]
    print("\n".join(made))
