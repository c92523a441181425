// Signs the demo member in on `page` as a member would: the form, then the code from the outbox.
import { newestCode, outbox } from './outbox.mjs';

export const MEMBER = { number: 'JLC0012345678', password: 'paket-aman-2026', name: 'Budi Santoso' };

export async function signIn(page, server) {
  await page.goto(server.base + '/jlc');
  await page.getByLabel('Nomor JLC atau email').fill(MEMBER.number);
  await page.getByLabel('Kata sandi', { exact: true }).fill(MEMBER.password);
  const sent = outbox(server.data).length;
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByLabel('Kode 6 angka').fill(await newestCode(server.data, sent));
  await page.getByRole('button', { name: 'Verifikasi' }).click();
  await page.getByText(`Halo, ${MEMBER.name}`).waitFor();
}
