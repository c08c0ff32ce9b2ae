// The alert's life on the phone: queued with its key, sent (and re-sent until the server answers), followed until
// the centre closes it, with her location streamed meanwhile.
import { call, ApiError } from './api.js';
import * as outbox from './outbox.js';
import { current, battery } from './location.js';
import { load, update } from './session.js';

let listener = () => {};
let flushing = null;

export function onChange(callback) {
  listener = callback;
}

export function state() {
  return load()?.alert ?? null;
}

function setAlert(alert) {
  update({ alert });
  listener();
}

async function report(extra) {
  const place = await current();
  return {
    at: new Date().toISOString(),
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    accuracyMetres: place?.accuracyMetres ?? null,
    batteryPercent: await battery(),
    ...extra,
  };
}

/** Her call for help: on disk first, then to the server. */
export async function raise(trigger) {
  const open = state();
  if (open && open.status !== 'Closed') return flush();
  const idempotencyKey = outbox.key();
  setAlert({ idempotencyKey, status: 'Sending', trigger });
  const body = await report({ idempotencyKey, trigger });
  await outbox.put({ kind: 'alert', idempotencyKey, body, createdAt: Date.now() });
  return flush();
}

/** Queues where she is now (every 15 s while an alert is open, every minute in tracking mode). */
export async function queuePosition() {
  const idempotencyKey = outbox.key();
  const body = await report({ idempotencyKey });
  if (body.latitude === null) return;
  await outbox.put({ kind: 'position', idempotencyKey, body, createdAt: Date.now() });
  update({ lastPositionAt: body.at });
  return flush();
}

/** Sends what is queued, alerts first; what the server did not take stays for the next try. */
export function flush() {
  flushing ??= (async () => {
    try {
      const items = (await outbox.all()).sort((a, b) => a.createdAt - b.createdAt);
      for (const item of items.filter(i => i.kind === 'alert')) {
        const answer = await call('POST', '/alerts', item.body);
        await outbox.remove([item.idempotencyKey]);
        setAlert({ idempotencyKey: item.idempotencyKey, alertId: answer.alertId, status: answer.status, raisedAt: answer.raisedAt });
      }
      const positions = items.filter(i => i.kind === 'position');
      for (let i = 0; i < positions.length; i += 50) {
        const batch = positions.slice(i, i + 50);
        await call('POST', '/positions', { positions: batch.map(p => p.body) });
        await outbox.remove(batch.map(p => p.idempotencyKey));
      }
    } catch (error) {
      const alert = state();
      const offline = !(error instanceof ApiError) || error.status >= 500 || error.status === 429;
      if (offline && alert && !alert.alertId) setAlert({ ...alert, status: 'Queued' });
      if (!offline && error.status !== 401) console.warn('Amparo: the server refused a report', error.message);
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

/** Reads what the centre is doing with the open alert. */
export async function poll() {
  const alert = state();
  if (!alert?.alertId || alert.status === 'Closed') return;
  try {
    const answer = await call('GET', `/alerts/${alert.alertId}`);
    if (answer.status !== alert.status) setAlert({ ...alert, status: answer.status });
  } catch {
    // The next poll will tell.
  }
}
