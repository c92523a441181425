// Reads the mail jne-server wrote to its outbox folder (the default mail backend).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The messages in `<data>/outbox`, oldest first, as text. */
export function outbox(data) {
  const dir = join(data, 'outbox');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().map((name) => readFileSync(join(dir, name), 'utf8'));
}

/** The 6-digit code in the newest message, waiting up to 5 s for one to arrive after `count`. */
export async function newestCode(data, count = 0) {
  for (let i = 0; i < 50; i += 1) {
    const messages = outbox(data);
    if (messages.length > count) {
      const code = messages.at(-1).match(/\b(\d{6})\b/);
      if (code) return code[1];
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error('no code arrived in the outbox');
}
