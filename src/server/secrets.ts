/**
 * The class server's secrets: device tokens (random, stored only as hashes), ids, seeds, join
 * codes without look-alike characters, and the facilitator's PIN hashed with scrypt.
 */
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../session/protocol';

/** A device token: 32 random bytes, URL-safe. Whoever holds it is that device. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the store keeps instead of the token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** An id for a class or a device: random, URL-safe, lowercase so it is also a valid engine id. */
export const newId = (): string => randomBytes(12).toString('hex');

/** A game's seed, drawn by the server so no device can choose its dice. */
export const newSeed = (): number => randomInt(0, 0x1_0000_0000);

/** A six-character join code from the alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += JOIN_CODE_ALPHABET[randomInt(0, JOIN_CODE_ALPHABET.length)];
  return code;
}

const KEY_LENGTH = 32;
const COST = 16_384;
/**
 * Block size 2 rather than the usual 8: 4 MiB per hash instead of 16. Each of the thread
 * pool's threads keeps the largest block it ever allocated, and a four-to-eight-digit PIN is
 * guarded by the lock after five tries far more than by the hash's cost.
 */
const BLOCK = 2;

function derive(pin: string, salt: Buffer, cost: number, block: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_LENGTH, { N: cost, r: block, p: 1 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$<cost>$<block>$<salt>$<hash>`: the parameters travel with the hash, so they can change later. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, COST, BLOCK);
  return `scrypt$${COST}$${BLOCK}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** True when `pin` is the one hashed; compared in constant time. */
export async function pinMatches(pin: string, stored: string): Promise<boolean> {
  const [kind, cost, block, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !cost || !block || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(pin, Buffer.from(salt, 'base64url'), Number(cost), Number(block));
  return key.length === expected.length && timingSafeEqual(key, expected);
}
