import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import type { Policy, ReportPayload } from '@credit-kit/contract';
import { sha256Hex } from '../ids.js';

// Noto Sans SC (SIL Open Font License), TrueType outlines: subset per document, so a report carries only
// the glyphs it uses (tens of kilobytes, not the font's ten megabytes).
const FONT_FILE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';
let fontBytes: Promise<Buffer> | undefined;
const loadFont = () => (fontBytes ??= readFile(createRequire(import.meta.url).resolve(FONT_FILE)));

// A4 in points, and the layout.
const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const TOP = PAGE[1] - 118;
const BOTTOM = 64;
const WIDTH = PAGE[0] - 2 * MARGIN;
const QR_SIZE = 72;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);
const RULE = rgb(0.75, 0.75, 0.78);

const zh = (text: { 'zh-CN': string }) => text['zh-CN'];
const day = (iso: string) => iso.slice(0, 10);
const time = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }).replaceAll('/', '-');

const subjectKindNames: Record<ReportPayload['subject']['kind'], string> = {
  enterprise: '企业',
  'public-institution': '事业单位',
  'social-organisation': '社会组织',
  'government-agency': '机关',
  'individual-business': '个体工商户',
  'natural-person': '自然人',
};
const recordStateNames: Record<ReportPayload['records'][number]['state'], string> = {
  published: '公示中',
  corrected: '已更正,公示中',
  repaired: '已修复',
  revoked: '已撤销',
  expired: '公示期满',
};
const commitmentStateNames: Record<ReportPayload['commitments'][number]['state'], string> = {
  signed: '履约期内',
  kept: '已履约',
  'partly-kept': '部分履约',
  breached: '未履约',
};

/** Lines of `text` that fit `width` at `size`: Chinese breaks between any characters, words at spaces. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of paragraph.match(/[A-Za-z0-9.,:;()/'"-]+\s*|\s+|./gu) ?? []) {
      if (font.widthOfTextAtSize(line + token, size) <= width) line += token;
      else if (font.widthOfTextAtSize(token, size) > width) {
        for (const ch of token) {
          if (font.widthOfTextAtSize(line + ch, size) > width) {
            lines.push(line);
            line = '';
          }
          line += ch;
        }
      } else {
        lines.push(line.trimEnd());
        line = token.trimStart();
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** Flows text down the pages, starting a new page when one is full. */
class Flow {
  readonly pages: PDFPage[] = [];
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
  ) {
    this.newPage();
  }

  private get page(): PDFPage {
    const page = this.pages.at(-1);
    if (!page) throw new Error('no page');
    return page;
  }

  private newPage() {
    this.pages.push(this.doc.addPage(PAGE));
    this.y = TOP;
  }

  private room(height: number) {
    if (this.y - height < BOTTOM) this.newPage();
  }

  text(text: string, { size = 10, indent = 0, color = INK, gap = 4 } = {}) {
    for (const line of wrap(text, this.font, size, WIDTH - indent)) {
      this.room(size + gap);
      this.y -= size + gap;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font: this.font, color });
    }
  }

  heading(text: string) {
    this.room(44);
    this.y -= 14;
    this.text(text, { size: 13, gap: 6 });
    this.y -= 4;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: MARGIN + WIDTH, y: this.y },
      thickness: 0.6,
      color: RULE,
    });
    this.y -= 2;
  }

  space(points: number) {
    this.y -= points;
  }
}

/** The QR code of `url`, drawn as vector modules (a scanner and a renderer read it at any zoom). */
function drawQr(page: PDFPage, url: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row++) {
    // Runs of dark modules in a row are one rectangle each.
    for (let col = 0; col < modules.size;) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      page.drawRectangle({
        x: x + start * cell,
        y: y + size - (row + 1) * cell,
        width: (col - start) * cell,
        height: cell,
        color: rgb(0, 0, 0),
      });
    }
  }
}

/** The report's body, section by section, in the order the domain lists a report's contents. */
function writeBody(flow: Flow, r: ReportPayload, policy: Policy) {
  const labels = policy.labels;
  const none = () => flow.text('无', { color: MUTED, indent: 12 });

  flow.text('公共信用信息报告', { size: 20, gap: 8 });
  flow.text('Public credit information report', { size: 10, color: MUTED });
  flow.space(6);
  flow.text(`报告编号:${r.number}    出具时间:${time(r.issuedAt)}    有效期至:${r.validUntil}`, { size: 9 });
  flow.text(`出具机构:${zh(r.issuer)}`, { size: 9 });

  flow.heading('一、主体身份信息');
  const person = r.subject.kind === 'natural-person';
  flow.text(`${person ? '姓名' : '主体名称'}:${r.subject.name}`);
  flow.text(`${person ? '公民身份号码' : '统一社会信用代码'}:${r.subject.code}`);
  flow.text(`主体类型:${subjectKindNames[r.subject.kind]}`);
  flow.text(`信用档案建立日期:${r.subject.registeredOn}`);

  flow.heading('二、信用等级');
  const grade = labels.grades[r.grade.grade];
  flow.text(`信用等级:${r.grade.grade}(${zh(grade.label)})    信用分:${r.grade.score}    评价模型:${r.grade.model}`);
  flow.text(zh(grade.description), { color: MUTED, size: 9 });
  flow.text('评分因素:', { size: 10 });
  for (const f of r.grade.factors)
    flow.text(`${zh(f.label)}:${f.count} 项,${f.points > 0 ? '+' : ''}${f.points} 分`, { indent: 12 });

  flow.heading('三、失信记录(公示期内)');
  if (r.records.length === 0) none();
  for (const rec of r.records) {
    const marks = [rec.underObjection ? '【异议处理中】' : '', rec.underRepair ? '【信用修复中】' : ''].join('');
    flow.text(`${rec.title}${marks}`, { size: 10.5 });
    flow.text(
      `${zh(labels.recordKinds[rec.kind])} · ${zh(labels.recordClasses[rec.class])} · ${recordStateNames[rec.state]}`,
      { indent: 12, size: 9, color: MUTED },
    );
    flow.text(`认定机关:${rec.authority}    决定文书号:${rec.decisionNumber}    决定日期:${rec.decidedAt}`, {
      indent: 12,
      size: 9,
    });
    flow.text(`公示期:${rec.publishFrom} 至 ${rec.publishUntil}`, { indent: 12, size: 9 });
    flow.space(4);
  }

  flow.heading('四、名单信息');
  if (r.lists.length === 0) none();
  for (const l of r.lists) {
    flow.text(`${zh(labels.lists[l.list])}${l.suspended ? '【异议核实中,惩戒措施暂停】' : ''}`, { size: 10.5 });
    flow.text(`列入机关:${l.authority}    列入日期:${l.since}${l.until ? `    移出日期:${l.until}` : ''}`, {
      indent: 12,
      size: 9,
    });
    flow.text(`列入理由:${l.reason}`, { indent: 12, size: 9 });
    if (l.basis.length) flow.text(`认定依据(失信记录):${l.basis.join('、')}`, { indent: 12, size: 9 });
    flow.space(4);
  }

  flow.heading('五、信用承诺及履约情况');
  if (r.commitments.length === 0) none();
  for (const c of r.commitments) {
    flow.text(`${c.matter}(${zh(labels.commitmentTypes[c.type])})`, { size: 10.5 });
    flow.text(
      `承诺编码:${c.code}    受理机关:${c.authority}    承诺日期:${day(c.signedAt)}    履约情况:${commitmentStateNames[c.state]}`,
      { indent: 12, size: 9 },
    );
  }

  flow.heading('六、经核实的自主申报信息');
  if (r.declarations.length === 0) none();
  for (const d of r.declarations) {
    flow.text(`${zh(labels.declarationCategories[d.category])}:${d.summary}`, { size: 10 });
    flow.text(`核实日期:${day(d.verifiedAt)}${d.validUntil ? `    有效期至:${d.validUntil}` : ''}`, {
      indent: 12,
      size: 9,
    });
  }

  flow.heading('七、报告说明');
  flow.text(
    `本报告内容由${zh(r.issuer)}依据公示期内的公共信用信息生成,并以平台公布的密钥进行数字签名。` +
      '收到本报告的单位可扫描每页右上角的二维码,或在平台核验页面输入报告编号,核验报告是否真实、未被篡改,' +
      '以及在出具后是否因信用修复、列入名单等原因被更新的报告取代。',
    { size: 9, color: MUTED },
  );
}

/** Page furniture on every page: the report number and QR code at the top, page numbers at the foot. */
function writeFurniture(pages: PDFPage[], font: PDFFont, r: ReportPayload, verifyUrl: string) {
  pages.forEach((page, i) => {
    const top = PAGE[1] - MARGIN;
    page.drawText('信用报告', { x: MARGIN, y: top - 12, size: 12, font, color: INK });
    page.drawText(`报告编号 ${r.number}`, { x: MARGIN, y: top - 30, size: 9, font, color: MUTED });
    page.drawText(r.subject.name, { x: MARGIN, y: top - 44, size: 9, font, color: MUTED });
    drawQr(page, verifyUrl, PAGE[0] - MARGIN - QR_SIZE, top - QR_SIZE, QR_SIZE);
    page.drawText('扫码核验', {
      x: PAGE[0] - MARGIN - QR_SIZE + 16,
      y: top - QR_SIZE - 11,
      size: 8,
      font,
      color: MUTED,
    });
    page.drawLine({
      start: { x: MARGIN, y: top - QR_SIZE - 16 },
      end: { x: MARGIN + WIDTH - QR_SIZE - 8, y: top - QR_SIZE - 16 },
      thickness: 0.6,
      color: RULE,
    });
    const footer = `第 ${i + 1} 页 / 共 ${pages.length} 页`;
    page.drawText(footer, {
      x: (PAGE[0] - font.widthOfTextAtSize(footer, 9)) / 2,
      y: 36,
      size: 9,
      font,
      color: MUTED,
    });
    page.drawText(r.number, { x: MARGIN, y: 36, size: 8, font, color: MUTED });
  });
}

/**
 * A subset font's name carries a six-letter tag (`ABCDEF+Name`, ISO 32000 9.6.4); pdf-lib names it with a
 * random number instead. The tag here is derived from the report, so the same report renders to the same
 * bytes every time and a PDF in hand can be checked by its hash.
 */
function tagSubsetFont(doc: PDFDocument, font: PDFFont, seed: string) {
  const tag = Array.from(Buffer.from(sha256Hex(seed), 'hex').subarray(0, 6), (b) =>
    String.fromCharCode(65 + (b % 26)),
  ).join('');
  const name = PDFName.of(`${tag}+NotoSansSC-Regular`);
  const type0 = doc.context.lookup(font.ref, PDFDict);
  type0.set(PDFName.of('BaseFont'), name);
  const cid = type0.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
  cid.set(PDFName.of('BaseFont'), name);
  cid.lookup(PDFName.of('FontDescriptor'), PDFDict).set(PDFName.of('FontName'), name);
}

/** The report as an A4 PDF, the same bytes for the same report and verification address. */
export async function renderReportPdf(report: ReportPayload, verifyUrl: string, policy: Policy): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(await loadFont(), { subset: true });
  const flow = new Flow(doc, font);
  writeBody(flow, report, policy);
  writeFurniture(flow.pages, font, report, verifyUrl);

  const issued = new Date(report.issuedAt);
  doc.setTitle(`信用报告 ${report.number}`, { showInWindowTitleBar: true });
  doc.setSubject(`${report.subject.name} 公共信用信息报告`);
  doc.setAuthor(zh(report.issuer));
  doc.setLanguage('zh-CN');
  doc.setProducer('credit-kit');
  doc.setCreator('credit-kit');
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  // The number in plain ASCII, so a verification page finds it in an uploaded file without a PDF parser.
  doc.context
    .lookup(doc.context.trailerInfo.Info, PDFDict)
    .set(PDFName.of('CreditReportNumber'), PDFString.of(report.number));

  await doc.flush();
  tagSubsetFont(doc, font, `${report.number}|${verifyUrl}`);
  return doc.save({ useObjectStreams: false });
}
