// The case replay: both tracks drawn faintly in full, each party's trail up to the slider's time drawn bold with
// a marker where she or he was, the distance between them read from the series, and a cursor on the distance chart.
// Everything after the load runs in the browser so the slider stays fluid; the state is published as data
// attributes of #replay-state for whoever watches (the tests, a screen reader's live region).
window.amparoReplay = (function () {
    const colours = { aggressor: '#c0392b', victim: '#6c3483' };
    let current = null;

    function times(points) { return points.map(p => Date.parse(p.at)); }

    // The index of the last point at or before t (-1 when none).
    function before(ts, t) {
        let lo = 0, hi = ts.length - 1, found = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (ts[mid] <= t) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
        }
        return found;
    }

    function party(group, role, points, label) {
        if (!points || points.length === 0) { return null; }
        const line = points.map(p => [p.latitude, p.longitude]);
        L.polyline(line, { color: colours[role], weight: 2, opacity: 0.3, dashArray: '4 6' }).addTo(group);
        return {
            role, points, line, ts: times(points),
            trail: L.polyline([], { color: colours[role], weight: 4, opacity: 0.9 }).addTo(group),
            marker: L.circleMarker(line[0], { radius: 9, color: '#fff', weight: 2, fillColor: colours[role], fillOpacity: 1, className: 'replay-' + role })
                .bindTooltip(label).addTo(group)
        };
    }

    function move(p, t) {
        if (!p) { return null; }
        const i = before(p.ts, t);
        if (i < 0) { p.marker.setStyle({ opacity: 0, fillOpacity: 0 }); p.trail.setLatLngs([]); return null; }
        p.marker.setStyle({ opacity: 1, fillOpacity: 1 });
        p.marker.setLatLng(p.line[i]);
        p.trail.setLatLngs(p.line.slice(0, i + 1));
        return p.points[i];
    }

    function show(t) {
        const c = current; if (!c) { return; }
        c.t = t;
        const a = move(c.aggressor, t), v = move(c.victim, t);
        const state = document.getElementById('replay-state');
        const label = document.getElementById('replay-time');
        const distance = document.getElementById('replay-distance');
        const slider = document.getElementById('replay-slider');
        if (slider && Number(slider.value) !== t) { slider.value = t; }
        const i = before(c.separationTs, t);
        // A distance stands only while the sample is recent (the series has gaps where a track fell silent).
        const metres = i >= 0 && t - c.separationTs[i] <= c.staleMs ? c.separation[i].metres : null;
        if (label) { label.textContent = c.clock.format(new Date(t)); }
        if (distance) { distance.textContent = metres === null ? '—' : Math.round(metres).toLocaleString(c.lang) + ' m'; }
        const cursor = document.getElementById('replay-cursor');
        if (cursor) {
            const x = (t - c.from) / Math.max(1, c.to - c.from) * 1000;
            cursor.setAttribute('x1', x); cursor.setAttribute('x2', x);
        }
        if (state) {
            state.dataset.time = new Date(t).toISOString();
            state.dataset.aggressor = a ? a.latitude.toFixed(6) + ',' + a.longitude.toFixed(6) : '';
            state.dataset.victim = v ? v.latitude.toFixed(6) + ',' + v.longitude.toFixed(6) : '';
            state.dataset.distance = metres === null ? '' : Math.round(metres);
            state.dataset.playing = c.timer ? 'true' : 'false';
        }
    }

    function stop() {
        if (current && current.timer) { clearInterval(current.timer); current.timer = null; }
    }

    return {
        load(mapId, data, options) {
            stop();
            const map = amparoMap.leaflet(mapId); if (!map) { return; }
            if (current && current.group) { current.group.remove(); }
            const group = L.layerGroup().addTo(map);
            const separation = data.separation || [];
            current = {
                group, lang: options.lang, staleMs: options.staleSeconds * 1000,
                clock: new Intl.DateTimeFormat(options.lang, { timeZone: options.zone, dateStyle: 'short', timeStyle: 'medium' }),
                from: Date.parse(data.from), to: Date.parse(data.to),
                aggressor: party(group, 'aggressor', data.aggressor, options.aggressorLabel),
                victim: party(group, 'victim', data.victim, options.victimLabel),
                separation, separationTs: times(separation), timer: null, t: 0
            };
            const bounds = L.latLngBounds([]);
            for (const p of [current.aggressor, current.victim]) { if (p) { bounds.extend(p.line); } }
            if (bounds.isValid()) { map.fitBounds(bounds.pad(0.15), { animate: false }); }
            const slider = document.getElementById('replay-slider');
            if (slider) {
                slider.min = current.from; slider.max = current.to; slider.step = 1000;
                slider.oninput = () => { stop(); show(Number(slider.value)); };
            }
            const root = document.getElementById('replay');
            if (root && !root.dataset.wired) {
                root.dataset.wired = 'true';
                root.addEventListener('click', e => {
                    const tick = e.target.closest('[data-at]');
                    if (tick && current) { stop(); show(Date.parse(tick.dataset.at)); }
                });
            }
            show(options.at ? Date.parse(options.at) : current.to);
        },
        // Plays from the slider's time at `speed` times real time; again to pause.
        toggle(speed) {
            const c = current; if (!c) { return; }
            if (c.timer) { stop(); show(c.t); return; }
            if (c.t >= c.to) { c.t = c.from; }
            const tickMs = 100;
            c.timer = setInterval(() => {
                const next = Math.min(c.to, c.t + speed * tickMs);
                if (next >= c.to) { stop(); }
                show(next);
            }, tickMs);
            show(c.t);
        },
        seek(iso) { stop(); if (current) { show(Date.parse(iso)); } }
    };
})();
