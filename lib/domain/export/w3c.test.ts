import { describe, expect, it } from 'vitest';
import { makeAnnotation, makeReply, sampleExport, sentenceOf } from './test-fixtures';
import {
  guessLanguage,
  toAnnotationCollection,
  toAnnotationExportDocument,
  toW3CAnnotation,
  toW3CThread,
  type W3CTextTarget,
} from './w3c';

const BASE = 'http://localhost:3000/';
const OPTIONS = { base: BASE, id: 'http://localhost:3000/api/groups/group-1/annotations.jsonld', label: '批注' };

describe('toW3CAnnotation', () => {
  const record = makeAnnotation('ch1/s2/p1', sentenceOf('ch1/s2/p1', 0), { id: 'a1', kind: 'question', note: '为什么是“生命线”？' });

  it('targets the text version, the block by its path, the quote and the code-point position', () => {
    const a = toW3CAnnotation(record, BASE);
    expect(a.id).toBe('http://localhost:3000/api/annotations/a1');
    const target = a.target as W3CTextTarget;
    expect(target.source).toBe('http://localhost:3000/texts/mass-line-guide/versions/1');
    expect(target.selector.map((s) => [s.type, s.value, s.refinedBy.type])).toEqual([
      ['FragmentSelector', 'ch1/s2/p1', 'TextQuoteSelector'],
      ['FragmentSelector', 'ch1/s2/p1', 'TextPositionSelector'],
    ]);
    expect(target.selector[0].refinedBy).toEqual({ type: 'TextQuoteSelector', exact: record.exact, prefix: record.prefix, suffix: record.suffix });
    expect(target.selector[1].refinedBy).toEqual({ type: 'TextPositionSelector', start: record.start, end: record.end });
  });

  it('tags the kind, comments with the note, and says so in the motivation', () => {
    const a = toW3CAnnotation(record, BASE);
    expect(a.motivation).toBe('commenting');
    expect(a.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: '疑问', format: 'text/plain', language: 'zh-CN' },
      { type: 'TextualBody', purpose: 'commenting', value: '为什么是“生命线”？', format: 'text/plain', language: 'zh-CN' },
    ]);
    expect(a.creator).toEqual({ type: 'Person', name: '张伟' });
    const bare = toW3CAnnotation({ ...record, note: '  ' }, BASE);
    expect(bare.motivation).toBe('highlighting');
    expect(bare.body).toHaveLength(1);
  });

  it('refuses a private annotation, and a quote that disagrees with its offsets', () => {
    expect(() => toW3CAnnotation({ ...record, visibility: 'private' }, BASE)).toThrow(/private/);
    expect(() => toW3CAnnotation({ ...record, end: record.end + 1 }, BASE)).toThrow(/code points long/);
    expect(() => toW3CAnnotation({ ...record, createdAt: 'soon' }, BASE)).toThrow(/not a timestamp/);
  });

  it('makes a deleted annotation a placeholder: its target, none of its words, no author', () => {
    const a = toW3CAnnotation({ ...record, deleted: true, note: 'secret' }, BASE);
    expect(Object.keys(a).sort()).toEqual(['@context', 'created', 'id', 'target', 'type']);
    expect(JSON.stringify(a)).not.toContain('secret');
  });
});

describe('toW3CThread', () => {
  it('follows the annotation with its replies, each targeting what it answers', () => {
    const items = toW3CThread(sampleExport()[2], BASE);
    expect(items.map((i) => [i.id.replace('http://localhost:3000/api/annotations/', ''), i.motivation, i.target])).toEqual([
      ['a-question', 'commenting', expect.any(Object)],
      ['a-question/replies/r-3', 'replying', 'http://localhost:3000/api/annotations/a-question'],
      ['a-question/replies/r-4', 'replying', 'http://localhost:3000/api/annotations/a-question/replies/r-3'],
    ]);
    // r-3 is deleted but answered: a placeholder; r-5 is deleted and unanswered: gone.
    expect(items[1].body).toBeUndefined();
    expect(items[1].creator).toBeUndefined();
  });

  it('leaves out private annotations and deleted ones nothing answers', () => {
    const records = sampleExport();
    expect(toW3CThread(records.find((r) => r.id === 'a-private')!, BASE)).toEqual([]);
    expect(toW3CThread(records.find((r) => r.id === 'a-deleted-gone')!, BASE)).toEqual([]);
    const privateThread = makeAnnotation('p1', { start: 0, end: 3 }, { visibility: 'private', replies: [makeReply('pr')] });
    expect(toW3CThread(privateThread, BASE)).toEqual([]);
  });
});

describe('toAnnotationCollection', () => {
  it('pages the items, links the pages both ways and counts them all', () => {
    const { collection, pages } = toAnnotationCollection(sampleExport(), { ...OPTIONS, pageSize: 4 });
    expect(collection.total).toBe(11);
    expect(pages.map((p) => [p.id.split('?')[1], p.startIndex, p.items.length, p.prev?.split('?')[1], p.next?.split('?')[1]])).toEqual([
      ['page=1', 0, 4, undefined, 'page=2'],
      ['page=2', 4, 4, 'page=1', 'page=3'],
      ['page=3', 8, 3, 'page=2', undefined],
    ]);
    expect([collection.first, collection.last]).toEqual([pages[0].id, pages[2].id]);
    expect(pages[1].partOf).toEqual({ id: OPTIONS.id, label: '批注', total: 11 });
    expect(JSON.stringify(pages)).not.toContain('私人笔记');
  });

  it('makes an empty collection without pages, and refuses a page size below one', () => {
    const { collection, pages } = toAnnotationCollection([], { ...OPTIONS, pageSize: 10 });
    expect([collection.total, collection.first, pages]).toEqual([0, undefined, []]);
    expect(() => toAnnotationCollection([], { ...OPTIONS, pageSize: 0 })).toThrow();
  });

  it('embeds everything as the first page for a one-file download', () => {
    const doc = toAnnotationExportDocument(sampleExport(), OPTIONS);
    const first = doc.first as Exclude<typeof doc.first, string | undefined>;
    expect(first.items).toHaveLength(11);
    expect(doc.last).toBe(first.id);
    expect(doc['rdfs:comment']).toMatch(/code points within that block/);
  });
});

describe('guessLanguage', () => {
  it('says zh-CN unless the text is clearly something else', () => {
    expect(guessLanguage('群众路线')).toBe('zh-CN');
    expect(guessLanguage('Roots matter: 没有群众就没有根基。')).toBe('zh-CN');
    expect(guessLanguage('Innovation in method.')).toBe('en');
    expect(guessLanguage('これは日本語です')).toBe('ja');
    expect(guessLanguage('卡尔・马克思')).toBe('zh-CN');
    expect(guessLanguage('👍 123')).toBe('zh-CN');
    expect(guessLanguage('Привет')).toBeUndefined();
  });
});
