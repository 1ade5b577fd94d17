/**
 * Why an annotation file cannot be imported, item by item (issue 12, finding 5): each sentence names an item of the
 * file by its id and keeps the file's own data (block path, quote, text IRI) as it is; only the words around them
 * are the asker's language. Merged into messages.ts; thrown as WordedProblem lists (lib/i18n/messages-errors.ts).
 */
export const importZh = {
  'import.textMissing': '{id}：原文 {text} 不在本组书库里',
  'import.passageMoved': '{id}：“{quote}”这段话已不在 {path}',
  'import.fieldTooLong': '{id}：{field}超过 5,000 字',
  'import.fieldEmpty': '{id}：{field}是空的',
  'import.fieldInvalid': '{id}：{field}不符合要求',
  'import.replyInvalid': '{id}：回复是空的或超过 5,000 字',
  'import.field.exact': '引文',
  'import.field.note': '批注',
  'import.field.kind': '批注类型',
} as const;

export const importEn: Record<keyof typeof importZh, string> = {
  'import.textMissing': '{id}: the text {text} is not in this group’s library',
  'import.passageMoved': '{id}: the passage “{quote}” is no longer at {path}',
  'import.fieldTooLong': '{id}: the {field} is longer than 5,000 characters',
  'import.fieldEmpty': '{id}: the {field} is empty',
  'import.fieldInvalid': '{id}: the {field} is invalid',
  'import.replyInvalid': '{id}: the reply is empty or longer than 5,000 characters',
  'import.field.exact': 'quote',
  'import.field.note': 'note',
  'import.field.kind': 'kind',
};
