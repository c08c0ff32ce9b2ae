// Boot: discretion first, then the screen, the service worker, and the loops that send, follow and track.
import { render } from './views.js';
import * as alerts from './alerts.js';
import { load } from './session.js';
import { applyDiscretion } from './discretion.js';
import { language } from './i18n.js';
import { current } from './location.js';

document.documentElement.lang = language();
applyDiscretion();
alerts.onChange(() => render());
render();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => { /* the app works without it, only not offline */ });
}

window.addEventListener('online', () => alerts.flush());
current();

const seconds = s => s * 1000;
let lastPosition = 0;
setInterval(async () => {
  const session = load();
  if (!session?.refreshToken) return;
  await alerts.flush();
  await alerts.poll();
  const alert = alerts.state();
  const open = alert && alert.status !== 'Closed';
  const every = seconds(open ? session.profile?.alertIntervalSeconds ?? 15 : session.profile?.trackingIntervalSeconds ?? 60);
  if ((open || session.tracking) && Date.now() - lastPosition >= every) {
    lastPosition = Date.now();
    await alerts.queuePosition();
    if (!open) render();
  }
}, 3000);
