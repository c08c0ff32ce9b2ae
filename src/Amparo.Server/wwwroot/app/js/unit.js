// A patrol's phone as its tracker: the officer signs in, names the unit, and while on duty its position goes to the
// centre every 20 s, so the nearest units can be sent to an alert.
import { el, show } from './dom.js';
import { t } from './unit-words.js';
import { request } from './http.js';

const key = 'amparo.unit';
const every = 20_000;
let timer = null;
let watch = null;
let place = null;

const load = () => JSON.parse(sessionStorage.getItem(key) || 'null');
const save = value => sessionStorage.setItem(key, JSON.stringify(value));

// The unit's position is a PUT of its call sign; signing in and refreshing are POSTs.
function post(path, body, token) {
  return request(path.startsWith('/api/police-units') ? 'PUT' : 'POST', path, body, token);
}

function tokens(answer) {
  return { accessToken: answer.accessToken, refreshToken: answer.refreshToken, expiresAt: Date.now() + (answer.expiresIn - 60) * 1000 };
}

async function access() {
  let session = load();
  if (Date.now() > session.expiresAt) {
    session = { ...session, ...tokens(await post('/api/auth/refresh', { refreshToken: session.refreshToken })) };
    save(session);
  }
  return session.accessToken;
}

async function report() {
  const session = load();
  if (!session?.onDuty || !place) return;
  try {
    await post(`/api/police-units/${encodeURIComponent(session.callSign)}`,
      { latitude: place.latitude, longitude: place.longitude, available: session.available }, await access());
    save({ ...load(), lastReport: new Date().toISOString(), problem: null });
  } catch (error) {
    save({ ...load(), problem: error.message });
  }
  render();
}

function startDuty() {
  watch = navigator.geolocation?.watchPosition(p => { place = { latitude: p.coords.latitude, longitude: p.coords.longitude }; },
    () => { save({ ...load(), problem: t('no_location') }); render(); }, { enableHighAccuracy: true, maximumAge: 10_000 });
  navigator.geolocation?.getCurrentPosition(p => { place = { latitude: p.coords.latitude, longitude: p.coords.longitude }; report(); });
  timer = setInterval(report, every);
}

function stopDuty() {
  clearInterval(timer);
  if (watch !== null && watch !== undefined) navigator.geolocation.clearWatch(watch);
}

function render() {
  const session = load();
  if (!session?.accessToken) return signIn();
  const available = el('input', { type: 'checkbox', 'data-testid': 'unit-available', checked: session.available,
    onchange: e => { save({ ...load(), available: e.target.checked }); report(); } });
  show(
    el('h1', {}, t('title'), ' · ', session.callSign),
    el('section', { class: `status ${session.onDuty ? 'status-attending' : ''}`, 'data-testid': 'unit-status', 'data-on-duty': String(session.onDuty) },
      session.onDuty ? t('on_duty') : t('off_duty'),
      session.lastReport ? el('div', { class: 'hint', 'data-testid': 'unit-last' }, t('last', new Date(session.lastReport).toLocaleTimeString('es-PE'))) : null),
    session.problem ? el('p', { class: 'problem', 'data-testid': 'unit-problem' }, session.problem) : null,
    el('label', { class: 'tracking' }, available, ' ', t('available')),
    el('button', {
      'data-testid': 'unit-duty',
      onclick: () => { const on = !load().onDuty; save({ ...load(), onDuty: on }); if (on) startDuty(); else stopDuty(); render(); },
    }, session.onDuty ? t('end') : t('start')));
}

function signIn() {
  const user = el('input', { 'data-testid': 'unit-user', autocomplete: 'username', required: true });
  const password = el('input', { type: 'password', 'data-testid': 'unit-password', autocomplete: 'current-password', required: true });
  const callSign = el('input', { 'data-testid': 'unit-callsign', required: true, maxlength: '40' });
  const problem = el('p', { class: 'problem', role: 'alert' });
  show(el('form', {
    class: 'enrol', 'data-testid': 'unit-signin',
    onsubmit: async e => {
      e.preventDefault();
      try {
        const answer = await post('/api/auth/login', { userName: user.value.trim(), password: password.value });
        save({ ...tokens(answer), callSign: callSign.value.trim(), available: true, onDuty: false });
        render();
      } catch (error) {
        problem.textContent = error.message;
      }
    },
  }, el('h1', {}, t('title')), el('label', {}, t('user')), user, el('label', {}, t('password')), password,
  el('label', {}, t('callsign')), callSign, el('button', { type: 'submit', 'data-testid': 'unit-submit' }, t('sign_in')), problem));
}

render();
if (load()?.onDuty) startDuty();
