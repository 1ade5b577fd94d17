import { z } from 'zod';

export const HEADING_OVERRIDES = ['part', 'chapter', 'section', 'subsection', 'paragraph'] as const;

/** The leader's corrections from the preview: source line → heading level, or 'paragraph'. */
export const ZOverrides = z.record(z.string().regex(/^\d{1,6}$/, 'not a line number'), z.enum(HEADING_OVERRIDES)).default({});

export const ZTextUpload = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** the file's bytes, base64 (so any encoding arrives intact), or pasted text in `content` */
  base64: z.string().max(4_000_000).optional(),
  content: z.string().max(3_000_000).optional(),
  title: z.string().trim().max(120).optional(),
  overrides: ZOverrides,
});
export type TTextUpload = z.infer<typeof ZTextUpload>;

export const ZRevision = z.object({
  source: z.string().min(1).max(3_000_000),
  note: z.string().trim().max(500).default(''),
});
