/**
 * The words of a service's refusal in the asker's language (issue 12, finding 5). Services throw their reason as
 * one plain English sentence (`forbidden('only leaders can pin threads')`), which is also what API clients read
 * in English; the pages of the Chinese UI show the sentence below instead. A service may also throw a catalogue
 * key (`groups.badCode`), or one "中文 / English" pair. lib/i18n/messages-errors.test.ts fails when a service
 * throws a sentence that is not listed here, so a new refusal cannot reach the Chinese UI in English.
 */
import type { Locale } from './locale';
import { isMessageKey, translator, type MessageKey } from './messages';

/** Each service sentence (English, as thrown) → its Chinese. */
export const SERVICE_MESSAGES_ZH: Readonly<Record<string, string>> = {
  // 404: an unknown or foreign id (lib/services/errors.ts notFound)
  'annotation not found': '找不到这条批注',
  'group not found': '找不到这个学习小组',
  'member not found': '找不到这位成员',
  'passage not found': '找不到这段原文',
  'reflection not found': '找不到这条体会',
  'reply not found': '找不到这条回复',
  'session not found': '找不到这次学习',
  'text not found': '找不到这篇原文',
  'token not found': '找不到这个令牌',
  'user not found': '找不到这个用户',
  // 403: a missing right
  'you do not have the right to do this': '你没有权限这样做',
  'only leaders can add or revise texts': '只有组长可以添加或修订原文',
  'only leaders can change the join code': '只有组长可以更换邀请码',
  'only leaders can hide comments': '只有组长可以隐藏评论',
  'only leaders can import annotations': '只有组长可以导入批注',
  'only leaders can pin threads': '只有组长可以置顶讨论',
  'only leaders can schedule sessions': '只有组长可以安排学习',
  'only the author can change this reply': '只有作者可以修改这条回复',
  'only the author can delete this annotation': '只有作者可以删除这条批注',
  'only the author can delete this reply': '只有作者可以删除这条回复',
  'only the author can edit this annotation': '只有作者可以修改这条批注',
  'only the author or a leader can resolve a thread': '只有作者或组长可以把讨论标为已解决',
  'only the group’s leaders can read a text’s source': '只有组长可以查看原文的源文件',
  'only the member and the group’s leaders can see a member’s history': '只有本人和组长可以查看成员的学习记录',
  'only the owner can change roles': '只有创建者可以更改角色',
  'only the owner can remove members': '只有创建者可以移除成员',
  'only the session’s leader can do this': '只有这次学习的主持人可以这样做',
  'only the session’s leader leads the reading': '只有这次学习的主持人可以带读',
  'the starting library is shared by all groups and cannot be revised by one of them': '初始书库由所有小组共用，不能由某个小组修订',
  // 409: a clash with the present state
  'nothing changed: the text is the same as the current version': '没有改动：内容与当前版本相同',
  'the owner cannot be removed': '不能移除创建者',
  'the owner cannot leave the group': '创建者不能退出小组',
  'the owner’s role cannot be changed': '不能更改创建者的角色',
  'the session has already ended': '这次学习已经结束',
  'the session has ended': '这次学习已经结束',
  'the session has not started': '这次学习还没有开始',
  'the session is already live': '这次学习已经开始',
  'the session is not live': '这次学习不在进行中',
  'the text was revised meanwhile: open it again and redo your changes': '原文刚被别人修订过：请重新打开后再改',
  'this id is already in use': '这个编号已被使用',
  // 422: data that breaks a rule
  'no such passage in a text of this group': '本组的原文里没有这段',
  'no such passage in this session’s text': '这次学习的原文里没有这段',
  'send the file (base64) or paste the text (content)': '请上传文件或粘贴正文',
  'no such reply in this thread': '这条讨论里没有这条回复',
  'the query has no words to search for': '没有可以搜索的字词',
  'no such session on this text in this group': '本组没有在这篇原文上的这次学习',
  'no reading matter left in the text': '原文里没有正文了',
  'no such text in this group’s library': '本组书库里没有这篇原文',
  'no such heading in this text': '这篇原文里没有这个标题',
  'this email is already registered': '该邮箱已注册',
  'not a stream': '应为 group:<id> 或 session:<id>',
  'the current password is not right': '当前密码不正确',
  'the quoted text does not match the block at these offsets': '引文与这段原文对不上',
  // 503: try again
  'the server is busy reading other files: try again in a minute': '服务器正在处理其他文件，请一分钟后再试',
  'the database cannot be reached for a moment: nothing was stored, send the request again': '暂时连不上数据库：什么也没有保存，请再试一次',
  'this server is shutting down: send the request again': '服务器正在重启，请再试一次',
};

const HAN = /\p{Script=Han}/u;

/**
 * A service's message as `locale` reads it: a listed sentence in Chinese for zh-CN, a "中文 / English" pair split
 * to its side, anything else (a catalogue key is worded by the caller first) as it is.
 */
export function wordServiceMessage(message: string, locale: Locale): string {
  const pair = / \/ /.exec(message);
  if (pair) {
    const [left, right] = [message.slice(0, pair.index), message.slice(pair.index + 3)];
    if (HAN.test(left) && !HAN.test(right)) return locale === 'en' ? right : left;
  }
  if (locale === 'en') return message;
  return SERVICE_MESSAGES_ZH[message] ?? message;
}

/**
 * One thing wrong with a request that names its own data (an imported file's item id, block path, quote): a
 * catalogue key and the data, worded when the asker's language is known. A value given as `{ key }` is itself a
 * catalogue word (a field's name).
 */
export interface WordedProblem {
  key: MessageKey;
  vars: Record<string, string | number | { key: MessageKey }>;
}

/** Problems as one message in `locale`, the first few only (a file of 5,000 bad items is not one 5,000-line answer). */
export function wordProblems(problems: readonly WordedProblem[], locale: Locale, max = 5): string {
  const t = translator(locale);
  const worded = problems.slice(0, max).map((p) => t(p.key, Object.fromEntries(Object.entries(p.vars).map(([k, v]) => [k, typeof v === 'object' ? t(v.key) : v]))));
  return worded.join(locale === 'en' ? '; ' : '；');
}

/**
 * A service's refusal (ServiceError) as `locale` reads it: its problems worded, a catalogue key translated, a
 * listed sentence in Chinese. The one wording the HTTP adapter, the socket handlers and the pages share.
 */
export function wordRefusal(error: { message: string; problems?: readonly WordedProblem[] }, locale: Locale): string {
  if (error.problems?.length) return wordProblems(error.problems, locale);
  return isMessageKey(error.message) ? translator(locale)(error.message) : wordServiceMessage(error.message, locale);
}
