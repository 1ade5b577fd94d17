/** How each highlight kind looks (Tailwind classes): the marked text and the small dot beside its name. */
import type { AnnotationKind } from '@/lib/domain/annotation-kinds';

export const KIND_STYLE: Record<AnnotationKind, { mark: string; swatch: string }> = {
  key: { mark: 'bg-amber-200/80', swatch: 'bg-amber-300' },
  question: { mark: 'bg-sky-200/80', swatch: 'bg-sky-300' },
  insight: { mark: 'bg-emerald-200/80', swatch: 'bg-emerald-300' },
};
