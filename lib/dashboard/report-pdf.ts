import "server-only";
import type { Member } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { getCampaignBySlug } from "@/lib/campaigns/queries";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { loadCampaignDashboard } from "@/lib/dashboard/campaign-dashboard";
import { parseMarkdown, plain } from "@/lib/dashboard/markdown";
import { boardReport, type BoardReport } from "@/lib/dashboard/report";
import { TRUST_INDEX_MARKDOWN } from "@/lib/dashboard/trust-index";
import { toWinAnsi } from "@/lib/dashboard/win-ansi";

type PdfKit = typeof import("pdfkit");

// pdfkit reads its font metrics from its own folder at run time, which a bundled copy cannot find
// (foliojs/pdfkit#1549). So it is loaded by Node itself, through a require the bundler does not
// see. Once next.config lists "pdfkit" in serverExternalPackages, a plain import will do.
function loadPdfKit(): PdfKit {
  const { createRequire } = process.getBuiltinModule("node:module");
  return createRequire(`${process.cwd()}/package.json`)("pdfkit") as PdfKit;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const INK = "#1c1a16", MUTED = "#5b564c", GOLD = "#b8860b", RULE = "#d8d2c4";

export async function renderBoardReportPdf(report: BoardReport): Promise<Buffer> {
  const PDFDocument = loadPdfKit();
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: `${report.title}: ${report.campaignTitle}`, Author: "Kintsugi" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = A4.width - 2 * MARGIN;
  const t = toWinAnsi;

  doc.fillColor(GOLD).rect(MARGIN, MARGIN, 36, 6).fill();
  doc.moveDown(0.5).fillColor(INK).font("Helvetica-Bold").fontSize(20).text(t(`${report.title}: ${report.campaignTitle}`), { width });
  doc.font("Helvetica").fontSize(10).fillColor(MUTED).text(t(`Figures computed ${report.computedAt}.`), { width });
  doc.moveDown(0.8);
  doc.font("Helvetica-Bold").fontSize(12).fillColor(INK).text(t(`Trust Recovery Index: ${report.index}`), { width });
  drawSparkline(doc, report.sparkline, MARGIN, doc.y + 4, width, 48);
  doc.y += 58;
  doc.font("Helvetica").fontSize(9).fillColor(MUTED).text(t(report.sparklineLabel), MARGIN, doc.y, { width });

  for (const section of report.sections) {
    ensureRoom(doc, 60);
    doc.moveDown(1).font("Helvetica-Bold").fontSize(13).fillColor(INK).text(t(section.title), MARGIN, doc.y, { width });
    if (section.intro) doc.font("Helvetica").fontSize(9).fillColor(MUTED).text(t(section.intro), { width });
    doc.moveDown(0.3);
    for (const row of section.rows) {
      ensureRoom(doc, 30);
      const top = doc.y;
      const valueWidth = row.value ? 170 : 0;
      doc.font("Helvetica").fontSize(10).fillColor(INK).text(t(row.label), MARGIN, top, { width: width - valueWidth - 10 });
      const afterLabel = doc.y;
      if (row.value) doc.font("Helvetica-Bold").text(t(row.value), MARGIN + width - valueWidth, top, { width: valueWidth, align: "right" });
      doc.y = Math.max(afterLabel, doc.y);
      if (row.note) doc.font("Helvetica").fontSize(8.5).fillColor(MUTED).text(t(row.note), MARGIN, doc.y, { width: width - 20 });
      doc.moveTo(MARGIN, doc.y + 3).lineTo(MARGIN + width, doc.y + 3).lineWidth(0.5).strokeColor(RULE).stroke();
      doc.y += 6;
    }
  }

  doc.addPage();
  for (const block of parseMarkdown(TRUST_INDEX_MARKDOWN)) {
    ensureRoom(doc, 40);
    if (block.type === "heading") doc.font("Helvetica-Bold").fontSize(13).fillColor(INK).text(t(plain(block.text)), { width });
    else if (block.type === "paragraph") doc.font("Helvetica").fontSize(9.5).fillColor(INK).text(t(plain(block.text)), { width });
    else if (block.type === "list") for (const item of block.items) doc.font("Helvetica").fontSize(9.5).text(t(`• ${plain(item)}`), { width, indent: 8 });
    else for (const row of block.rows) doc.font("Helvetica").fontSize(9.5).text(t(`${plain(row[0])}: weight ${plain(row[1] ?? [])}`), { width });
    doc.moveDown(0.5);
  }
  doc.end();
  return done;
}

type Doc = InstanceType<PdfKit>;

function ensureRoom(doc: Doc, points: number) {
  if (doc.y + points > A4.height - MARGIN) doc.addPage();
}

// The index per day as a line over a 0–100 band with the 50 mark; gaps where there is no index.
function drawSparkline(doc: Doc, values: (number | null)[], x: number, y: number, w: number, h: number) {
  doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(RULE).stroke();
  doc.moveTo(x, y + h / 2).lineTo(x + w, y + h / 2).dash(2, { space: 3 }).strokeColor(RULE).stroke().undash();
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const px = x + i * step, py = y + h - (v / 100) * h;
    if (pen) doc.lineTo(px, py);
    else doc.moveTo(px, py);
    pen = true;
  });
  doc.lineWidth(1.5).strokeColor(GOLD).stroke();
}

// The core of the PDF download: the member must be allowed to read dashboards, and the campaign
// must be their organization's. Typed errors say which refusal it is; the route maps them.
export async function boardReportPdf(member: Member, slug: string, now = new Date()): Promise<{ fileName: string; pdf: Buffer; report: BoardReport }> {
  if (!can(member.role, "dashboard.read")) throw new ForbiddenError("The board report is for admins, managers and executives.");
  const campaign = await getCampaignBySlug(member, slug);
  if (!campaign) throw new NotFoundError();
  const report = boardReport(await loadCampaignDashboard(member, campaign, now));
  const stamp = now.toISOString().slice(0, 16).replace(":", "");
  return { fileName: `board-report-${campaign.slug}-${stamp}.pdf`, pdf: await renderBoardReportPdf(report), report };
}
