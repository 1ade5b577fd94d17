/**
 * NextAuth signs session cookies with NEXTAUTH_SECRET. A fresh clone has none, so the first start makes one and
 * keeps it beside the database (data/auth-secret), so sessions survive restarts without any setup.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function ensureAuthSecret(dataDir = path.resolve('data')): void {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(dataDir, 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  process.env.NEXTAUTH_SECRET = readFileSync(file, 'utf8').trim();
}
