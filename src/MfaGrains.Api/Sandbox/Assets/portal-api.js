// The portal's calls to /v1/users, with the portal key typed into the page (kept in this tab's sessionStorage only).
import { readResponse } from './http.js';

const keySlot = 'mfagrains.sandbox.portalKey';

export const portalKey = {
  get: () => sessionStorage.getItem(keySlot),
  set: key => sessionStorage.setItem(keySlot, key),
};

function userPath(userId, rest = '') {
  return `/v1/users/${encodeURIComponent(userId)}${rest}`;
}

function call(method, path, json, accept) {
  const headers = { Authorization: `Bearer ${portalKey.get() ?? ''}` };
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (accept) {
    headers.Accept = accept;
  }
  return fetch(path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json), cache: 'no-store' });
}

export const startEnrolment = userId => call('POST', userPath(userId, '/enrolments'), {}).then(readResponse);

export const getEnrolment = (userId, enrolmentId) => call('GET', userPath(userId, `/enrolments/${enrolmentId}`)).then(readResponse);

/** The engine's own PNG of qrPayload, as a blob: URL for an <img> (an <img src> could not send the key). */
export async function enrolmentQrUrl(userId, enrolmentId) {
  const response = await call('GET', userPath(userId, `/enrolments/${enrolmentId}/qr`), undefined, 'image/png');
  if (!response.ok) {
    await readResponse(response);
  }
  return URL.createObjectURL(await response.blob());
}

export const sendTestChallenge = (userId, enrolmentId) =>
  call('POST', userPath(userId, `/enrolments/${enrolmentId}/test-challenge`)).then(readResponse);

export const issueChallenge = (userId, context) => call('POST', userPath(userId, '/challenges'), { context }).then(readResponse);

/** GET …/challenges/{id}/events: the open response, to be read as text/event-stream. */
export async function challengeEvents(userId, challengeId) {
  const response = await call('GET', userPath(userId, `/challenges/${challengeId}/events`), undefined, 'text/event-stream');
  if (!response.ok) {
    await readResponse(response);
  }
  return response;
}

export const verifyPasscode = (userId, code) => call('POST', userPath(userId, '/passcodes/verify'), { code }).then(readResponse);

export const auditTrail = userId => call('GET', userPath(userId, '/audit?limit=20')).then(readResponse);
