/** The highlight kinds a reader chooses from. Their names are in the message catalogue (lib/i18n), colours in components. */
export const ANNOTATION_KINDS = ['key', 'question', 'insight'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const isAnnotationKind = (value: string): value is AnnotationKind => (ANNOTATION_KINDS as readonly string[]).includes(value);
