// What the phone has to tell the centre, kept in IndexedDB until the server says it has it: a reload, a dead network
// or a closed app lose nothing. Each item carries its idempotency key, so a retry is never counted twice.
let name = 'amparo';
const store = 'outbox';

/** The municipal app queues in a database of its own. */
export function useDatabase(database) {
  name = database;
}

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath: 'idempotencyKey' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const result = work(tx.objectStore(store));
      tx.oncomplete = () => resolve(result?.result ?? result);
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Queues an alert, a position or a report ({ kind, idempotencyKey, body, createdAt }); a body may hold a Blob. */
export function put(item) {
  return run('readwrite', s => { s.put(item); });
}

export function all() {
  return run('readonly', s => s.getAll());
}

export function remove(keys) {
  return run('readwrite', s => { keys.forEach(k => s.delete(k)); });
}

export function key() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`;
}
