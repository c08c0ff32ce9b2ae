// What the municipal app has to tell the centre, sent from the phone's queue (alerts first, then positions and reports) and
// removed only once the server answered; a rejected item is dropped with its reason, never retried forever.
import { call, ApiError } from '../api.js';
import * as outbox from '../outbox.js';
import { load, update } from '../session.js';

let listener = () => {};
let flushing = null;

export function onChange(callback) {
  listener = callback;
}

export function alert() {
  return load()?.alert ?? null;
}

export function setAlert(value) {
  update({ alert: value });
  listener();
}

/** A report's fields as the server reads them: multipart, with the photo as a file. */
function form(body) {
  const data = new FormData();
  data.append('idempotencyKey', body.idempotencyKey);
  data.append('category', body.category);
  data.append('description', body.description ?? '');
  data.append('latitude', String(body.latitude));
  data.append('longitude', String(body.longitude));
  if (body.photo) data.append('photo', body.photo, body.photoName ?? 'foto.jpg');
  return data;
}

async function send(item) {
  if (item.kind === 'alert') {
    const answer = await call('POST', '/ciudadania/alertas', item.body);
    setAlert({ ...alert(), alertId: answer.id, status: answer.status, nearbyUnits: answer.nearbyUnits, nearestUnitMetres: answer.nearestUnitMetres });
  } else if (item.kind === 'position') {
    const { alertId, ...where } = item.body;
    await call('POST', `/ciudadania/alertas/${alertId}/posiciones`, where);
  } else {
    await call('POST', '/ciudadania/reportes', form(item.body));
  }
}

export function flush() {
  flushing ??= (async () => {
    try {
      const items = (await outbox.all()).sort((a, b) => (a.kind === 'alert' ? 0 : 1) - (b.kind === 'alert' ? 0 : 1) || a.createdAt - b.createdAt);
      for (const item of items) {
        try {
          await send(item);
        } catch (error) {
          const offline = !(error instanceof ApiError) || error.status >= 500 || error.status === 429 || error.status === 401;
          if (offline) throw error;
          // A position for an alert the centre closed is simply no longer needed; a refused report is told to her.
          if (item.kind === 'report') update({ refused: error.message });
        }
        await outbox.remove([item.idempotencyKey]);
      }
    } catch {
      const open = alert();
      if (open && !open.alertId) setAlert({ ...open, status: 'Queued' });
    } finally {
      flushing = null;
      listener();
    }
  })();
  return flushing;
}

export async function pending(kind) {
  return (await outbox.all()).filter(i => i.kind === kind).length;
}
