/** The minutes of a study session (学习记录): build the model, then lay it out as Markdown or .docx. */
export {
  buildMinutes,
  type AttendanceRow,
  type DiscussionEntry,
  type DiscussionPassage,
  type DiscussionReply,
  type MinutesAnnotation,
  type MinutesInput,
  type MinutesModel,
  type MinutesText,
  type TopPassage,
} from './build-minutes';
export { minutesToDocx } from './minutes-docx';
export { minutesToMarkdown } from './minutes-markdown';
