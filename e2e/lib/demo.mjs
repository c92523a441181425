// The demo shipments the server loads with --demo, and the personal data hidden in them
// (invented, in JNE's upstream shape) that must never reach a page.
import { readFileSync } from 'node:fs';

const file = new URL('../../crates/server/demo/shipments.json', import.meta.url);
export const DEMO = JSON.parse(readFileSync(file, 'utf8'));

const PERSONAL_KEY = /name|addr|phone|signature|photo|^long$|^lat$|cust_no|amount|charge|cost|price|goods_descr/;

/** Every personal value in the demo answers, at least 5 characters long. */
export function personalValues() {
  const values = new Set();
  const visit = (value, key) => {
    if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => visit(v, k));
    else if (typeof value === 'string' && PERSONAL_KEY.test(key ?? '') && !/city/.test(key) && value.length >= 5) values.add(value);
  };
  DEMO.forEach((shipment) => visit(shipment.answer));
  return [...values];
}
