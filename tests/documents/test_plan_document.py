"""The plan as an official document (DESIGN §7, Nghị định 30/2020/NĐ-CP), opened back with
python-docx: page, fonts, the header table and its rules, the date line, type and subject, the
căn cứ, every section of the demo in order, Nơi nhận, the signature and page numbers."""

import io
from datetime import date

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from ttdn.demo import cao_xa_2023 as demo
from ttdn.documents.official import place_and_date
from ttdn.documents.pdf import converter

PLANS = "/api/v1/plans"


@pytest.fixture
async def opened(client, world):
    response = await client.get(
        f"{PLANS}/{world.plan_id}/document.docx", headers=world.auth("daitruyenthanh")
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert 'filename="ke-hoach-1-KH-UBND.docx"' in response.headers["content-disposition"]
    return Document(io.BytesIO(response.content))


def _has_rule(paragraph) -> bool:
    borders = paragraph._p.pPr.find(qn("w:pBdr")) if paragraph._p.pPr is not None else None
    return borders is not None and borders.find(qn("w:bottom")) is not None


def _texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2023, 3, 8), "Cao Xá, ngày 08 tháng 3 năm 2023"),
        (date(2024, 1, 5), "Cao Xá, ngày 05 tháng 01 năm 2024"),
        (date(2024, 2, 29), "Cao Xá, ngày 29 tháng 02 năm 2024"),
        (date(2023, 12, 25), "Cao Xá, ngày 25 tháng 12 năm 2023"),
    ],
)
def test_the_date_line_pads_days_and_the_first_two_months(day, expected):
    assert place_and_date("Cao Xá", day) == expected


async def test_the_page_and_the_font(opened):
    section = opened.sections[0]
    # in millimetres, as Word stores them in twentieths of a point
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(margin.mm) for margin in margins] == [20, 20, 30, 15]
    normal = opened.styles["Normal"]
    assert (normal.font.name, normal.font.size) == ("Times New Roman", Pt(14))
    fonts = normal.element.rPr.rFonts
    assert {fonts.get(qn(f"w:{k}")) for k in ("ascii", "hAnsi", "eastAsia", "cs")} == {
        "Times New Roman"
    }


async def test_the_header_table(opened):
    header = opened.tables[0]
    left, right = header.rows[0].cells
    assert _texts(left) == ["ỦY BAN NHÂN DÂN XÃ CAO XÁ", "Số: 1/KH-UBND"]
    issuer = left.paragraphs[0].runs[0]
    assert issuer.bold and issuer.font.size == Pt(13)
    assert _has_rule(left.paragraphs[1]) and not left.paragraphs[1].text
    assert _texts(right) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Cao Xá, ngày 08 tháng 3 năm 2023",
    ]
    assert _has_rule(right.paragraphs[2])
    assert right.paragraphs[3].runs[0].italic
    # borderless: the default table style draws no borders
    assert header.style.name == "Normal Table"


async def test_type_subject_and_the_basis(opened):
    texts = [p.text for p in opened.paragraphs]
    kind = opened.paragraphs[texts.index("KẾ HOẠCH")]
    assert kind.runs[0].bold and kind.runs[0].font.size == Pt(14)
    subject = opened.paragraphs[texts.index("Hoạt động thông tin đối ngoại xã Cao Xá năm 2023")]
    assert subject.runs[0].bold
    basis = opened.paragraphs[texts.index("KẾ HOẠCH") + 3]
    assert basis.text == (
        "Căn cứ Kế hoạch số 38/KH-UBND ngày 08/3/2023 của Ủy ban nhân dân huyện Lâm Thao;"
    )
    assert basis.runs[0].italic
    assert demo.PLAN_INTRODUCTION in texts


async def test_every_section_in_order(opened):
    texts = [p.text for p in opened.paragraphs]

    def headings(sections, depth=0):
        for section in sections:
            number = section.code if section.code.endswith(".") else f"{section.code}."
            yield f"{number} {section.title}", depth
            yield from headings(section.children, depth + 1)

    expected = list(headings(demo.SECTIONS))
    positions = [texts.index(text) for text, _ in expected]
    assert positions == sorted(positions)
    for (text, depth), position in zip(expected, positions, strict=True):
        run = opened.paragraphs[position].runs[0]
        assert run.bold and bool(run.italic) is (depth >= 2), text
    body = opened.paragraphs[positions[0] + 2]
    assert body.alignment == 3  # justified
    assert demo.PLAN_CLOSING in texts


async def test_the_recipients_and_the_signature(opened):
    closing = opened.tables[-1]
    left, right = closing.rows[0].cells
    title = left.paragraphs[0].runs[0]
    assert (left.paragraphs[0].text, title.bold, title.italic, title.font.size) == (
        "Nơi nhận:",
        True,
        True,
        Pt(12),
    )
    entries = [p.text for p in left.paragraphs[1:]]
    assert entries[0] == "- UBND huyện;"
    assert entries[-1] == "- Lưu: VT, VHXH."
    assert len(entries) == len(demo.RECIPIENTS)
    assert {p.runs[0].font.size for p in left.paragraphs[1:]} == {Pt(11)}
    assert _texts(right) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Quách Văn Chí"]
    assert all(p.runs[0].bold for p in right.paragraphs if p.text)


async def test_page_numbers_start_on_page_two(opened):
    section = opened.sections[0]
    assert section.different_first_page_header_footer
    assert not "".join(p.text for p in section.first_page_header.paragraphs)
    field = section.header.paragraphs[0]._p.find(qn("w:fldSimple"))
    assert field is not None and field.get(qn("w:instr")) == "PAGE"


async def test_a_draft_says_so_and_has_no_date(client, world):
    draft_id, _ = world.drafts["cao_xa"]
    response = await client.get(f"{PLANS}/{draft_id}/document.docx", headers=world.auth("vhxh"))
    document = Document(io.BytesIO(response.content))
    texts = [p.text for p in document.paragraphs]
    assert "(Dự thảo)" in texts
    left, right = document.tables[0].rows[0].cells
    assert _texts(left)[1].startswith("Số: …/")
    assert not any(t.startswith("Cao Xá, ngày") for t in _texts(right))


async def test_another_districts_plan_is_not_found(client, world):
    response = await client.get(
        f"{PLANS}/{world.outside_plan_id}/document.docx", headers=world.auth("vhxh")
    )
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_the_formats_say_whether_a_pdf_can_be_made(client, world):
    response = await client.get("/api/v1/documents/formats", headers=world.auth("khu1"))
    assert response.json() == {"docx": True, "pdf": converter() is not None}


async def test_the_pdf_when_libreoffice_is_installed(client, world):
    response = await client.get(f"{PLANS}/{world.plan_id}/document.pdf", headers=world.auth("vhxh"))
    if converter() is None:
        assert response.status_code == 501
        assert "LibreOffice" in response.json()["detail"]
        return
    assert response.status_code == 200, response.text
    assert response.content.startswith(b"%PDF-")
    assert response.headers["content-type"] == "application/pdf"
