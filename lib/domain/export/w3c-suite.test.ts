/**
 * Runs the W3C Web Annotation test suite's "must" assertions (../shared/w3c-web-annotation-tests, the Working
 * Group's JSON Schema assertions) against what w3c.ts exports, with a real draft-04 validator.
 *
 * How the suite is meant to run (its web-platform-tests harness, JSONtest.js): a `.test` file lists assertion files
 * (paths from the suite's root; entries may also be nested arrays, inline schemas, or `{ assertionFile, … }`
 * overrides). Each assertion is a JSON Schema with `expectedResult` ("valid" unless said otherwise): the assertion
 * passes when the input validates and "valid" was expected, or does not and "invalid" was expected. An unexpected
 * result fails the assertion; `onUnexpectedResult` then says whether to go on with the next one (failAndContinue),
 * skip the rest of its list (…AndSkip) or stop (…AndAbort). `assertionType` must / should / may only sorts them.
 * The `$ref`s point at the schemas in definitions/ by their ids ("id.json", "bodyTarget.json", …).
 *
 * The suite is not copied into this project: without ../shared the tests are skipped, saying where it lives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { sampleExport } from './test-fixtures';
import { createValidator, loadAssertions, readJson, runAssertions, formatsUsed, suiteDir, suiteFound } from '../../../tests/support/w3c-suite';
import { toAnnotationCollection, toAnnotationExportDocument, toW3CThread, type W3CAnnotation } from './w3c';

const BASE = 'http://localhost:3000';
const describeSuite = suiteFound ? describe : describe.skip;
const title = suiteFound
  ? 'W3C Web Annotation test suite (musts)'
  : `W3C Web Annotation test suite — skipped: it lives in ../shared/w3c-web-annotation-tests (looked for ${suiteDir}) and is not copied into the project`;

describeSuite(title, () => {
  const ajv = suiteFound ? createValidator() : (undefined as unknown as Ajv);
  const annotationMusts = suiteFound ? loadAssertions(ajv, 'annotations/annotationMusts.test') : [];
  const collectionMusts = suiteFound ? loadAssertions(ajv, 'collections/collectionMusts.test') : [];
  const pageMusts = suiteFound ? loadAssertions(ajv, 'collections/pages/pageMusts.test') : [];

  const records = sampleExport();
  const items = records.flatMap((a) => toW3CThread(a, BASE));

  it('knows every format the schemas use', () => {
    const formats = formatsUsed();
    expect([...formats].sort()).toEqual(['date-time', 'uri']);
    for (const f of formats) expect(ajv.formats[f], f).toBeDefined();
  });

  it('the validator is not vacuous: the suite\'s own samples come out right, broken exports fail', () => {
    const samples = (kind: 'correct' | 'incorrect') => {
      const dir = path.join(suiteDir, 'tools/samples', kind);
      return readdirSync(dir)
        .filter((f) => /^anno\d+/.test(f))
        .flatMap((f) => {
          try {
            return [{ f, doc: JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown }];
          } catch {
            return []; // several "incorrect" samples are deliberately not JSON at all
          }
        });
    };
    // anno11–13 target a Composite, a List and Independents: drafts of the model had them, the Recommendation
    // dropped them, and the suite's musts (rightly) no longer recognise them.
    const outdated = ['anno11.json', 'anno12.json', 'anno13.json'];
    const correct = samples('correct');
    expect(correct.length).toBeGreaterThan(30);
    for (const { f, doc } of correct) {
      const failures = runAssertions(annotationMusts, doc, f);
      if (outdated.includes(f)) expect(failures.map((x) => x.assertion), f).toEqual(['annotations/3.2-targetObjectsRecognized.json']);
      else expect(failures, f).toEqual([]);
    }
    const incorrect = samples('incorrect');
    expect(incorrect.length).toBeGreaterThan(20);
    for (const { f, doc } of incorrect) expect(runAssertions(annotationMusts, doc, f).length, f).toBeGreaterThan(0);

    const good = items.find((i) => i.body && i.motivation === 'commenting')!;
    const broken: Array<[string, unknown]> = [
      ['no @context', { ...good, '@context': undefined }],
      ['id not a uri', { ...good, id: 'not a uri' }],
      ['created not a date-time', { ...good, created: '2025-05-10 晚上' }],
      ['created on 31 February', { ...good, created: '2025-02-31T10:00:00Z' }],
      ['body and bodyValue', { ...good, bodyValue: 'x' }],
      ['TextPositionSelector with a negative start', {
        ...good,
        target: { ...(good.target as object), selector: { type: 'TextPositionSelector', start: -1, end: 3 } },
      }],
      ['TextQuoteSelector without exact', {
        ...good,
        target: { ...(good.target as object), selector: { type: 'TextQuoteSelector', prefix: '党的' } },
      }],
    ];
    for (const [what, doc] of broken) {
      expect(runAssertions(annotationMusts, JSON.parse(JSON.stringify(doc)), what).length, what).toBeGreaterThan(0);
    }
  });

  it('every exported annotation and reply passes every must, through JSON and back', () => {
    // The export under test: Chinese quotes from the real text, non-BMP characters, notes, replies and
    // placeholders — and none of the private record.
    expect(items.map((i) => i.id).some((id) => id.includes('a-private'))).toBe(false);
    expect(items.filter((i) => i.motivation === 'replying').length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(items)).toMatch(/𠀋/u);

    const failures = items.flatMap((item) => runAssertions(annotationMusts, JSON.parse(JSON.stringify(item)), item.id));
    expect(failures).toEqual([]);
    const checked = annotationMusts.length * items.length;
    console.info(
      `W3C annotation musts: ${annotationMusts.length} assertion files × ${items.length} exported annotations ` +
        `(${items.filter((i) => i.motivation !== 'replying').length} annotations + ` +
        `${items.filter((i) => i.motivation === 'replying').length} replies) = ${checked} checks, all passing`,
    );
    expect(annotationMusts).toHaveLength(54);
  });

  it('the collection, its pages and the one-file export pass the collection and page musts', () => {
    const { collection, pages } = toAnnotationCollection(records, {
      base: BASE,
      id: `${BASE}/api/groups/group-1/annotations.jsonld`,
      label: '机关第一党支部学习小组 · 批注',
      pageSize: 4,
    });
    expect(pages.length).toBeGreaterThan(1);
    const doc = toAnnotationExportDocument(records, { base: BASE, id: collection.id, label: collection.label });
    const roundTrip = (x: unknown) => JSON.parse(JSON.stringify(x));
    expect(runAssertions(collectionMusts, roundTrip(collection), 'collection')).toEqual([]);
    expect(runAssertions(collectionMusts, roundTrip(doc), 'document')).toEqual([]);
    for (const page of pages) expect(runAssertions(pageMusts, roundTrip(page), page.id)).toEqual([]);
    expect(runAssertions(pageMusts, roundTrip(doc), 'document (embedded page)')).toEqual([]);
    // The pages' items are the same annotations the musts were run on above.
    const paged: W3CAnnotation[] = pages.flatMap((p) => p.items);
    expect(paged.map((i) => i.id)).toEqual(items.map((i) => i.id));
    console.info(
      `W3C collection musts: ${collectionMusts.length} files × 2 documents; page musts: ${pageMusts.length} files × ` +
        `${pages.length + 1} pages — all passing`,
    );
  });
});
