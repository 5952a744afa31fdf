"""Shared helpers for the d_make.py generators (author d). Run with /work/main/.venv/bin/python."""
import json, os, re, datetime as dt
import yaml
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side

FILL = {'red': 'FF0000', 'amber': 'FFC000', 'green': '00B050', 'blue': '0070C0'}
NAVY, PALE, GREY = '1F3864', 'D9E2F3', 'E7E6E6'

# ---------------- expected.yaml ----------------
def q(s):
    return 'null' if s is None else json.dumps(s, ensure_ascii=False)

def act(ref, under, action, lead, end, status, end_text=None):
    return dict(ref=ref, under=list(under), action=action, lead=list(lead), end=end,
                status=status, end_text=end_text)

def write_expected(path, source, reads, outcome='read', title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    out = ['source: >-', '  ' + ' '.join(source.split()), 'reads: >-', '  ' + ' '.join(reads.split()),
           'outcome: ' + outcome, 'accept_refusal: ' + ('true' if accept_refusal else 'false')]
    if refuse_at is not None:
        out.append('refuse_at: %d' % refuse_at)
    if title is not None:
        out.append('title: ' + q(title))
    if outcome == 'read':
        out.append('actions:')
        for a in actions:
            out.append('  - ref: ' + q(a['ref']))
            out.append('    under: [' + ', '.join(q(u) for u in a['under']) + ']')
            out.append('    action: ' + q(a['action']))
            out.append('    lead: [' + ', '.join(q(x) for x in a['lead']) + ']')
            out.append('    end: ' + q(a['end']))
            if a.get('end_text'):
                out.append('    end_text: ' + q(a['end_text']))
            out.append('    status: ' + a['status'])
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    check_expected(path)

def check_expected(path):
    d = yaml.safe_load(open(path, encoding='utf-8'))
    assert d['outcome'] in ('read', 'refuse'), path
    assert isinstance(d['accept_refusal'], bool)
    if d['outcome'] == 'refuse':
        assert isinstance(d['refuse_at'], int) and 'actions' not in d
        return
    acts = d['actions']
    assert 6 <= len(acts) <= 30, (path, len(acts))
    for a in acts:
        assert set(a) <= {'ref', 'under', 'action', 'lead', 'end', 'end_text', 'status'}, a
        assert a['ref'] is None or isinstance(a['ref'], str)
        assert isinstance(a['under'], list) and len(a['under']) <= 2
        assert isinstance(a['action'], str) and a['action']
        assert isinstance(a['lead'], list) and all(isinstance(x, str) for x in a['lead'])
        assert a['end'] is None or re.fullmatch(r'\d{4}-\d{2}', a['end']), a
        assert a['status'] in ('red', 'amber', 'green', 'blue', 'unrated'), a
    txt = open(path, encoding='utf-8').read()
    assert not re.search(r'end: \d', txt), path

# ---------------- docx ----------------
def new_doc(landscape=True, font='Arial', size=10):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, m, Cm(1.7))
    return doc

def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), hexfill)
    tcPr.append(shd)

def put(cell, text, bold=False, size=9, color=None, italic=False):
    cell.text = ''
    p = cell.paragraphs[0]
    for i, line in enumerate((text or '').split('\n')):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)

def new_table(doc, widths, style='Table Grid'):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = style
    t.autofit = False
    t._widths = widths
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
    return t

def add_row(t, values, bold=False, fill=None, color=None, size=9, fills=None):
    r = t.add_row()
    for i, v in enumerate(values):
        c = r.cells[i]
        c.width = Cm(t._widths[i])
        put(c, v, bold=bold, size=size, color=color)
        f = (fills or {}).get(i, fill)
        if f:
            shade(c, f)
    return r

def header_row(t, labels, fill=NAVY, color='FFFFFF'):
    r = add_row(t, labels, bold=True, fill=fill, color=color)
    trPr = r._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)
    return r

def merged_row(t, text, fill=PALE, color=None, bold=True, size=9):
    r = t.add_row()
    for i, c in enumerate(r.cells):
        c.width = Cm(t._widths[i])
    c = r.cells[0].merge(r.cells[-1])
    put(c, text, bold=bold, size=size, color=color)
    if fill:
        shade(c, fill)
    return r

def para(doc, text, bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p

# ---------------- xlsx ----------------
THIN = Side(style='thin', color='808080')
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical='top')

def xfill(hexc):
    return PatternFill('solid', start_color=hexc, end_color=hexc)

def xrow(ws, r, values, bold=False, fill=None, color=None, border=True, fills=None, fmt=None):
    for i, v in enumerate(values):
        if v is None and not border:
            continue
        c = ws.cell(row=r, column=i + 1, value=v)
        c.alignment = WRAP
        c.font = Font(name='Arial', size=9, bold=bold, color=color)
        if border:
            c.border = BOX
        f = (fills or {}).get(i, fill)
        if f:
            c.fill = xfill(f)
        if isinstance(v, (dt.date, dt.datetime)):
            c.number_format = fmt or 'dd/mm/yyyy'

def widths(ws, ws_widths):
    from openpyxl.utils import get_column_letter
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for i, w in enumerate(ws_widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = w

def D(y, m, d):
    return dt.datetime(y, m, d)
