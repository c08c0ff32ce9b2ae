// What this phone keeps between visits: its tokens, her profile, her settings. Nothing about the case or the aggressor.
// The victim's app and the municipal app keep theirs apart, on the same phone.
let key = 'amparo.session';

export function useStore(name) {
  key = name;
}

export function load() {
  try {
    return JSON.parse(localStorage.getItem(key) || 'null');
  } catch {
    return null;
  }
}

export function save(session) {
  localStorage.setItem(key, JSON.stringify(session));
}

export function clear() {
  localStorage.removeItem(key);
}

export function update(changes) {
  const session = { ...(load() || {}), ...changes };
  save(session);
  return session;
}
