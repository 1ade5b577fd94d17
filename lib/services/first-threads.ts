/**
 * What the reading page carries in its HTML (issue 11): the first threads of the text's first page, so the first
 * highlights are drawn before any script runs and need no round trip, and the last sequence number of the stream the
 * page then follows, read BEFORE the threads: every event committed after the read reaches the page on top of them
 * (components/reader/use-live-annotations.ts). Threads go through the same visibility rule as the API's pages.
 */
import type { AnnotationDTO } from './annotation-dto';
import { listAnnotationPage } from './annotations';
import { authorizeStream } from './stream-events';

export interface FirstThreads {
  /** the stream (`group:<id>` or `session:<id>`) and its last sequence number, read before the threads */
  stream: string;
  lastSeq: number;
  annotations: AnnotationDTO[];
  /** the cursor of the page's next chunk, null when these are all its threads */
  next: string | null;
}

export async function listFirstThreads(
  userId: string,
  input: { groupId: string; textId: string; sessionId?: string; versionId: string; from: number; to: number; limit: number },
): Promise<FirstThreads> {
  const stream = input.sessionId ? `session:${input.sessionId}` : `group:${input.groupId}`;
  const { lastSeq } = await authorizeStream(userId, input.sessionId ? { kind: 'session', id: input.sessionId } : { kind: 'group', id: input.groupId });
  const page = await listAnnotationPage(userId, input);
  return { stream, lastSeq, ...page };
}
