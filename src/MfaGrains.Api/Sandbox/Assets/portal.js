// The portal panel: enrol a user's phone (QR code, 9-digit code, "Let's try it out"), sign in, verify a code, read the audit trail.
import { $, element, show, say, timeOfDay } from './dom.js';
import * as api from './portal-api.js';
import { followChallenge } from './challenge-view.js';
import { describeError } from './http.js';

let enrolment = null;
const message = () => $('portal-message');

function userId() {
  const id = $('user-id').value.trim();
  if (!id) {
    throw new Error('Type a user id first.');
  }
  return id;
}

/** Runs `action`, showing any failure (with the problem's code) in the portal's message line. */
async function guarded(action) {
  say(message(), '');
  try {
    await action();
  } catch (error) {
    say(message(), describeError(error), true);
  }
}

async function startEnrolment(event) {
  event.preventDefault();
  enrolment = await api.startEnrolment(userId());
  $('activation-code').textContent = enrolment.activationCode.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3');
  $('activation-url').textContent = enrolment.activationUrl;
  $('qr-payload').textContent = enrolment.qrPayload;
  $('enrolled-device').textContent = '';
  URL.revokeObjectURL($('qr').src);
  $('qr').src = await api.enrolmentQrUrl(enrolment.userId, enrolment.enrolmentId);
  show($('enrolment'));
  show($('qr-box'));
  show($('test-box'), false);
  showEnrolmentStatus(enrolment.status);
  guarded(() => watchActivation(enrolment));
}

function showEnrolmentStatus(status) {
  const node = $('enrolment-status');
  node.textContent = status;
  node.className = `status status-${status}`;
}

// The portal's page waits for the app to scan: a light poll of the enrolment while it is awaiting activation.
async function watchActivation(watched) {
  while (enrolment === watched) {
    const current = await api.getEnrolment(watched.userId, watched.enrolmentId);
    showEnrolmentStatus(current.status);
    if (current.status !== 'awaitingActivation') {
      show($('qr-box'), false);
      $('enrolled-device').textContent = current.deviceName ? `App activated: ${current.deviceName}` : '';
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 1500));
  }
}

async function tryItOut() {
  if (!enrolment) {
    throw new Error('Start an enrolment first.');
  }
  const test = await api.sendTestChallenge(enrolment.userId, enrolment.enrolmentId);
  show($('test-box'));
  const last = await followChallenge(enrolment.userId, test, { number: 'test-number', status: 'test-status' });
  const current = await api.getEnrolment(enrolment.userId, enrolment.enrolmentId);
  showEnrolmentStatus(current.status);
  if (last.status !== 'approved') {
    say(message(), 'The test did not pass; press "Let\'s try it out" to send another.', true);
  }
  await refreshAudit();
}

async function signIn(event) {
  event.preventDefault();
  const context = { application: 'Sandbox portal', location: $('location').value.trim() || undefined };
  const challenge = await api.issueChallenge(userId(), context);
  show($('challenge'));
  await followChallenge(challenge.userId, challenge, { number: 'challenge-number', status: 'challenge-status', deliveries: 'deliveries' });
  await refreshAudit();
}

async function verifyCode(event) {
  event.preventDefault();
  const verdict = await api.verifyPasscode(userId(), $('passcode').value.trim());
  const result = $('passcode-result');
  result.textContent = verdict.valid ? `valid (${verdict.method})` : 'not valid';
  result.className = `status status-${verdict.valid ? 'approved' : 'denied'}`;
  await refreshAudit();
}

async function refreshAudit() {
  const trail = await api.auditTrail(userId());
  $('audit-rows').replaceChildren(...trail.events.map(e => {
    const row = element('tr');
    const detail = [e.reason, e.delivery, e.error].filter(Boolean).join(', ');
    for (const text of [timeOfDay(e.at), e.event, e.kind, e.status, detail, e.deviceId ? `${e.deviceId.slice(0, 10)}…` : '']) {
      row.append(element('td', text));
    }
    return row;
  }));
  show($('audit'));
}

function useKey(event) {
  event.preventDefault();
  api.portalKey.set($('portal-key').value);
  $('portal-key').value = '';
  showKeyState();
}

function showKeyState() {
  say($('key-state'), api.portalKey.get() ? 'A portal key is set for this tab.' : 'Type the portal API key first.', !api.portalKey.get());
}

export function startPortal() {
  showKeyState();
  $('key-form').addEventListener('submit', useKey);
  $('enrol-form').addEventListener('submit', e => guarded(() => startEnrolment(e)));
  $('try-it').addEventListener('click', () => guarded(tryItOut));
  $('signin-form').addEventListener('submit', e => guarded(() => signIn(e)));
  $('passcode-form').addEventListener('submit', e => guarded(() => verifyCode(e)));
  $('refresh-audit').addEventListener('click', () => guarded(refreshAudit));
}
