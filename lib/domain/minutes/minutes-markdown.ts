/**
 * The minutes as Markdown (学习记录.md): the same sections as the page and the .docx. Everything that came from
 * users or the text is escaped (../export/markdown.ts), so a note or a name cannot change the document's layout.
 */
import { escapeMarkdownInline, markdownBlock } from '../export/markdown';
import type { MinutesModel } from './build-minutes';

export function minutesToMarkdown(model: MinutesModel): string {
  const L = model.labels;
  const sep = L.metaSeparator;
  const out: string[] = [];
  out.push(`# ${escapeMarkdownInline(model.heading)}`, '');

  out.push(`| ${L.item} | ${L.value} |`, '| --- | --- |');
  for (const row of model.metadata) out.push(`| ${escapeMarkdownInline(row.label)} | ${escapeMarkdownInline(row.value)} |`);
  out.push('');

  out.push(`## ${L.attendance}`, '');
  if (model.attendance.present.length) {
    out.push(`| ${L.name} | ${L.joined} | ${L.left} | ${L.duration} |`, '| --- | --- | --- | --- |');
    for (const r of model.attendance.present) {
      const name = `${r.name}${r.isLeader ? L.leaderMark : ''}`;
      const duration = `${r.duration}${r.stretchesLabel}`;
      out.push(`| ${escapeMarkdownInline(name)} | ${r.joined} | ${escapeMarkdownInline(r.left)} | ${escapeMarkdownInline(duration)} |`);
    }
    out.push('');
  }
  const absent = model.attendance.absent.map((m) => m.name);
  out.push(`**${L.absent}${L.colon.trim()}** ${absent.length ? escapeMarkdownInline(absent.join(L.listSeparator)) : L.nobody}`, '');

  out.push(`## ${L.topPassages}`, '');
  if (model.topPassages.length === 0) out.push(L.noPassages, '');
  for (const p of model.topPassages) {
    const about = [p.countsLabel, p.authors.join(L.listSeparator)].map(escapeMarkdownInline).join(sep);
    out.push(`${p.rank}. **${escapeMarkdownInline(p.heading)}**${sep}${about}`);
    out.push(...markdownBlock(p.quote, '   > '), '');
  }

  out.push(`## ${L.discussion}`, '');
  if (model.discussion.length === 0) out.push(L.noDiscussion, '');
  model.discussion.forEach((passage, i) => {
    out.push(`### ${i + 1}. ${escapeMarkdownInline(passage.heading)}`, '');
    out.push(...markdownBlock(passage.quote, '> '), '');
    for (const e of passage.entries) {
      if (e.deleted) out.push(`- ${L.deletedAnnotation}`);
      else {
        const meta = [e.kindLabel, e.time, ...(e.reactionsLabel ? [e.reactionsLabel] : [])];
        const note = e.note.trim() ? markdownBlock(e.note, '  ') : [];
        out.push(`- **${escapeMarkdownInline(e.authorName)}**${sep}${meta.join(sep)}${note.length ? '\\' : ''}`, ...note);
      }
      for (const r of e.replies) {
        const indent = '  '.repeat(r.depth);
        if (r.deleted) {
          out.push(`${indent}- ${L.deletedReply}`);
          continue;
        }
        const body = markdownBlock(r.body, `${indent}  `);
        out.push(`${indent}- **${escapeMarkdownInline(r.authorName)}**${sep}${L.reply}${sep}${r.time}${body.length ? '\\' : ''}`, ...body);
      }
    }
    out.push('');
  });

  out.push(`## ${L.reflections}`, '');
  if (model.reflections.length === 0) out.push(L.noReflections, '');
  for (const r of model.reflections) {
    const body = markdownBlock(r.body, '  ');
    out.push(`- **${escapeMarkdownInline(r.authorName)}**${sep}${r.time}${body.length ? '\\' : ''}`, ...body);
  }
  out.push('');

  out.push(`## ${L.summary}`, '');
  const summary = markdownBlock(model.summary, '');
  out.push(...(summary.length ? summary : [L.summaryEmpty]), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
