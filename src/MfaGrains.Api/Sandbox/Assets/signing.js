// The phone's side of the engine's request signatures, in the browser with WebCrypto: RFC 9421 HTTP Message
// Signatures with ecdsa-p256-sha256 over "@method", "@path" and, with a body, an RFC 9530 Content-Digest.
// docs/api.md links here as the reference implementation of the phone side of the contract.

const encoder = new TextEncoder();

/** Standard base64 with padding: how RFC 8941 byte sequences (:…:) are written. */
export function base64(bytes) {
  let text = '';
  for (const byte of new Uint8Array(bytes)) {
    text += String.fromCharCode(byte);
  }
  return btoa(text);
}

/** base64url without padding: JWK members and the RFC 7638 thumbprint. */
export function base64url(bytes) {
  return base64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** A new P-256 key pair; the private key is not extractable, so no script can ever read it out. */
export function generateKeyPair() {
  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
}

/** The public key as the JWK the activation body carries. */
export async function publicJwk(publicKey) {
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', publicKey);
  return { kty, crv, x, y };
}

/** RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace. It is the device id. */
export async function thumbprint({ crv, kty, x, y }) {
  const canonical = `{"crv":"${crv}","kty":"${kty}","x":"${x}","y":"${y}"}`;
  return base64url(await crypto.subtle.digest('SHA-256', encoder.encode(canonical)));
}

/** RFC 9530 Content-Digest of the exact bytes sent as the body. */
export async function contentDigest(body) {
  return `sha-256=:${base64(await crypto.subtle.digest('SHA-256', body))}:`;
}

/**
 * The headers that sign one request: Content-Digest (with a body), Signature-Input and Signature.
 * `path` is the request path exactly as sent, without the query (RFC 9421 "@path"); `body` the bytes sent, or null;
 * `keyId` the device id; `created` Unix seconds, which the engine accepts within 300 s of its clock.
 */
export async function signRequest({ method, path, body, privateKey, keyId, created = Math.floor(Date.now() / 1000) }) {
  const headers = {};
  const components = ['"@method"', '"@path"'];
  const lines = [`"@method": ${method.toUpperCase()}`, `"@path": ${path}`];
  if (body && body.length > 0) {
    headers['Content-Digest'] = await contentDigest(body);
    components.push('"content-digest"');
    lines.push(`"content-digest": ${headers['Content-Digest']}`);
  }

  // The signature base ends with the parameters line, which is also the Signature-Input value (RFC 9421 §2.5).
  const parameters = `(${components.join(' ')});created=${created};keyid="${keyId}";alg="ecdsa-p256-sha256"`;
  lines.push(`"@signature-params": ${parameters}`);

  // WebCrypto's ECDSA signature is already r||s (IEEE P1363, 64 bytes for P-256): what ecdsa-p256-sha256 sends, no DER.
  const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, encoder.encode(lines.join('\n')));
  headers['Signature-Input'] = `sig1=${parameters}`;
  headers['Signature'] = `sig1=:${base64(signature)}:`;
  return headers;
}
