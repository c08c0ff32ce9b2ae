// The gender and citizen alerts: queued with their key and her position, sent at once, followed until closed.
import { call } from '../api.js';
import * as outbox from '../outbox.js';
import { current } from '../location.js';
import { alert, setAlert, flush } from './sync.js';

/** What the app says of an alert, from its status on the server or on the phone. */
export function shown(value) {
  switch (value?.status) {
    case 'Sending': return 'sending';
    case 'Queued': return 'queued';
    case 'NoLocation': return 'nolocation';
    case 'New': return 'received';
    case 'Claimed': return 'attending';
    case 'Resolved': return 'closed';
    default: return 'idle';
  }
}

export async function raise(kind) {
  const open = alert();
  if (['Sending', 'Queued', 'New', 'Claimed'].includes(open?.status)) return flush();
  const idempotencyKey = outbox.key();
  setAlert({ idempotencyKey, kind, status: 'Sending' });
  const place = await current();
  if (!place) {
    setAlert({ idempotencyKey, kind, status: 'NoLocation' });
    return null;
  }
  const body = { kind, idempotencyKey, at: new Date().toISOString(), latitude: place.latitude, longitude: place.longitude };
  await outbox.put({ kind: 'alert', idempotencyKey, body, createdAt: Date.now() });
  return flush();
}

export async function poll() {
  const open = alert();
  if (!open?.alertId || open.status === 'Resolved') return;
  try {
    const answer = await call('GET', `/ciudadania/alertas/${open.alertId}`);
    if (answer.status !== open.status || answer.nearbyUnits !== open.nearbyUnits) {
      setAlert({ ...open, status: answer.status, nearbyUnits: answer.nearbyUnits, nearestUnitMetres: answer.nearestUnitMetres });
    }
  } catch {
    // The next poll will tell.
  }
}

/** Where she is now, while her alert is open (every 15 s): queued like the alert, so a bad network loses none. */
export async function queuePosition() {
  const open = alert();
  if (!open?.alertId || !['New', 'Claimed'].includes(open.status)) return;
  const place = await current();
  if (!place) return;
  const idempotencyKey = outbox.key();
  const body = { alertId: open.alertId, at: new Date().toISOString(), latitude: place.latitude, longitude: place.longitude, accuracyMetres: place.accuracyMetres ?? null };
  await outbox.put({ kind: 'position', idempotencyKey, body, createdAt: Date.now() });
  await flush();
}
