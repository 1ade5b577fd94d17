/**
 * The colophon (版权页) of a printed book, laid out as a table: reader lines 36–52. Some rows are "key value"
 * with spaces ("书 名 群众路线教育实践活动学习读本"), most are tab-separated cells holding two key/value pairs
 * ("出品人\t高海浩\t责任编辑\t赵振兴"), with empty cells where the print left a gap.
 */
import { codePointLength } from '../code-points';
import { compactText } from './classify-line';

export interface Colophon {
  fields: Record<string, string>;
  /** cells that are not a key or a value, e.g. reader line 45 "欢迎品牌畅销图书项目合作" */
  notes: string[];
  /** "版权所有 翻印必究 …" (reader line 52) */
  rights?: string;
}

/**
 * Keys that appear without a tab after them, so they must be recognised by name (longest first, so that 出版发行
 * wins over 出版). Keys in tabbed rows are recognised by shape as well (see isKeyCell).
 */
const KNOWN_KEYS = [
  '出版发行', '责任编辑', '邮政编码', '丛书名', '出品人', '总监制', '编辑部', '发行部', '书名', '编著', '著者', '作者',
  '主编', '编者', '译者', '出版', '发行', '印刷', '开本', '字数', '印张', '版次', '印次', '书号', '定价', '地址',
  '邮编', '电话', '网址', 'ISBN', 'E-mail',
];

/** Reader line 52: the rights notice is not a key/value row. */
export const RIGHTS_NOTICE = /版权所有|翻印必究|侵权必究/u;

/** True for a line that belongs to a colophon: a tabbed row, a known key, an ISBN or the rights notice. */
export function isColophonLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  return line.includes('\t') || RIGHTS_NOTICE.test(text) || /ISBN/iu.test(text) || splitKnownKey(text) !== undefined;
}

export function parseColophon(lines: string[]): Colophon {
  const colophon: Colophon = { fields: {}, notes: [] };
  for (const line of lines) {
    const text = line.trim();
    if (text === '') continue;
    if (RIGHTS_NOTICE.test(text)) colophon.rights = colophon.rights ? `${colophon.rights} ${text}` : text;
    else readColophonRow(line, colophon);
  }
  return colophon;
}

/**
 * Walks one row's cells: a key cell waits for its value; a value with no key of its own continues the row's last
 * value (reader line 47 "开 本\t710毫米×1000毫米\t1/16": the 1/16 belongs to the 开本).
 */
function readColophonRow(line: string, colophon: Colophon): void {
  const cells = line
    .split('\t')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
  let pendingKey: string | undefined;
  let lastKey: string | undefined;
  for (const cell of cells) {
    if (pendingKey) {
      colophon.fields[pendingKey] = cell;
      lastKey = pendingKey;
      pendingKey = undefined;
      continue;
    }
    if (cells.length > 1 && isKeyCell(cell)) {
      pendingKey = compactText(cell);
      continue;
    }
    const pair = splitKnownKey(cell);
    if (pair) {
      colophon.fields[pair.key] = pair.value;
      lastKey = pair.key;
    } else if (lastKey) {
      colophon.fields[lastKey] = `${colophon.fields[lastKey]} ${cell}`;
    } else {
      colophon.notes.push(cell);
    }
  }
  if (pendingKey) colophon.fields[pendingKey] = '';
}

/** A key cell is short and has no digits: "出品人", "地 址", "E-mail" (but not "高海浩"'s neighbour "010-…"). */
function isKeyCell(cell: string): boolean {
  const compact = compactText(cell);
  if (KNOWN_KEYS.includes(compact)) return true;
  return /^\p{Script=Han}+$/u.test(compact) && codePointLength(compact) >= 2 && codePointLength(compact) <= 5;
}

/** "书 名 群众…" → 书名: "群众…"; "ISBN 978-7-…" → ISBN: "978-7-…". The key's letters may be spaced out. */
function splitKnownKey(text: string): { key: string; value: string } | undefined {
  for (const key of KNOWN_KEYS) {
    const spacedKey = Array.from(key, escapeRegExp).join('\\s*');
    const match = new RegExp(`^${spacedKey}(?:[\\s：:]+(.*))?$`, 'u').exec(text);
    if (match) return { key, value: (match[1] ?? '').trim() };
  }
  return undefined;
}

function escapeRegExp(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
