// The municipal app's boot: its own store and queue on the phone, then the screen, the service worker, and the loops
// that send what is queued, follow her alert (streaming where she is while it is open) and her reports.
import { useStore, load } from '../session.js';
import { useDatabase } from '../outbox.js';
import { language } from '../i18n.js';
import { current } from '../location.js';
import { render, showing } from './views.js';
import * as alerts from './alerts.js';
import { onChange, flush } from './sync.js';

useStore('amparo.citizen');
useDatabase('amparo-citizen');
document.documentElement.lang = language();
onChange(() => { if (showing() === 'home') render(); });
render();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => { /* the app works without it, only not offline */ });
}

window.addEventListener('online', () => flush());
current();

let ticks = 0;
let lastPosition = Date.now();
setInterval(async () => {
  const session = load();
  if (!session?.refreshToken) return;
  ticks++;
  await flush();
  await alerts.poll();
  if (Date.now() - lastPosition >= (session.profile?.alertIntervalSeconds ?? 15) * 1000) {
    lastPosition = Date.now();
    await alerts.queuePosition();
  }
  // Her reports' follow-up, while she looks at it: every 15 s.
  if (showing() === 'mine' && ticks % 5 === 0) render();
}, 3000);
