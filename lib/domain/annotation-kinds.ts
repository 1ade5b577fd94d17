/** The highlight kinds a reader chooses from, each with its meaning and colour (Tailwind class stems). */
export const ANNOTATION_KINDS = ['key', 'question', 'insight'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const KIND_STYLE: Record<AnnotationKind, { zh: string; en: string; mark: string; swatch: string }> = {
  key: { zh: '重点', en: 'Key point', mark: 'bg-amber-200/80', swatch: 'bg-amber-300' },
  question: { zh: '疑问', en: 'Question', mark: 'bg-sky-200/80', swatch: 'bg-sky-300' },
  insight: { zh: '体会', en: 'Insight', mark: 'bg-emerald-200/80', swatch: 'bg-emerald-300' },
};
