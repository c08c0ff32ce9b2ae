// Calls to Amparo's app API with the phone's short-lived token, refreshed (and rotated) when it expires.
import { load, update, clear } from './session.js';
import { ApiError, request } from './http.js';

export { ApiError };

const base = '/app/api';
let refreshing = null;

function send(method, path, body, token) {
  return request(method, base + path, body, token);
}

export function remember(tokens) {
  return update({
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: Date.now() + (tokens.expiresIn - 30) * 1000,
    installationId: tokens.installationId ?? load()?.installationId,
    profile: tokens.profile ?? load()?.profile,
  });
}

async function refresh() {
  refreshing ??= (async () => {
    try {
      const session = load();
      return remember(await send('POST', '/token', { refreshToken: session.refreshToken }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) clear();
      throw error;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

/** An authenticated call; a 401 refreshes once. A revoked phone loses its session. */
export async function call(method, path, body) {
  let session = load();
  if (!session?.refreshToken) throw new ApiError(401, 'not enrolled');
  if (!session.accessToken || Date.now() > session.expiresAt) session = await refresh();
  try {
    return await send(method, path, body, session.accessToken);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    session = await refresh();
    return send(method, path, body, session.accessToken);
  }
}

/** A call before the phone has tokens (the municipal app's registration). */
export function anonymous(method, path, body) {
  return send(method, path, body);
}

export async function enrol(code, deviceName) {
  return remember(await send('POST', '/enrol', { code, deviceName }));
}
