// The municipal app's screens: registration, the alerts, the reports and their follow-up.
import { el, show } from '../dom.js';
import { language, setLanguage } from '../i18n.js';
import { anonymous, remember } from '../api.js';
import { load, update } from '../session.js';
import { holdToConfirm } from '../panic.js';
import { current, lastKnown } from '../location.js';
import { t } from './words.js';
import * as alerts from './alerts.js';
import * as reports from './reports.js';
import { alert, pending } from './sync.js';

let screen = 'home';

/** The screen now showing, so the loops refresh only what she looks at. */
export function showing() {
  return screen;
}

export function render() {
  const session = load();
  if (!session?.refreshToken) return session?.registering ? verifyView(session.registering) : registerView();
  if (screen === 'mine') return mineView();
  if (screen.startsWith('report:')) return reportView(screen.slice(7));
  return home(session);
}

function go(next) {
  screen = next;
  render();
}

function registerView() {
  const phone = el('input', { id: 'phone', type: 'tel', 'data-testid': 'register-phone', autocomplete: 'tel', required: true });
  const name = el('input', { id: 'name', 'data-testid': 'register-name', autocomplete: 'name', required: true });
  const problem = el('p', { class: 'problem', 'data-testid': 'register-problem', role: 'alert' });
  show(el('form', {
    class: 'enrol', 'data-testid': 'register',
    onsubmit: async event => {
      event.preventDefault();
      problem.textContent = '';
      try {
        const started = await anonymous('POST', '/ciudadania/registro', { phone: phone.value.trim(), fullName: name.value.trim() });
        update({ registering: { phone: started.phone, smsSent: started.smsSent } });
        render();
      } catch (error) {
        problem.textContent = t('register.failed', error.message);
      }
    },
  },
  el('h1', {}, t('register.title')),
  el('p', {}, t('register.help')),
  el('label', { for: 'phone' }, t('register.phone')), phone,
  el('label', { for: 'name' }, t('register.name')), name,
  el('button', { type: 'submit', 'data-testid': 'register-submit' }, t('register.submit')),
  problem), footer());
}

function verifyView(registering) {
  const code = el('input', { id: 'code', 'data-testid': 'verify-code', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6', required: true });
  const problem = el('p', { class: 'problem', 'data-testid': 'verify-problem', role: 'alert' });
  show(el('form', {
    class: 'enrol', 'data-testid': 'verify',
    onsubmit: async event => {
      event.preventDefault();
      problem.textContent = '';
      try {
        remember(await anonymous('POST', '/ciudadania/verificacion', { phone: registering.phone, code: code.value.trim(), deviceName: navigator.platform || 'Teléfono' }));
        update({ registering: null });
        go('home');
      } catch (error) {
        problem.textContent = t('verify.failed', error.message);
      }
    },
  },
  el('h1', {}, t('verify.title')),
  el('p', {}, t('verify.help', registering.phone)),
  registering.smsSent ? null : el('p', { class: 'hint', 'data-testid': 'verify-not-sent' }, t('verify.not_sent')),
  el('label', { for: 'code' }, t('verify.code')), code,
  el('button', { type: 'submit', 'data-testid': 'verify-submit' }, t('verify.submit')),
  el('button', { type: 'button', class: 'link', onclick: () => { update({ registering: null }); render(); } }, t('verify.again')),
  problem), footer());
}

function alertButton(kind) {
  const button = el('button', { class: `alert-button alert-${kind}`, 'data-testid': `alert-${kind}`, 'aria-label': `${t(`alert.${kind}`)}. ${t('alert.hold')}` }, t(`alert.${kind}`));
  holdToConfirm(button, 2000, () => alerts.raise(kind));
  return button;
}

function home(session) {
  const profile = session.profile ?? {};
  const open = alert();
  const shown = alerts.shown(open);
  show(
    el('header', { class: 'bar' },
      el('span', { class: 'hello' }, t('home.hello', profile.displayName ?? '')),
      el('span', { class: 'hint' }, profile.municipality ?? '')),
    el('section', { class: `status status-${shown}`, 'data-testid': 'alert-status', 'data-status': open?.status ?? 'Idle', 'data-kind': open?.kind ?? '' },
      t(`status.${shown}`),
      open?.nearbyUnits > 0 && open.status !== 'Resolved'
        ? el('span', { class: 'units', 'data-testid': 'alert-units' }, ' ', t('status.units', open.nearbyUnits, Math.round(open.nearestUnitMetres)))
        : null),
    el('p', { class: 'hint' }, t('alert.hold')),
    el('div', { class: 'alert-buttons' }, alertButton('gender'), alertButton('citizen')),
    el('nav', { class: 'calls' },
      profile.centrePhone ? el('a', { class: 'call', href: `tel:${profile.centrePhone}`, 'data-testid': 'call-centre' }, t('call.centre')) : null,
      ...(profile.emergencyNumbers ?? []).map(n => el('a', { class: 'call', href: `tel:${n}`, 'data-testid': 'call-emergency' }, t('call.emergency', n)))),
    el('nav', { class: 'menu' },
      el('button', { class: 'secondary', 'data-testid': 'menu-emergency', onclick: () => go('report:Emergency') }, t('menu.emergency')),
      el('button', { class: 'secondary', 'data-testid': 'menu-service', onclick: () => go('report:PublicService') }, t('menu.service')),
      el('button', { class: 'secondary', 'data-testid': 'menu-mine', onclick: () => go('mine') }, t('menu.mine'))),
    footer());
}

async function reportView(queue) {
  const { categories } = await reports.catalogue();
  const english = language() === 'en';
  const choices = categories.filter(c => c.queue === queue).map(c =>
    el('label', { class: 'choice' }, el('input', { type: 'radio', name: 'category', value: c.code, 'data-testid': `category-${c.code}` }), ' ', english ? c.en : c.es));
  const description = el('textarea', { id: 'description', 'data-testid': 'report-description', maxlength: '2000', rows: '3' });
  const photo = el('input', { id: 'photo', type: 'file', accept: 'image/*', capture: 'environment', 'data-testid': 'report-photo' });
  const place = el('p', { class: 'hint', 'data-testid': 'report-place' }, t('report.place_unknown'));
  const problem = el('p', { class: 'problem', 'data-testid': 'report-problem', role: 'alert' });
  const describe = p => { place.textContent = p ? t('report.place', `${p.latitude.toFixed(5)}, ${p.longitude.toFixed(5)} (±${Math.round(p.accuracyMetres ?? 0)} m)`) : t('report.no_location'); };
  if (lastKnown()) describe(lastKnown());
  current().then(describe);
  show(el('form', {
    class: 'enrol', 'data-testid': 'report-form', 'data-queue': queue,
    onsubmit: async event => {
      event.preventDefault();
      const chosen = document.querySelector('input[name=category]:checked');
      if (!chosen) { problem.textContent = t('report.pick'); return; }
      const submit = event.submitter;
      if (submit) submit.disabled = true;
      try {
        if (!(await reports.file(chosen.value, description.value.trim(), photo.files[0] ?? null))) {
          problem.textContent = t('report.no_location');
          return;
        }
        go('mine');
      } finally {
        if (submit) submit.disabled = false;
      }
    },
  },
  el('h1', {}, t(queue === 'Emergency' ? 'report.emergency' : 'report.service')),
  el('fieldset', { class: 'choices' }, el('legend', {}, t('report.category')), ...choices),
  el('label', { for: 'description' }, t('report.description')), description,
  el('label', { for: 'photo' }, t('report.photo')), photo,
  place,
  el('button', { type: 'submit', 'data-testid': 'report-submit' }, t('report.submit')),
  el('button', { type: 'button', class: 'link', onclick: () => go('home') }, t('back')),
  problem), footer());
}

async function mineView() {
  const [{ reports: list, offline }, { categories, areas }, waiting] = await Promise.all([reports.mine(), reports.catalogue(), pending('report')]);
  if (screen !== 'mine') return;
  const english = language() === 'en';
  const name = (all, code) => { const found = all.find(x => x.code === code); return found ? (english ? found.en : found.es) : code ?? ''; };
  const when = iso => new Date(iso).toLocaleString(language() === 'en' ? 'en-GB' : 'es-PE', { dateStyle: 'short', timeStyle: 'short' });
  const refused = load()?.refused;
  show(
    el('h1', {}, t('mine.title')),
    offline ? el('p', { class: 'hint' }, t('mine.offline')) : null,
    waiting > 0 ? el('p', { class: 'status status-queued', 'data-testid': 'mine-pending' }, t('mine.pending', waiting)) : null,
    refused ? el('p', { class: 'problem', 'data-testid': 'mine-refused' }, t('report.refused', refused)) : null,
    list.length === 0 && waiting === 0 ? el('p', { 'data-testid': 'mine-empty' }, t('mine.empty')) : null,
    ...list.map(r => {
      const last = [...r.history].reverse().find(h => h.note);
      return el('article', { class: 'report', 'data-testid': 'my-report', 'data-status': r.status, 'data-id': r.id },
        el('strong', {}, name(categories, r.category)),
        el('span', { class: 'hint' }, when(r.filedAt)),
        el('span', { class: `state state-${r.status.toLowerCase()}`, 'data-testid': 'my-report-status' }, t(`state.${r.status}`, name(areas, r.area))),
        last ? el('p', { class: 'note', 'data-testid': 'my-report-note' }, last.note) : null);
    }),
    el('button', { class: 'secondary', 'data-testid': 'mine-back', onclick: () => { update({ refused: null }); go('home'); } }, t('back')),
    footer());
}

function footer() {
  return el('footer', {}, el('button', {
    class: 'secondary', 'data-testid': 'language',
    onclick: () => { setLanguage(language() === 'es' ? 'en' : 'es'); render(); },
  }, t('language')));
}
