/**
 * Acceptance 2: a realistic revision of both starting texts carrying 1,000 annotations at seeded random places.
 * Where each annotated passage truly went is worked out from the edit script alone (test-support.ts tracks every
 * character of the source through the edits), never from the code under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reanchorAnnotations, summariseReanchoring, type ReanchorResult, type StoredAnchor } from './index';
import {
  anchorOn,
  createRandom,
  editOnce,
  importTracked,
  insertAfter,
  insertBefore,
  isOnPassage,
  replaceOnce,
  trackSource,
  traceAnnotation,
  type TrackedSource,
  type TrackedVersion,
} from './test-support';

const readText = (name: string) => readFileSync(new URL(`../../../content/texts/${name}`, import.meta.url), 'utf8');

/**
 * The reader: two typo fixes, a deleted paragraph, a section inserted (the sections after it renumbered), a
 * paragraph split and two merged.
 */
function reviseReader(source: TrackedSource): TrackedSource {
  let s = source;
  s = editOnce(s, '真心想护', '真心拥护');
  s = editOnce(s, '切记不要充当', '切忌充当');
  const deleted = s.text.slice(s.text.indexOf('一切为了群众，是我们党全部理论'));
  s = replaceOnce(s, `${deleted.slice(0, deleted.indexOf('\n'))}\n\n`, '');
  s = insertBefore(
    s,
    '3. 坚持群众路线：党的优良传统和基本经验\n',
    '3. 新时代的群众工作\n\n' +
      '新形势下，群众工作面临新的情况和问题，需要不断探索新的方法和途径。\n\n' +
      '要把党的群众路线贯彻到治国理政全部活动之中，把人民对美好生活的向往作为奋斗目标。\n\n',
  );
  s = editOnce(s, '6. 风云变幻', '7. 风云变幻');
  s = editOnce(s, '5. 开创新局面', '6. 开创新局面');
  s = editOnce(s, '4. 密切联系群众：', '5. 密切联系群众：');
  s = editOnce(s, '3. 坚持群众路线：', '4. 坚持群众路线：');
  s = insertAfter(s, '民众联合的力量最强。', '\n\n');
  s = editOnce(s, '伟大事业。\n\n一切依靠群众', '伟大事业。一切依靠群众');
  return s;
}

/** The guide: a reworded phrase, a deleted sentence, an inserted paragraph and a split. */
function reviseGuide(source: TrackedSource): TrackedSource {
  let s = source;
  s = editOnce(s, '紧紧依靠人民来实现中华民族伟大复兴的中国梦', '紧紧依靠人民实现中华民族伟大复兴的中国梦');
  s = replaceOnce(
    s,
    '引导鼓励新闻宣传单位，深入开展“走转改”活动，反映基层情况和群众期盼，帮助群众排忧解难，维护群众权益，激发群众干事创业热情。',
    '',
  );
  s = insertBefore(
    s,
    '2. 强调群众路线是我们党的生命线和根本工作路线。',
    '这一论述深刻回答了为了谁、依靠谁的根本问题，为全党指明了方向。\n\n',
  );
  s = insertAfter(s, '不断为人民造福。', '\n\n');
  return s;
}

/**
 * Annotations as readers make them: mostly a phrase or a clause (2–40 code points), now and then a whole
 * sentence or more (up to 120), on blocks picked in proportion to their length.
 */
function annotate(version: TrackedVersion, count: number, random: () => number): StoredAnchor[] {
  const blocks = version.blocks.filter((block) => Array.from(block.text).length >= 2);
  const weights = blocks.map((block) => Array.from(block.text).length);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const anchors: StoredAnchor[] = [];
  for (let n = 0; n < count; n++) {
    let pick = random() * total;
    let at = 0;
    while (pick >= weights[at]) pick -= weights[at++];
    const length = Array.from(blocks[at].text).length;
    const wanted = random() < 0.85 ? 2 + Math.floor(random() * 39) : 41 + Math.floor(random() * 80);
    const span = Math.min(wanted, length);
    const start = Math.floor(random() * (length - span + 1));
    anchors.push(anchorOn(blocks[at], start, start + span, `${blocks[at].id}#${n}`));
  }
  return anchors;
}

interface Tally {
  unchanged: number;
  unchangedPlaced: number;
  changed: number;
  changedPlaced: number;
  wrong: { anchor: StoredAnchor; result: ReanchorResult }[];
  missed: { anchor: StoredAnchor; result: ReanchorResult }[];
}

function check(oldVersion: TrackedVersion, newVersion: TrackedVersion, anchors: StoredAnchor[], results: ReanchorResult[], tally: Tally) {
  anchors.forEach((anchor, at) => {
    const result = results[at];
    const truth = traceAnnotation(oldVersion, newVersion, anchor);
    const isPlaced = result.status !== 'orphaned';
    if (truth.kind === 'unchanged') {
      tally.unchanged++;
      if (!isPlaced) {
        tally.missed.push({ anchor, result });
        return;
      }
      tally.unchangedPlaced++;
      const isRight = result.blockId === truth.blockId && result.start === truth.start && result.end === truth.end;
      if (!isRight) tally.wrong.push({ anchor, result });
    } else {
      tally.changed++;
      if (!isPlaced) return;
      tally.changedPlaced++;
      if (!isOnPassage(newVersion, truth.survivors, result.blockId, result.start, result.end)) {
        tally.wrong.push({ anchor, result });
      }
    }
  });
}

describe('a revision of both texts with 1,000 annotations on them', () => {
  const random = createRandom(20240521);
  const texts = [
    { name: 'mass-line-study-reader.txt', revise: reviseReader, share: 650 },
    { name: 'mass-line-guide.txt', revise: reviseGuide, share: 350 },
  ].map(({ name, revise, share }) => {
    const source = trackSource(readText(name));
    const oldVersion = importTracked(source, `${name}@1`);
    const newVersion = importTracked(revise(source), `${name}@2`);
    return { name, oldVersion, newVersion, anchors: annotate(oldVersion, share, random) };
  });

  it('places ≥ 99 % of the annotations on unchanged passages, none anywhere but their own, in well under a second', () => {
    const began = performance.now();
    const results = texts.map(({ oldVersion, newVersion, anchors }) =>
      reanchorAnnotations(oldVersion.blocks, newVersion.blocks, anchors),
    );
    const elapsed = performance.now() - began;

    const tally: Tally = { unchanged: 0, unchangedPlaced: 0, changed: 0, changedPlaced: 0, wrong: [], missed: [] };
    texts.forEach(({ oldVersion, newVersion, anchors }, at) => check(oldVersion, newVersion, anchors, results[at], tally));
    const summary = summariseReanchoring(results.flat());
    console.info(
      `1,000 annotations re-anchored in ${elapsed.toFixed(1)} ms: ${JSON.stringify(summary)}; ` +
        `unchanged passages ${tally.unchangedPlaced}/${tally.unchanged} placed, ` +
        `changed passages ${tally.changedPlaced}/${tally.changed} placed, ${tally.wrong.length} wrong`,
    );
    for (const { anchor, result } of [...tally.wrong, ...tally.missed].slice(0, 20)) {
      console.info(JSON.stringify({ anchor, result }));
    }

    expect(results.flat()).toHaveLength(1000);
    expect(tally.wrong).toEqual([]);
    expect(tally.unchangedPlaced / tally.unchanged).toBeGreaterThanOrEqual(0.99);
    expect(summary.stayed + summary.moved + summary.orphaned).toBe(1000);
    // The revision must really exercise each path: some stay, some move, some (the deleted paragraph) are orphaned.
    expect(summary.stayed).toBeGreaterThan(0);
    expect(summary.moved).toBeGreaterThan(0);
    expect(summary.orphaned).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('deleting any one line of either text', () => {
  it('never puts an annotation anywhere but its own passage', () => {
    let unchanged = 0;
    let missed = 0;
    const wrong: string[] = [];
    for (const name of ['mass-line-study-reader.txt', 'mass-line-guide.txt']) {
      const text = readText(name);
      const source = trackSource(text);
      const oldVersion = importTracked(source, 'v1');
      const random = createRandom(Number(process.env.SEED ?? 1) + 100);
      // Four annotations on every block, so that each deletion removes some and leaves its neighbours' in place.
      const anchors = oldVersion.blocks.flatMap((block) => {
        const length = Array.from(block.text).length;
        return [0, 1, 2, 3, 4, 5, 6, 7].map((n) => {
          const span = Math.min(length, 2 + Math.floor(random() * 30));
          const start = Math.floor(random() * (length - span + 1));
          return anchorOn(block, start, start + span, `${block.id}#${n}`);
        });
      });
      const lines = text.split('\n');
      // From the first line of reading matter: deleting a line of the cover or colophon deletes no annotation.
      const bodyStart = lines.findIndex((line) => line.trim() === oldVersion.blocks[0].text);
      for (let at = bodyStart; at < lines.length; at++) {
        const line = `${lines[at]}\n`;
        const isUnique = text.includes(line) && text.indexOf(line) === text.lastIndexOf(line);
        if (lines[at].trim() === '' || !isUnique) continue;
        const newVersion = importTracked(replaceOnce(source, line, ''), 'v2');
        const results = reanchorAnnotations(oldVersion.blocks, newVersion.blocks, anchors);
        anchors.forEach((anchor, k) => {
          const result = results[k];
          const truth = traceAnnotation(oldVersion, newVersion, anchor);
          if (truth.kind === 'unchanged') {
            unchanged++;
            if (result.status === 'orphaned') missed++;
            else if (result.blockId !== truth.blockId || result.start !== truth.start) wrong.push(`${at + 1}: ${anchor.id}`);
          } else if (result.status !== 'orphaned') {
            const isRight = isOnPassage(newVersion, truth.survivors, result.blockId, result.start, result.end);
            if (!isRight) wrong.push(`${at + 1}: ${anchor.id} (deleted) ${JSON.stringify(anchor)} ${JSON.stringify(result)}`);
          }
        });
      }
    }
    console.info(`one-line deletions: ${unchanged} annotations on unchanged passages, ${missed} orphaned, ${wrong.length} wrong`);
    for (const w of wrong) console.info(w);
    expect(wrong).toEqual([]);
    expect(missed / unchanged).toBeLessThan(0.01);
  });
});
