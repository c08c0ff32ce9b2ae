// The app's screens: linking the phone, the panic screen, the settings.
import { el, show } from './dom.js';
import { t, language, setLanguage } from './i18n.js';
import { enrol, call } from './api.js';
import { load, update } from './session.js';
import { holdToConfirm, quickTaps } from './panic.js';
import * as alerts from './alerts.js';
import { lastKnown, mapLink } from './location.js';
import { applyDiscretion, quickExit } from './discretion.js';

export function render() {
  const session = load();
  if (!session?.refreshToken) return enrolView(session?.revoked);
  return home(session);
}

function enrolView(revoked) {
  const code = el('input', { id: 'code', 'data-testid': 'enrol-code', autocomplete: 'one-time-code', autocapitalize: 'characters', required: true });
  const device = el('input', { id: 'device', 'data-testid': 'enrol-device', value: t('enrol.device_default') });
  const problem = el('p', { class: 'problem', 'data-testid': 'enrol-problem', role: 'alert' });
  const form = el('form', {
    class: 'enrol', 'data-testid': 'enrol',
    onsubmit: async event => {
      event.preventDefault();
      problem.textContent = '';
      try {
        await enrol(code.value.trim().toUpperCase(), device.value.trim());
        update({ revoked: false });
        render();
      } catch (error) {
        problem.textContent = t('enrol.failed', error.message);
      }
    },
  },
  el('h1', {}, t('enrol.title')),
  revoked ? el('p', { class: 'problem' }, t('session.revoked')) : null,
  el('p', {}, t('enrol.help')),
  el('label', { for: 'code' }, t('enrol.code')), code,
  el('label', { for: 'device' }, t('enrol.device')), device,
  el('button', { type: 'submit', 'data-testid': 'enrol-submit' }, t('enrol.submit')),
  problem);
  show(form, footer());
}

function home(session) {
  const profile = session.profile ?? {};
  const alert = alerts.state();
  const status = alert?.status ?? 'Idle';
  const button = el('button', { class: 'panic', 'data-testid': 'panic', 'aria-label': t('panic.hold') }, t('panic.button'));
  holdToConfirm(button, 2000, trigger => alerts.raise(trigger));
  const strip = el('div', { class: 'discreet', 'data-testid': 'discreet', role: 'button', tabindex: '0' }, t('panic.discreet'));
  quickTaps(strip, 5, 3000, trigger => alerts.raise(trigger));
  const place = lastKnown();
  const smsBody = encodeURIComponent(t('sms.body', mapLink(place)));
  const tracking = el('input', {
    type: 'checkbox', 'data-testid': 'tracking', checked: session.tracking === true,
    onchange: event => {
      // The centre watches her phone's silence only while she tracks; it is told at once (and again on the next change).
      update({ tracking: event.target.checked });
      call('PUT', '/tracking', { on: event.target.checked }).catch(() => update({ tracking: !event.target.checked }));
      render();
    },
  });
  show(
    el('header', { class: 'bar' },
      el('span', { class: 'hello' }, t('home.hello', profile.displayName ?? '')),
      el('button', { class: 'link', 'data-testid': 'settings', onclick: settings }, t('settings'))),
    el('section', { class: `status status-${status.toLowerCase()}`, 'data-testid': 'alert-status', 'data-status': status },
      t(`status.${status === 'Sending' ? 'sending' : status === 'Queued' ? 'queued' : status === 'Received' ? 'received'
        : status === 'Attending' ? 'attending' : status === 'Closed' ? 'closed' : 'idle'}`)),
    el('p', { class: 'hint' }, t('panic.hold')),
    button,
    strip,
    el('nav', { class: 'calls' },
      profile.centrePhone ? el('a', { class: 'call', href: `tel:${profile.centrePhone}`, 'data-testid': 'call-centre' }, t('call.centre')) : null,
      ...(profile.emergencyNumbers ?? []).map(n => el('a', { class: 'call', href: `tel:${n}`, 'data-testid': 'call-emergency' }, t('call.emergency', n))),
      status === 'Queued' && profile.centrePhone
        ? el('a', { class: 'call sms', href: `sms:${profile.centrePhone}?body=${smsBody}`, 'data-testid': 'sms-centre' }, t('call.sms'))
        : null),
    el('label', { class: 'tracking' }, tracking, ' ', t('tracking.label')),
    session.lastPositionAt ? el('p', { class: 'hint' }, t('tracking.last', new Date(session.lastPositionAt).toLocaleTimeString(language()))) : null,
    footer());
}

function settings() {
  const session = load();
  show(
    el('h1', {}, t('settings')),
    el('label', { class: 'tracking' },
      el('input', {
        type: 'checkbox', 'data-testid': 'neutral', checked: session?.neutral === true,
        onchange: event => { update({ neutral: event.target.checked }); applyDiscretion(); },
      }), ' ', t('settings.neutral')),
    el('button', { class: 'secondary', 'data-testid': 'language', onclick: () => { setLanguage(language() === 'es' ? 'en' : 'es'); settings(); } }, t('settings.language')),
    el('button', { 'data-testid': 'settings-close', onclick: render }, t('settings.close')),
    footer());
}

function footer() {
  return el('footer', {}, el('button', { class: 'exit', 'data-testid': 'quick-exit', onclick: quickExit }, t('exit')));
}
