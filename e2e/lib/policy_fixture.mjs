// A policy folder with a version published ahead of its date (2027-03-01), beside the shipped
// ones: with `--today` before that date, every visitor sees the advance notice.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('.', import.meta.url).pathname, '../..');

/** The folder (remove it after the tests) and the server arguments that serve it. */
export function futurePolicy() {
  const folder = mkdtempSync(join(tmpdir(), 'jne-policy-'));
  cpSync(join(root, 'static/policy'), folder, { recursive: true });
  const current = readFileSync(join(folder, '2025-01-01.en.txt'), 'utf8');
  writeFileSync(join(folder, '2027-03-01.en.txt'),
    current.replace('minimum period of five (5) years', 'minimum period of ten (10) years'));
  const index = JSON.parse(readFileSync(join(folder, 'versions.json'), 'utf8'));
  index.versions.push({ id: '2027-03-01', effective: '2027-03-01', file: '2027-03-01.en.txt',
    summary: { id: 'FIXTURE: masa simpan 10 tahun.', en: 'FIXTURE: retention of 10 years.' } });
  writeFileSync(join(folder, 'versions.json'), JSON.stringify(index));
  return { folder, args: ['--policy', folder, '--today', '2026-11-25'] };
}
