// The app's shell works offline; the API never comes from a cache (an alert must reach the server or stay queued).
const shell = 'amparo-shell-v3';
const files = ['./', 'index.html', 'neutral.html', 'app.css', 'manifest.webmanifest', 'manifest-neutral.webmanifest',
  'icons/amparo-192.png', 'icons/amparo-512.png', 'icons/notes-192.png', 'icons/notes-512.png',
  'js/main.js', 'js/views.js', 'js/alerts.js', 'js/api.js', 'js/outbox.js', 'js/location.js', 'js/panic.js',
  'js/session.js', 'js/http.js', 'js/i18n.js', 'js/dom.js', 'js/discretion.js', 'unidad.html', 'js/unit.js', 'js/unit-words.js',
  'ciudadania.html', 'manifest-ciudadania.webmanifest', 'js/citizen/main.js', 'js/citizen/views.js', 'js/citizen/alerts.js',
  'js/citizen/reports.js', 'js/citizen/sync.js', 'js/citizen/words.js'];

self.addEventListener('install', event => {
  event.waitUntil(caches.open(shell).then(cache => cache.addAll(files)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k !== shell).map(k => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.pathname.startsWith('/app/api/')) return;
  // Network first so an update arrives; the cached shell when there is no network.
  event.respondWith(fetch(event.request)
    .then(response => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(shell).then(cache => cache.put(event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(event.request, { ignoreSearch: true })
      .then(hit => hit ?? caches.match(url.pathname.endsWith('ciudadania.html') ? 'ciudadania.html' : 'index.html'))));
});
