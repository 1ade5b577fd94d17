'use client';
/** The three highlight kinds (重点 / 疑问 / 体会) as colour-swatch toggle buttons, for the composer and the edit form. */
import { ANNOTATION_KINDS, type AnnotationKind } from '@/lib/domain/annotation-kinds';
import { KIND_STYLE } from '@/components/annotations/kind-style';
import { kindLabel } from '@/lib/i18n/messages';
import { useT } from '@/components/i18n/locale-provider';

interface Props {
  value: AnnotationKind;
  onChange: (kind: AnnotationKind) => void;
  /** test ids are `${prefix}-key` …; the selection toolbar's are `kind-*`, so other forms take another prefix */
  testIdPrefix?: string;
}

export function KindPicker({ value, onChange, testIdPrefix = 'kind' }: Props) {
  const { locale, t } = useT();
  return (
    <div role="group" aria-label={t('reader.kind')} className="flex gap-1.5">
      {ANNOTATION_KINDS.map((kind) => {
        const style = KIND_STYLE[kind];
        const isChosen = kind === value;
        return (
          <button
            key={kind}
            type="button"
            data-testid={`${testIdPrefix}-${kind}`}
            aria-pressed={isChosen}
            onClick={() => onChange(kind)}
            className={`flex min-h-11 items-center gap-1.5 rounded-full border px-3 text-sm transition-colors ${
              isChosen ? 'border-stone-800 bg-stone-800 text-white' : 'border-stone-300 bg-white text-stone-700 hover:border-stone-500'
            }`}
          >
            <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-full ring-1 ring-black/10 ${style.swatch}`} />
            {kindLabel(kind, locale)}
          </button>
        );
      })}
    </div>
  );
}
