"""The commune's report as an official document (DOCX, PDF) and its figures as a workbook, opened
back with python-docx and openpyxl: the number and date it took when sent, the type, the
results per section of the plan, the figures and task status tables, Nơi nhận and the signer;
read by whoever reads the report, and by no one else."""

import io
from datetime import datetime

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from ttdn.core.clock import VIETNAM
from ttdn.demo import cao_xa_2023 as demo
from ttdn.documents.official import amount, place_and_date
from ttdn.documents.pdf import converter
from ttdn.plans.sections import section_heading
from ttdn.reports.commune import FIGURE_LABELS, FIGURES
from ttdn.tasks.exports import STATUS_WORDS
from ttdn.tasks.models import TaskStatus

COMMUNE_REPORTS = "/api/v1/commune-reports"
DIFFICULTY = "Hệ thống loa ở khu 4, khu 5 xuống cấp."
PROPOSAL = "Đề nghị huyện hỗ trợ sửa chữa hệ thống loa."


async def _compile(client, world, period_id):
    compiled = await client.post(
        f"/api/v1/reporting-periods/{period_id}/commune-report", headers=world.auth("vhxh")
    )
    assert compiled.status_code == 201, compiled.text
    return compiled.json()


@pytest.fixture
async def sent(client, loaded, first_half, with_version, settle_the_parts):
    """The 6-month report compiled from the settled parts, with a proposal, approved by the
    leader and sent by the coordinator."""
    await settle_the_parts()
    report = await _compile(client, loaded, first_half)
    url = f"{COMMUNE_REPORTS}/{report['id']}"
    edited = await client.patch(
        url, json={"proposals": PROPOSAL}, headers=with_version("vhxh", report["version"])
    )
    approved = await client.post(
        f"{url}/approve", headers=with_version("chutich", edited.json()["version"])
    )
    response = await client.post(
        f"{url}/send", headers=with_version("vhxh", approved.json()["version"])
    )
    assert response.status_code == 200, response.text
    return response.json()


async def _open(client, url, username, world):
    response = await client.get(url, headers=world.auth(username))
    assert response.status_code == 200, response.text
    return response, Document(io.BytesIO(response.content))


def _texts(cell):
    return [p.text for p in cell.paragraphs if p.text]


def _rows(table):
    return [[cell.text for cell in row.cells] for row in table.rows]


def _bold(document, text):
    paragraph = next(p for p in document.paragraphs if p.text == text)
    return all(run.bold for run in paragraph.runs)


async def test_the_sent_report_as_the_superior_downloads_it(client, loaded, sent):
    world = loaded
    response, document = await _open(
        client, f"{COMMUNE_REPORTS}/{sent['id']}/document.docx", "huyen", world
    )
    assert 'filename="bao-cao-1-BC-UBND.docx"' in response.headers["content-disposition"]
    left, right = document.tables[0].rows[0].cells
    assert _texts(left) == ["ỦY BAN NHÂN DÂN XÃ CAO XÁ", "Số: 1/BC-UBND"]
    sent_on = datetime.fromisoformat(sent["sent_at"]).astimezone(VIETNAM).date()
    assert _texts(right)[-1] == place_and_date("Cao Xá", sent_on)
    texts = [p.text for p in document.paragraphs]
    kind = texts.index("BÁO CÁO")
    assert document.paragraphs[kind].runs[0].bold
    assert texts[kind + 1].startswith("Sơ kết 6 tháng thực hiện")
    assert "(Dự thảo)" not in texts
    assert texts[kind + 3].startswith(
        "Thực hiện Kế hoạch số 1/KH-UBND ngày 08/3/2023 của UBND xã Cao Xá về hoạt động"
    )
    parts = ["I. KẾT QUẢ THỰC HIỆN", "II. SỐ LIỆU", "III. KHÓ KHĂN, VƯỚNG MẮC"]
    parts.append("IV. ĐỀ XUẤT, KIẾN NGHỊ")
    assert [texts.index(part) for part in parts] == sorted(texts.index(part) for part in parts)
    # Each section of the plan the results name: its heading line, in bold, in the results.
    (part_three,) = [section for section in demo.SECTIONS if section.code == "III"]
    of_the_plan = [section_heading(child.code, child.title) for child in part_three.children]
    headings = [line for line in sent["results"].splitlines() if line in of_the_plan]
    assert len(headings) >= 5
    for heading in headings:
        assert texts.index(parts[0]) < texts.index(heading) < texts.index(parts[1])
        assert _bold(document, heading), heading
    assert any(t.startswith("- ") and "(Đài truyền thanh xã): " in t for t in texts)
    assert DIFFICULTY in "\n".join(texts[texts.index(parts[2]) : texts.index(parts[3])])
    assert texts[texts.index(parts[3]) + 1] == PROPOSAL
    figures, statuses = document.tables[1], document.tables[2]
    assert figures.style.name == statuses.style.name == "Table Grid"
    assert _rows(figures) == [
        ["Chỉ tiêu", "Số lượng"],
        *([FIGURE_LABELS[name], amount(sent["figures"][name])] for name in FIGURES),
    ]
    assert sent["figures"]["news_items_aired"] > 0
    status_rows = _rows(statuses)
    assert status_rows[0][:2] == ["Đơn vị", "Tổng"]
    assert set(status_rows[0][2:]) <= set(STATUS_WORDS.values())
    units = [row["unit_name"] for row in sent["task_statuses"]]
    assert [row[0] for row in status_rows[1:]] == [*units, "Tổng cộng"]
    totals = [row["total"] for row in sent["task_statuses"]]
    assert [row[1] for row in status_rows[1:]] == [*map(str, totals), str(sum(totals))]
    recipients, signature = document.tables[-1].rows[0].cells
    assert _texts(recipients) == ["Nơi nhận:", "- UBND huyện Lâm Thao;", "- Lưu: VT, VHXH."]
    approver = next(e["actor_name"] for e in sent["history"] if e["to_status"] == "approved")
    assert _texts(signature) == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", approver]
    # The foot is kept on one page: its row may not be split.
    assert document.tables[-1].rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    # Outside the report's readers: another commune's coordinator, the area leader.
    for username in ("hienquan_vhxh", "khu1"):
        refused = await client.get(
            f"{COMMUNE_REPORTS}/{sent['id']}/document.docx", headers=world.auth(username)
        )
        assert refused.status_code == 404, username


async def test_a_draft_shows_no_number_and_no_date_and_stays_in_the_commune(
    client, world, first_half
):
    report = await _compile(client, world, first_half)
    url = f"{COMMUNE_REPORTS}/{report['id']}/document.docx"
    response, document = await _open(client, url, "vhxh", world)
    expected = f'filename="bao-cao-du-thao-{report["id"]}.docx"'
    assert expected in response.headers["content-disposition"]
    left, right = document.tables[0].rows[0].cells
    assert _texts(left)[1] == "Số: …/BC-UBND"
    assert not any(t.startswith("Cao Xá, ngày") for t in _texts(right))
    assert "(Dự thảo)" in [p.text for p in document.paragraphs]
    # Not yet approved: the plan's signer.
    assert _texts(document.tables[-1].rows[0].cells[1])[-1] == "Quách Văn Chí"
    for username in ("huyen", "khu1", "hienquan_vhxh"):  # the superior sees what was sent
        for suffix in ("document.docx", "document.pdf", "figures.xlsx"):
            refused = await client.get(
                f"{COMMUNE_REPORTS}/{report['id']}/{suffix}", headers=world.auth(username)
            )
            assert refused.status_code == 404, (username, suffix)
            assert refused.headers["content-type"].startswith("application/problem+json")


async def test_the_figures_workbook_has_a_row_per_part_and_the_reports_totals(client, loaded, sent):
    response = await client.get(
        f"{COMMUNE_REPORTS}/{sent['id']}/figures.xlsx", headers=loaded.auth("huyen")
    )
    assert response.status_code == 200, response.text
    assert 'filename="so-lieu-bao-cao-1-BC-UBND.xlsx"' in response.headers["content-disposition"]
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Số liệu", "Nhiệm vụ"]
    header, *parts, total = list(book["Số liệu"].values)
    assert list(header) == ["Đơn vị", *(FIGURE_LABELS[name] for name in FIGURES)]
    taken = [part for part in sent["parts"] if part["status"] == "accepted"]
    assert sorted(row[0] for row in parts) == sorted(part["unit_name"] for part in taken)
    assert list(total) == ["Tổng cộng", *(sent["figures"][name] for name in FIGURES)]
    for index, name in enumerate(FIGURES, start=1):
        assert sum(row[index] or 0 for row in parts) == sent["figures"][name], name
    header, *units, total = list(book["Nhiệm vụ"].values)
    assert list(header) == ["Đơn vị", "Tổng", *(STATUS_WORDS[status] for status in TaskStatus)]
    assert [(row[0], row[1]) for row in units] == [
        (row["unit_name"], row["total"]) for row in sent["task_statuses"]
    ]
    assert total[:2] == ("Tổng cộng", sum(row["total"] for row in sent["task_statuses"]))


async def test_the_pdf_when_libreoffice_is_installed(client, world, first_half):
    report = await _compile(client, world, first_half)
    response = await client.get(
        f"{COMMUNE_REPORTS}/{report['id']}/document.pdf", headers=world.auth("chutich")
    )
    if converter() is None:
        assert response.status_code == 501
        assert "LibreOffice" in response.json()["detail"]
        return
    assert response.status_code == 200, response.text
    assert response.content.startswith(b"%PDF-")
    assert 'filename="bao-cao-du-thao-' in response.headers["content-disposition"]
