// The console's map. Zones and positions are vector layers drawn on a plain background, so the map works
// with no tile server at all (offline, in tests); tiles, when configured and reachable, go underneath.
window.amparoMap = (function () {
    const maps = {};
    const colours = { aggressor: '#c0392b', victim: '#6c3483', zone: '#1f618d' };

    function state(id) { return maps[id]; }

    function noTiles(id) {
        const element = document.getElementById(id);
        if (element && element.parentElement) { element.parentElement.classList.add('no-tiles'); }
    }

    return {
        init(id, tileUrl, attribution) {
            if (maps[id]) { maps[id].map.remove(); }
            const map = L.map(id, { preferCanvas: true, zoomControl: true }).setView([-16.3989, -71.535], 13);
            if (tileUrl) {
                const tiles = L.tileLayer(tileUrl, { maxZoom: 19, attribution: attribution });
                tiles.on('tileerror', () => noTiles(id));
                tiles.addTo(map);
            } else {
                noTiles(id);
            }
            maps[id] = { map, zones: L.layerGroup().addTo(map), tracks: L.layerGroup().addTo(map), markers: {}, bounds: L.latLngBounds([]) };
        },
        zones(id, caseId, label, zones) {
            const s = state(id); if (!s) { return; }
            for (const z of zones) {
                if (z.kind === 'Dynamic' || z.centreLatitude === null && !z.polygon) { continue; }
                if (z.polygon) {
                    const shape = L.polygon(z.polygon, { color: colours.zone, weight: 2, fillOpacity: 0.12 }).bindTooltip(label + ' · ' + z.name);
                    shape.addTo(s.zones); s.bounds.extend(shape.getBounds());
                } else {
                    const centre = [z.centreLatitude, z.centreLongitude];
                    L.circle(centre, { radius: z.radiusMetres + z.preAlertBandMetres, color: '#d68910', weight: 1, dashArray: '6 6', fill: false }).addTo(s.zones);
                    const circle = L.circle(centre, { radius: z.radiusMetres, color: colours.zone, weight: 2, fillOpacity: 0.12 }).bindTooltip(label + ' · ' + z.name);
                    circle.addTo(s.zones); s.bounds.extend(circle.getBounds());
                }
            }
        },
        marker(id, caseId, role, label, lat, lon, accuracy) {
            const s = state(id); if (!s) { return; }
            const key = caseId + ':' + role;
            const existing = s.markers[key];
            if (existing) {
                existing.setLatLng([lat, lon]);
            } else {
                s.markers[key] = L.circleMarker([lat, lon], { radius: 8, color: '#fff', weight: 2, fillColor: colours[role] || '#333', fillOpacity: 1, className: 'marker-' + role })
                    .bindTooltip(label, { permanent: false }).addTo(s.map);
            }
            s.bounds.extend([lat, lon]);
            const el = document.getElementById(id);
            if (el) { el.dataset['markers'] = Object.keys(s.markers).length; }
        },
        track(id, role, points) {
            const s = state(id); if (!s || points.length === 0) { return; }
            const line = L.polyline(points, { color: colours[role] || '#333', weight: 3, opacity: 0.8 }).addTo(s.tracks);
            s.bounds.extend(line.getBounds());
        },
        focus(id, lat, lon) {
            const s = state(id); if (s) { s.map.setView([lat, lon], Math.max(s.map.getZoom(), 15)); }
        },
        fit(id) {
            const s = state(id);
            if (s && s.bounds.isValid()) { s.map.fitBounds(s.bounds.pad(0.1)); }
        }
    };
})();
