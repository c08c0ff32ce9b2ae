// One JSON request to Amparo, as every page of the app makes it: no cache, the bearer token when there is one, a
// FormData body as it is, and a refusal's ProblemDetails detail as the error's message.
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

export async function request(method, url, body, token) {
  const headers = { 'Accept': 'application/json' };
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (token) headers['Authorization'] = `Bearer ${token}`;
  const payload = body === undefined || form ? body : JSON.stringify(body);
  const response = await fetch(url, { method, headers, body: payload, cache: 'no-store' });
  if (!response.ok) {
    let detail = null;
    try { detail = (await response.json()).detail; } catch { /* not JSON */ }
    throw new ApiError(response.status, detail);
  }
  return response.status === 204 ? null : response.json();
}
