// The virtual phone: activates with a WebCrypto key pair, pulls its pending sign-ins by long-poll, asks for the number and
// answers with signed requests, and shows the offline TOTP code. Its account lives in IndexedDB across reloads.
import { $, element, show, say, timeOfDay } from './dom.js';
import { generateKeyPair, publicJwk, thumbprint } from './signing.js';
import * as api from './phone-api.js';
import { loadAccount, saveAccount, forgetAccount } from './phone-store.js';
import { importTotpKey, totpCode } from './totp.js';
import { decodeQr, parseActivationPayload } from './qr-scan.js';
import { describeError } from './http.js';

const longPollSeconds = 25;
const recheckMilliseconds = 2000; // while a request is on screen, re-read the list so answered or expired ones leave it
let account = null;
let polling = null;
const shown = new Map();
const message = () => $('phone-message');

async function activateWith(code) {
  say(message(), 'Activating…');
  const keys = await generateKeyPair();
  const jwk = await publicJwk(keys.publicKey);
  const deviceId = await thumbprint(jwk);
  const activated = await api.activate({ privateKey: keys.privateKey, deviceId }, code.replace(/\s/g, ''), jwk);
  if (activated.deviceId !== deviceId) {
    throw new Error('The engine answered with a device id that is not this key\'s thumbprint.');
  }
  const { digits, period } = activated.totp;
  await saveAccount({
    deviceId, userId: activated.userId, privateKey: keys.privateKey,
    totpKey: await importTotpKey(activated.totp), totpDigits: digits, totpPeriod: period,
  });
  say(message(), `Activated for ${activated.userId}. Approve the test sign-in with the number on the portal.`);
  await open(await loadAccount());
}

async function scanScreen() {
  const image = $('qr');
  if (!image.src || image.hidden || $('qr-box').hidden) {
    throw new Error('There is no QR code on the portal to scan: start an enrolment first.');
  }
  await activateFromPayload(decodeQr(image));
}

async function scanFile(file) {
  await activateFromPayload(decodeQr(await createImageBitmap(file)));
}

async function activateFromPayload(text) {
  const payload = parseActivationPayload(text);
  if (!payload) {
    throw new Error(text ? 'That QR code is not an MfaGrains activation code.' : 'No QR code could be read from the image.');
  }
  $('phone-code').value = payload.code;
  await activateWith(payload.code);
}

async function open(saved) {
  account = saved;
  show($('phone-setup'), !account);
  show($('phone-account'), !!account);
  if (!account) {
    return;
  }
  $('phone-user').textContent = account.userId;
  $('phone-device').textContent = account.deviceId;
  showTotp();
  polling?.abort();
  polling = new AbortController();
  poll(account, polling.signal);
}

// Pull, as a phone without push does: a long-poll while nothing is pending, a short re-read while something is shown.
async function poll(polled, signal) {
  while (!signal.aborted) {
    try {
      const list = await api.pendingChallenges(polled, shown.size > 0 ? 0 : longPollSeconds, signal);
      render(list);
      if (list.length > 0) {
        await new Promise(resolve => setTimeout(resolve, recheckMilliseconds));
      }
    } catch (error) {
      if (signal.aborted) {
        return;
      }
      say(message(), describeError(error), true);
      await new Promise(resolve => setTimeout(resolve, 5000));
    }
  }
}

function render(list) {
  const ids = new Set(list.map(c => c.challengeId));
  for (const [id, item] of shown) {
    if (!ids.has(id)) {
      item.remove();
      shown.delete(id);
    }
  }
  for (const challenge of list.filter(c => !shown.has(c.challengeId)).reverse()) {
    const item = requestItem(challenge);
    shown.set(challenge.challengeId, item);
    $('pending-list').prepend(item);
  }
  show($('no-pending'), shown.size === 0);
}

function requestItem(challenge) {
  const item = element('li', '', 'request');
  item.dataset.challengeId = challenge.challengeId;
  const context = challenge.context ?? {};
  const title = challenge.kind === 'enrolmentTest' ? 'Test sign-in' : `Approve sign-in to ${context.application ?? 'an application'}?`;
  item.append(element('h4', title));
  item.append(element('p', [context.location, `at ${timeOfDay(challenge.createdAt)}`, `expires ${timeOfDay(challenge.expiresAt)}`].filter(Boolean).join(' · '), 'context'));
  const label = element('label', 'Enter the number shown on the screen');
  const number = element('input', '', 'number-input');
  Object.assign(number, { inputMode: 'numeric', autocomplete: 'off', maxLength: 3, name: 'number' });
  label.append(number);
  item.append(label);
  const buttons = element('div', '', 'buttons');
  for (const [decision, text] of [['approve', 'Approve'], ['deny', 'Deny'], ['report', 'It wasn\'t me']]) {
    const button = element('button', text, `answer-${decision}`);
    button.type = 'button';
    button.addEventListener('click', () => guarded(() => answer(item, challenge.challengeId, decision, number.value.trim())));
    buttons.append(button);
  }
  item.append(buttons);
  return item;
}

async function answer(item, challengeId, decision, number) {
  const outcome = await api.answer(account, challengeId, decision, decision === 'approve' ? number : null);
  item.remove();
  shown.delete(challengeId);
  show($('no-pending'), shown.size === 0);
  say(message(), '');
  const text = outcome.reason ? `${outcome.status} (${outcome.reason})` : outcome.status;
  say($('last-answer'), `Your answer: ${text}`, outcome.status !== 'approved');
}

async function showTotp() {
  if (!account) {
    return;
  }
  const { code, secondsLeft } = await totpCode(account.totpKey, { digits: account.totpDigits, period: account.totpPeriod });
  $('totp-code').textContent = code;
  $('totp-seconds').textContent = `${secondsLeft} s`;
  $('totp-progress').max = account.totpPeriod;
  $('totp-progress').value = secondsLeft;
}

async function removeAccount() {
  try {
    await api.removeDevice(account);
  } finally {
    // A device the engine no longer knows cannot sign anything: forget it either way.
    polling?.abort();
    await forgetAccount();
    shown.forEach(item => item.remove());
    shown.clear();
    await open(null);
  }
}

async function guarded(action) {
  try {
    await action();
  } catch (error) {
    say(message(), describeError(error), true);
  }
}

export async function startPhone() {
  if (!window.isSecureContext || !crypto.subtle) {
    say(message(), 'The virtual phone needs WebCrypto, which browsers give only to secure pages: open the sandbox at http://localhost or over HTTPS.', true);
    return;
  }
  $('activate-form').addEventListener('submit', e => {
    e.preventDefault();
    guarded(() => activateWith($('phone-code').value));
  });
  $('scan-screen').addEventListener('click', () => guarded(scanScreen));
  $('scan-file').addEventListener('change', e => e.target.files[0] && guarded(() => scanFile(e.target.files[0])));
  $('remove-account').addEventListener('click', () => guarded(removeAccount));
  setInterval(showTotp, 1000);
  await open(await loadAccount());
}
