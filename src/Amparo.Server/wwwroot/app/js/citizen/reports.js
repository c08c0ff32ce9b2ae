// Her reports: queued on the phone with the photo already made small, sent when there is signal; their follow-up
// read from the server and kept for when there is none.
import { call } from '../api.js';
import * as outbox from '../outbox.js';
import { current } from '../location.js';
import { load, update } from '../session.js';
import { flush } from './sync.js';

const longestSide = 1600;

/** A phone's photo is often 4–12 MB: redrawn as a JPEG of at most 1600 px, it travels on a bad network. */
export async function shrink(file) {
  if (!file) return null;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, longestSide / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    return await new Promise(resolve => canvas.toBlob(blob => resolve(blob ?? file), 'image/jpeg', 0.8));
  } catch {
    return file;
  }
}

/** @returns false when the phone does not know where it is (the server needs the place). */
export async function file(category, description, photo) {
  const place = await current();
  if (!place) return false;
  const idempotencyKey = outbox.key();
  const body = {
    idempotencyKey, category, description, latitude: place.latitude, longitude: place.longitude,
    photo: await shrink(photo), photoName: 'foto.jpg',
  };
  await outbox.put({ kind: 'report', idempotencyKey, body, createdAt: Date.now() });
  await flush();
  return true;
}

export async function catalogue() {
  try {
    const answer = await call('GET', '/ciudadania/catalogo');
    update({ catalogue: answer });
    return answer;
  } catch {
    return load()?.catalogue ?? { categories: [], areas: [] };
  }
}

/** @returns { reports, offline } */
export async function mine() {
  try {
    const reports = await call('GET', '/ciudadania/reportes');
    update({ reports });
    return { reports, offline: false };
  } catch {
    return { reports: load()?.reports ?? [], offline: true };
  }
}
