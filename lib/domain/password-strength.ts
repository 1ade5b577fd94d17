/**
 * Is a password too easy to guess? zxcvbn (the zxcvbn-ts port, maintained) estimates the guesses an attacker needs,
 * matching against its common-password and word lists, keyboard patterns, repeats, sequences, dates and the user's
 * own name and email. `12345678`, `password`, eight spaces and the like are refused; a passphrase of a few words
 * is accepted.
 *
 * The bar is zxcvbn's score 2 (at least 10^6 guesses), not 3: sign-in is rate-limited per account and address
 * (lib/services/rate-limits.ts), so an attacker gets a few hundred tries, not millions; and zxcvbn knows no Chinese
 * words, so it scores a seven-character Chinese phrase 2 — requiring 3 would refuse the phrases our readers choose.
 *
 * The dictionaries are large (~150 ms to load, tens of MB): loaded once, on first use, by whoever calls this — the
 * worker pool (lib/workers/cpu-tasks.ts), so neither the load nor a check (up to tens of milliseconds for a long
 * password) runs on the server's event loop.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** zxcvbn's score (0–4) a password needs. */
export const MIN_PASSWORD_SCORE = 2;

let checker: ZxcvbnFactory | undefined;

/** Whether `password` is hard enough to guess, also for someone who knows `userInputs` (name, email). */
export function isStrongPassword(password: string, userInputs: string[] = []): boolean {
  checker ??= new ZxcvbnFactory({ graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...en.dictionary } });
  // the parts of an email count too: "zhang.wei@…" makes "zhangwei2024" guessable
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[@.\s_+-]+/)]).filter((s) => s.length >= 3);
  return checker.check(password, inputs).score >= MIN_PASSWORD_SCORE;
}
