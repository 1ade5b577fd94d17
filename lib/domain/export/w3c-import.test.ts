import { describe, expect, it } from 'vitest';
import { quoteAt } from '../anchor';
import { blockSlice, makeAnnotation, makeReply, phraseOf, sampleExport } from './test-fixtures';
import { parseW3CExport, type ImportedAnnotation } from './w3c-import';
import { toAnnotationCollection, toAnnotationExportDocument, toW3CAnnotation, toW3CThread } from './w3c';

const BASE = 'http://localhost:3000';
const OPTIONS = { base: BASE, id: `${BASE}/api/groups/group-1/annotations.jsonld`, label: '机关第一党支部学习小组 · 批注' };

function imported(json: unknown) {
  const result = parseW3CExport(json);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

const bySource = (annotations: ImportedAnnotation[]) => new Map(annotations.map((a) => [a.sourceId.split('/').pop()!, a]));

describe('parseW3CExport: the round trip export → JSON → import', () => {
  const records = sampleExport();
  const text = JSON.stringify(toAnnotationExportDocument(records, OPTIONS));
  const result = imported(JSON.parse(text));

  it('re-creates every exported annotation on the same block, offsets and quote, with its kind, note and author', () => {
    const got = bySource(result.annotations);
    const expected = records.filter((r) => r.visibility === 'group' && (!r.deleted || r.replies.some((x) => !x.deleted)));
    expect([...got.keys()].sort()).toEqual(expected.map((r) => r.id).sort());
    for (const r of expected) {
      const a = got.get(r.id)!;
      expect(a.blockPath).toBe(r.blockPath);
      expect([a.start, a.end]).toEqual([r.start, r.end]);
      expect({ exact: a.exact, prefix: a.prefix, suffix: a.suffix }).toEqual({ exact: r.exact, prefix: r.prefix, suffix: r.suffix });
      expect(a.textId).toBe(r.textId);
      expect(a.version).toBe(r.version);
      expect(a.deleted).toBe(r.deleted);
      expect(a.created).toBe(r.createdAt);
      expect(a.modified).toBe(r.editedAt);
      if (!r.deleted) {
        expect(a.kind).toBe(r.kind);
        expect(a.note).toBe(r.note);
        expect(a.authorName).toBe(r.authorName);
      } else {
        // A placeholder brings back no words and no author.
        expect([a.note, a.authorName]).toEqual(['', null]);
      }
      // The same passage: the offsets select the quote in the real block text.
      expect(blockSlice(a.blockPath, a.start, a.end)).toBe(a.exact);
    }
  });

  it('brings back the replies attached to their annotation and to the reply they answer, parents first', () => {
    const replies = result.replies.map((r) => ({
      id: r.sourceId.split('/').pop(),
      annotation: r.annotationSourceId.split('/').pop(),
      parent: r.parentSourceId?.split('/').pop() ?? null,
      author: r.authorName,
      body: r.body,
      deleted: r.deleted,
    }));
    expect(replies).toEqual([
      { id: 'r-1', annotation: 'a-intro', parent: null, author: '王芳', body: '这一句要背下来。', deleted: false },
      { id: 'r-3', annotation: 'a-question', parent: null, author: null, body: '', deleted: true },
      { id: 'r-6', annotation: 'a-deleted-held', parent: null, author: '王芳', body: '原批注删了，但这段讨论留着。', deleted: false },
      { id: 'r-2', annotation: 'a-intro', parent: 'r-1', author: '张伟', body: '同意，@王芳 下次领读。', deleted: false },
      { id: 'r-4', annotation: 'a-question', parent: 'r-3', author: '王芳', body: 'Roots matter: 没有群众就没有根基。', deleted: false },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('never brings back what was private or deleted outright', () => {
    expect(text).not.toContain('私人笔记');
    expect(text).not.toContain('withdrawn words');
    expect(text).not.toContain('gone for good');
    expect(result.annotations.some((a) => /a-private|a-deleted-gone/.test(a.sourceId))).toBe(false);
  });

  it('keeps non-BMP characters and code-point offsets intact', () => {
    // A block of the real text with 𠀋 and an emoji in front: every offset after them shifts by one code point
    // each, where UTF-16 would shift by two.
    const blockText = `𠀋😀${'人民是历史的创造者，群众是真正的英雄。'}`;
    const quote = quoteAt(blockText, 2, 11);
    const record = { ...makeAnnotation('ch1/s1/p1', phraseOf('ch1/s1/p1', '人民是历史的创造者')), ...quote, start: 2, end: 11, note: '𠀋 😀' };
    const a = imported(JSON.parse(JSON.stringify(toW3CThread(record, BASE)))).annotations[0];
    expect([a.start, a.end, a.exact, a.prefix, a.note]).toEqual([2, 11, '人民是历史的创造者', '𠀋😀', '𠀋 😀']);
  });
});

describe('parseW3CExport: the shapes it accepts', () => {
  const records = sampleExport();
  const { collection, pages } = toAnnotationCollection(records, { ...OPTIONS, pageSize: 3 });
  const all = pages.flatMap((p) => p.items);
  const ids = (r: ReturnType<typeof parseW3CExport>) => (r.ok ? [...r.annotations.map((a) => a.sourceId), ...r.replies.map((x) => x.sourceId)].sort() : r.errors);
  const everything = ids(parseW3CExport(toAnnotationExportDocument(records, OPTIONS)));

  it('a collection with its pages, pages as an array, a bare array of annotations, JSON text', () => {
    expect(everything.length).toBe(all.length);
    expect(ids(parseW3CExport({ collection, pages }))).toEqual(everything);
    expect(ids(parseW3CExport(pages))).toEqual(everything);
    expect(ids(parseW3CExport(all))).toEqual(everything);
    expect(ids(parseW3CExport(JSON.stringify(all)))).toEqual(everything);
  });

  it('a single page and a single annotation', () => {
    const single = toAnnotationCollection(records.slice(1, 2), { ...OPTIONS, pageSize: 10 }).pages[0];
    expect(imported(single).annotations).toHaveLength(1);
    const one = imported(toW3CAnnotation(records[1], BASE));
    expect(one.annotations.map((a) => a.kind)).toEqual(['insight']);
    expect(one.annotations[0].note).toBe(records[1].note);
  });

  it('a block path given as the source IRI fragment, with the selectors directly on the target', () => {
    const r = records[0];
    const a = imported({
      id: 'urn:x:1',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'Key point', purpose: 'tagging' },
      target: {
        source: `${BASE}/texts/${r.textId}/versions/2#${r.blockPath}`,
        selector: [
          { type: 'TextQuoteSelector', exact: r.exact },
          { type: 'TextPositionSelector', start: r.start, end: r.end },
        ],
      },
    }).annotations[0];
    expect([a.blockPath, a.start, a.end, a.kind, a.version, a.prefix]).toEqual([r.blockPath, r.start, r.end, 'key', 2, '']);
  });
});

describe('parseW3CExport: what it refuses', () => {
  const good = toW3CAnnotation(makeAnnotation('p1', { start: 0, end: 5 }, { id: 'x', note: '好' }), BASE);
  const errorsOf = (json: unknown) => {
    const r = parseW3CExport(json);
    return r.ok ? [] : r.errors;
  };

  it('input that is not an export at all', () => {
    expect(errorsOf('{nope')[0]).toMatch(/^not JSON/);
    expect(errorsOf(42)[0]).toMatch(/expected an AnnotationCollection/);
    expect(errorsOf({ ...good, type: 'Note' })[0]).toMatch(/type must include "Annotation"/);
    expect(errorsOf({ ...good, id: undefined })[0]).toMatch(/needs an id/);
    expect(errorsOf({ ...good, created: 'yesterday' })[0]).toMatch(/created/);
  });

  it('a collection whose pages are only linked, or only partly embedded', () => {
    const { collection } = toAnnotationCollection([makeAnnotation('p1', { start: 0, end: 5 })], { ...OPTIONS, pageSize: 1 });
    expect(errorsOf(collection)[0]).toMatch(/pages are not embedded/);
    const doc = toAnnotationExportDocument([makeAnnotation('p1', { start: 0, end: 5 })], OPTIONS);
    expect(errorsOf({ ...doc, total: 9 })[0]).toMatch(/embeds only 1/);
    expect(errorsOf(['http://example.org/anno/1'])[0]).toMatch(/only a link/);
  });

  it('a target that cannot be placed in a block', () => {
    const target = good.target as Exclude<typeof good.target, string>;
    const [quote, position] = target.selector;
    expect(errorsOf({ ...good, target: 'http://example.org/page' })[0]).toMatch(/names no source text/);
    expect(errorsOf({ ...good, target: { ...target, selector: [quote.refinedBy, position.refinedBy] } })[0]).toMatch(/no block path/);
    expect(errorsOf({ ...good, target: { ...target, selector: [quote] } })[0]).toMatch(/no TextPositionSelector/);
    expect(errorsOf({ ...good, target: { ...target, selector: [position] } })[0]).toMatch(/no TextQuoteSelector/);
    expect(errorsOf({ ...good, target: { ...target, selector: [quote, { ...position, value: 'ch9' }] } })[0]).toMatch(/different blocks/);
    const longer = { ...position, refinedBy: { type: 'TextPositionSelector', start: 0, end: 6 } };
    expect(errorsOf({ ...good, target: { ...target, selector: [quote, longer] } })[0]).toMatch(/5 code points long but the position spans 6/);
    const negative = { ...position, refinedBy: { type: 'TextPositionSelector', start: -1, end: 4 } };
    expect(errorsOf({ ...good, target: { ...target, selector: [quote, negative] } }).join()).toMatch(/start/);
  });

  it('a reply to something not in the file, and the same id twice', () => {
    const reply = toW3CThread(makeAnnotation('p1', { start: 0, end: 5 }, { id: 'y', replies: [makeReply('z')] }), BASE)[1];
    expect(errorsOf([reply])[0]).toMatch(/answers http:\/\/localhost:3000\/api\/annotations\/y, which is not/);
    expect(errorsOf([good, good])[0]).toMatch(/same id appears twice/);
  });

  it('drops, with a warning, placeholders that no reply answers', () => {
    const thread = toW3CThread(
      makeAnnotation('p1', { start: 0, end: 5 }, { id: 'd', deleted: true, replies: [makeReply('k', { body: '还在' })] }),
      BASE,
    );
    // Without its only live reply, the placeholder has nothing to hold.
    const result = parseW3CExport([thread[0]]);
    expect(result.ok && result.annotations).toEqual([]);
    expect(result.ok && result.warnings[0]).toMatch(/deleted annotation that no reply answers/);
  });
});
