/**
 * The words of the exported files (CSV headers, the Markdown export's headings and placeholders), part of the one
 * message catalogue.
 */
import type { Locale } from './locale';

export const CSV_HEADERS: Record<Locale, readonly string[]> = {
  'zh-CN': [
    '时间', '作者', '类型', '章节', '段落位置', '原文', '批注', '回复数', '回复', '文本', '版本', '学习活动', '修改时间', '编号',
  ],
  en: [
    'Time', 'Author', 'Kind', 'Section', 'Block', 'Quote', 'Note', 'Replies', 'Thread', 'Text', 'Version', 'Session', 'Edited', 'ID',
  ],
};

/** the Kind column of a session reflection's row */
export const CSV_REFLECTION: Record<Locale, string> = { 'zh-CN': '学习体会', en: 'Session reflection' };

export const CSV_DELETED: Record<Locale, string> = { 'zh-CN': '（已删除）', en: '(deleted)' };

export const MARKDOWN_EXPORT_LABELS = {
  'zh-CN': {
    title: (group: string) => `${group} · 批注`,
    summary: (n: number, r: number) => `共 ${n} 条批注，${r} 条回复。`,
    empty: '（没有可导出的批注）',
    version: (v: number) => `（第 ${v} 版）`,
    opening: '篇首',
    edited: '已编辑',
    deleted: '（此批注已删除）',
    deletedReply: '（此回复已删除）',
    reply: '回复',
    book: (t: string) => `《${t}》`,
    reflections: '学习体会',
    reflectionsOf: (session: string) => `学习体会 · ${session}`,
    sep: ' · ',
  },
  en: {
    title: (group: string) => `${group} · Annotations`,
    summary: (n: number, r: number) => `${n} annotations, ${r} replies.`,
    empty: '(No annotations to export)',
    version: (v: number) => ` (version ${v})`,
    opening: 'Opening',
    edited: 'edited',
    deleted: '(This annotation was deleted)',
    deletedReply: '(This reply was deleted)',
    reply: 'Reply',
    book: (t: string) => t,
    reflections: 'Session reflections',
    reflectionsOf: (session: string) => `Reflections · ${session}`,
    sep: ' · ',
  },
} as const;
