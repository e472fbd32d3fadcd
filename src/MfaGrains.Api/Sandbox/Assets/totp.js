// RFC 6238 time-based one-time passwords, as the authenticator app shows them when the phone is offline.

const hashes = { SHA1: 'SHA-1', SHA256: 'SHA-256', SHA512: 'SHA-512' };

/** RFC 4648 base32 (the seed's encoding), padding optional. */
export function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = [];
  let bits = 0;
  let value = 0;
  for (const character of text.replace(/=+$/, '').toUpperCase()) {
    const index = alphabet.indexOf(character);
    if (index < 0) {
      throw new Error('The TOTP seed is not base32.');
    }
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

/** The seed from activation as a non-extractable HMAC key: kept in IndexedDB, never readable again as text. */
export function importTotpKey({ secret, algorithm }) {
  const hash = hashes[algorithm] ?? 'SHA-1';
  return crypto.subtle.importKey('raw', base32Decode(secret), { name: 'HMAC', hash }, false, ['sign']);
}

/** The code for the time `now` (ms), and the seconds it has left. */
export async function totpCode(key, { digits = 6, period = 30, now = Date.now() } = {}) {
  const seconds = Math.floor(now / 1000);
  const counter = new ArrayBuffer(8);
  new DataView(counter).setBigUint64(0, BigInt(Math.floor(seconds / period)));
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, counter));
  const offset = mac[mac.length - 1] & 0x0f; // RFC 4226 dynamic truncation
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return { code: String(binary % 10 ** digits).padStart(digits, '0'), secondsLeft: period - (seconds % period) };
}
