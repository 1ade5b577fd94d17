/**
 * The minutes as a Word document (学习记录.docx), for groups that file their study records or print them: a title,
 * the metadata table, the attendance table, the most-marked passages and the discussion under real headings
 * (so Word's navigation pane and TOC work), quotes in a quote style, and the leader's summary — with a ruled box
 * to write in when it is still empty.
 *
 * Fonts: Word picks a run's font per script; without an East Asian font it falls back to whatever the machine
 * has, and on a Western Windows that may show boxes. So every style names one: SimSun (宋体) for the body,
 * Microsoft YaHei (微软雅黑) for headings, KaiTi (楷体) for quotations — the usual choice in Chinese documents —
 * and Times New Roman for Latin text. Runs are marked zh-CN for spelling and line breaking.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { MinutesModel } from './build-minutes';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Microsoft YaHei' };
const QUOTE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'KaiTi' };
const LABEL_SHADE = 'F2F2F2';
const RULE_COLOR = 'BFBFBF';
/** Indent per reply level, in twips (two Chinese characters at 10.5 pt). */
const REPLY_INDENT = 420;

/** The minutes as .docx bytes. */
export async function minutesToDocx(model: MinutesModel): Promise<Buffer> {
  const L = model.labels;
  const lang = model.locale === 'en' ? 'en-US' : 'zh-CN';
  const children: Array<Paragraph | Table> = [];

  children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [run(model.title)] }));
  children.push(new Paragraph({ alignment: AlignmentType.CENTER, style: 'Subtitle', children: [run(model.sessionTitle)] }));
  children.push(labelValueTable(model.metadata));

  children.push(heading1(L.attendance));
  if (model.attendance.present.length) {
    children.push(
      gridTable(
        [L.name, L.joined, L.left, L.duration],
        model.attendance.present.map((r) => [
          `${r.name}${r.isLeader ? L.leaderMark : ''}`,
          r.joined,
          r.left,
          `${r.duration}${r.stretchesLabel}`,
        ]),
        [34, 18, 18, 30],
      ),
    );
  }
  const absent = model.attendance.absent.map((m) => m.name);
  children.push(
    new Paragraph({
      spacing: { before: 120 },
      children: [run(`${L.absent}${L.colon}`, { bold: true }), run(absent.length ? absent.join(L.listSeparator) : L.nobody)],
    }),
  );

  children.push(heading1(L.topPassages));
  if (model.topPassages.length === 0) children.push(plain(L.noPassages));
  for (const p of model.topPassages) {
    children.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: 160 },
        children: [
          run(`${p.rank}. `, { bold: true }),
          run(p.heading, { bold: true }),
          run(`${L.metaSeparator}${p.countsLabel}${L.metaSeparator}${p.authors.join(L.listSeparator)}`, { color: '595959' }),
        ],
      }),
    );
    children.push(...quote(p.quote));
  }

  children.push(heading1(L.discussion));
  if (model.discussion.length === 0) children.push(plain(L.noDiscussion));
  model.discussion.forEach((passage, i) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [run(`${i + 1}. ${passage.heading}`)] }));
    children.push(...quote(passage.quote));
    for (const e of passage.entries) {
      if (e.deleted) children.push(plain(L.deletedAnnotation, { italics: true, color: '7F7F7F' }));
      else {
        const meta = [e.kindLabel, e.time, ...(e.reactionsLabel ? [e.reactionsLabel] : [])].join(L.metaSeparator);
        children.push(
          new Paragraph({
            spacing: { before: 120 },
            keepNext: e.note.trim() !== '' || e.replies.length > 0,
            children: [run(e.authorName, { bold: true }), run(`${L.metaSeparator}${meta}`, { color: '595959' })],
          }),
        );
        if (e.note.trim()) children.push(multiline(e.note, {}));
      }
      for (const r of e.replies) {
        const indent = { left: REPLY_INDENT * r.depth };
        if (r.deleted) {
          children.push(plain(L.deletedReply, { italics: true, color: '7F7F7F' }, { indent }));
          continue;
        }
        children.push(
          multiline(r.body, { indent }, [
            run(r.authorName, { bold: true }),
            run(`${L.metaSeparator}${L.reply}${L.metaSeparator}${r.time}${L.colon}`, { color: '595959' }),
          ]),
        );
      }
    }
  });

  children.push(heading1(L.reflections));
  if (model.reflections.length === 0) children.push(plain(L.noReflections));
  for (const r of model.reflections) {
    children.push(multiline(r.body, { spacing: { before: 120 } }, [run(r.authorName, { bold: true }), run(`${L.metaSeparator}${r.time}${L.colon}`, { color: '595959' })]));
  }

  children.push(heading1(L.summary));
  if (model.summary.trim()) {
    for (const para of model.summary.replace(/\r\n?/g, '\n').split(/\n{2,}/)) children.push(multiline(para, { spacing: { after: 120 } }));
  } else {
    children.push(summaryBox(L.summaryEmpty));
  }

  const doc = new Document({
    creator: 'Gongdu 共读',
    title: `${model.heading}`,
    description: `${model.groupName} · ${model.dateLabel}`,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: 21, language: { value: lang, eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 360, after: 60 } },
        },
        title: { run: { font: HEADING_FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading1: {
          run: { font: HEADING_FONT, size: 28, bold: true, color: '000000' },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: HEADING_FONT, size: 24, bold: true, color: '262626' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: HEADING_FONT, size: 26, color: '404040' },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: QUOTE_FONT, size: 22, color: '262626' },
          paragraph: {
            indent: { left: 480, right: 240 },
            spacing: { before: 60, after: 120 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: RULE_COLOR, space: 10 } },
            shading: { type: ShadingType.CLEAR, fill: 'FAFAFA', color: 'auto' },
          },
        },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  run(`${model.groupName}${L.metaSeparator}${model.title}${L.metaSeparator}`, { size: 18, color: '7F7F7F' }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 18, color: '7F7F7F' }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

type RunOptions = { bold?: boolean; italics?: boolean; color?: string; size?: number };

function run(text: string, options: RunOptions = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), ...options });
}

function plain(text: string, runOptions: RunOptions = {}, paragraph: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({ ...paragraph, children: [run(text, runOptions)] });
}

function heading1(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(text)] });
}

/** User text keeps its line breaks: one run per line, a break before each but the first. */
function multiline(text: string, paragraph: Partial<IParagraphOptions>, lead: TextRun[] = []): Paragraph {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return new Paragraph({
    ...paragraph,
    children: [...lead, ...lines.map((line, i) => new TextRun({ text: xmlSafe(line), break: i > 0 ? 1 : undefined }))],
  });
}

function quote(text: string): Paragraph[] {
  return [multiline(text, { style: 'Quote' })];
}

function labelValueTable(rows: Array<{ label: string; value: string }>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 22, type: WidthType.PERCENTAGE },
              shading: { type: ShadingType.CLEAR, fill: LABEL_SHADE, color: 'auto' },
              margins: cellMargins,
              children: [new Paragraph({ children: [run(row.label, { bold: true })] })],
            }),
            new TableCell({
              width: { size: 78, type: WidthType.PERCENTAGE },
              margins: cellMargins,
              children: [new Paragraph({ children: [run(row.value)] })],
            }),
          ],
        }),
    ),
  });
}

const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 };

function gridTable(headers: string[], rows: string[][], widths: number[]): Table {
  const cell = (text: string, i: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.PERCENTAGE },
      margins: cellMargins,
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: LABEL_SHADE, color: 'auto' } } : {}),
      children: [new Paragraph({ children: [run(text, isHeader ? { bold: true } : {})] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i, false)) })),
    ],
  });
}

/** An empty ruled box (one cell) for the leader to write the summary in by hand on the printout. */
function summaryBox(placeholder: string): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        height: { value: 3600, rule: 'atLeast' },
        children: [
          new TableCell({
            width: { size: 100, type: WidthType.PERCENTAGE },
            margins: { top: 120, bottom: 120, left: 160, right: 160 },
            children: [plain(placeholder, { color: '7F7F7F', italics: true })],
          }),
        ],
      }),
    ],
  });
}

const NOT_IN_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * XML 1.0 forbids most control characters, and a lone surrogate cannot be encoded; one of them in a note would
 * make Word refuse the whole file. They carry nothing a reader could see, so they are dropped.
 */
function xmlSafe(text: string): string {
  return text.replace(NOT_IN_XML, '');
}
