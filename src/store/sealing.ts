import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Db } from './db.js';

/*
 * What a person wrote is stored sealed with their own key (AES-256-GCM; `people.key`), so `/lp forget-me` can make
 * every copy unreadable by destroying one small row instead of rewriting the whole file (migration 020 says why).
 * Sealing happens in SQL through two functions every connection registers (openDatabase), so stores keep reading and
 * writing with plain statements: `lp_seal(key, text)` and `lp_open(key, sealed)`.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** A new person's key. */
export const newPersonKey = (): Buffer => randomBytes(KEY_BYTES);

/** iv | tag | ciphertext; a fresh iv each time, so the same text sealed twice gives different bytes. */
export function seal(key: Buffer, text: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, IV_BYTES));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

function keyArgument(key: unknown, fn: string): Buffer {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) throw new Error(`${fn}: no key for this person (forgotten, or never recorded)`);
  return key;
}

/** Registers lp_seal and lp_open on the connection. NULL in, NULL out (an answer without a title). */
export function registerSealing(db: Db): void {
  db.function('lp_seal', { deterministic: false }, (key: unknown, text: unknown) => {
    if (text === null) return null;
    return seal(keyArgument(key, 'lp_seal'), String(text));
  });
  db.function('lp_open', { deterministic: true }, (key: unknown, sealed: unknown) => {
    if (sealed === null) return null;
    if (!Buffer.isBuffer(sealed)) throw new Error('lp_open: the stored value is not sealed');
    return open(keyArgument(key, 'lp_open'), sealed);
  });
}
