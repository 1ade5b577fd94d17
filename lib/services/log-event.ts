/** The event log's union with this app's shapes bound in (the union itself is lib/domain/log-events.ts). */
import type { LogEvent } from '../domain/log-events';
import type { AnnotationDTO, ReplyDTO } from './annotation-dto';
import type { SessionDTO } from './sessions';
import type { TextSummaryDTO } from './texts';

export type GongduEvent = LogEvent<AnnotationDTO, ReplyDTO, SessionDTO, TextSummaryDTO>;
