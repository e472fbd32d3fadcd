// The phone's calls to /v1/devices, each signed with the device key (signing.js).
import { signRequest } from './signing.js';
import { readResponse } from './http.js';

const encoder = new TextEncoder();

async function signed(key, method, path, { query, json, signal } = {}) {
  const body = json === undefined ? null : encoder.encode(JSON.stringify(json));
  const headers = await signRequest({ method, path, body, privateKey: key.privateKey, keyId: key.deviceId });
  if (body) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(query ? `${path}?${query}` : path, { method, headers, body, signal, cache: 'no-store' });
  return readResponse(response);
}

/** POST /v1/devices, signed with the new key itself (its keyid is the thumbprint of the publicKey in the body). */
export function activate(key, activationCode, publicKey) {
  return signed(key, 'POST', '/v1/devices', {
    json: { activationCode, publicKey, platform: 'android', pushToken: null, deviceName: 'Sandbox phone (browser)', appVersion: '1.0.0' },
  });
}

/** GET /v1/devices/{id}/challenges: held up to `waitSeconds` until a challenge is pending. */
export function pendingChallenges(account, waitSeconds, signal) {
  return signed(account, 'GET', `/v1/devices/${account.deviceId}/challenges`, { query: `waitSeconds=${waitSeconds}`, signal });
}

/** POST …/answer with `approve` (and the number typed), `deny` or `report`. */
export function answer(account, challengeId, decision, number) {
  const json = number ? { decision, number } : { decision };
  return signed(account, 'POST', `/v1/devices/${account.deviceId}/challenges/${encodeURIComponent(challengeId)}/answer`, { json });
}

/** DELETE /v1/devices/{id}: the app removes the account. */
export function removeDevice(account) {
  return signed(account, 'DELETE', `/v1/devices/${account.deviceId}`);
}
