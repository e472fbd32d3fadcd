// The portal's view of one challenge: the number shown large, its status followed live over the engine's SSE route.
import { $, element, say } from './dom.js';
import { challengeEvents } from './portal-api.js';
import { readEventStream } from './event-stream.js';
import { describeError } from './http.js';

/** Shows `challenge` (as created) in the panel with the given ids, then follows it until it is resolved; returns the last state. */
export async function followChallenge(userId, challenge, ids) {
  $(ids.number).textContent = challenge.number;
  render(challenge, ids);
  let last = challenge;
  try {
    const response = await challengeEvents(userId, challenge.challengeId);
    await readEventStream(response, (type, data) => {
      if (type === 'status') {
        last = JSON.parse(data);
        render(last, ids);
      }
    });
  } catch (error) {
    say($(ids.status), `stopped following: ${describeError(error)}`, true);
  }
  return last;
}

function render(state, ids) {
  const status = $(ids.status);
  status.textContent = state.reason ? `${state.status} (${state.reason})` : state.status;
  status.className = `status status-${state.status}`;
  if (!ids.deliveries) {
    return;
  }
  const list = $(ids.deliveries);
  list.replaceChildren(...(state.deliveries ?? []).map(d =>
    element('li', `device ${d.deviceId.slice(0, 10)}…: ${d.channel}, ${d.state}${d.error ? ` (${d.error})` : ''}`)));
}
