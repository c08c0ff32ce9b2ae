// The console's map. Zones and positions are vector layers drawn on a plain background, so the map works
// with no tile server at all (offline, in tests); tiles, when configured and reachable, go underneath.
// Parties are clustered (Leaflet.markercluster) so a jurisdiction of thousands of devices stays fluid; each
// kind of thing is a layer the operator can switch off.
window.amparoMap = (function () {
    const maps = {};
    const colours = { aggressor: '#c0392b', victim: '#6c3483', zone: '#1f618d', police: '#1e8449', alarm: '#e74c3c' };
    const switchable = ['aggressors', 'victims', 'zones', 'police', 'alarms'];

    function state(id) { return maps[id]; }

    function noTiles(id) {
        const element = document.getElementById(id);
        if (element && element.parentElement) { element.parentElement.classList.add('no-tiles'); }
    }

    function cluster(id, role) {
        return L.markerClusterGroup({
            chunkedLoading: true,
            animate: false,
            // Bulk adds run in chunks so the page stays responsive; the map says when they are all placed.
            chunkProgress: (processed, total) => {
                const s = state(id);
                if (s && processed >= total) { s.busy.delete(role); publish(id); }
            },
            showCoverageOnHover: false,
            maxClusterRadius: 60,
            iconCreateFunction: c => L.divIcon({
                html: '<span>' + c.getChildCount() + '</span>',
                className: 'cluster cluster-' + role,
                iconSize: L.point(34, 34)
            })
        });
    }

    function publish(id) {
        const s = state(id); const el = document.getElementById(id);
        if (!s || !el) { return; }
        el.dataset['markers'] = Object.keys(s.markers).length;
        el.dataset['alarms'] = Object.keys(s.alarmMarkers).length;
        el.dataset['police'] = Object.keys(s.policeMarkers).length;
        el.dataset['layers'] = switchable.filter(k => s.map.hasLayer(s.layers[k])).join(' ');
        el.dataset['clustering'] = s.busy.size > 0 ? 'busy' : 'done';
    }

    function partyMarker(role, label, lat, lon) {
        return L.circleMarker([lat, lon], { radius: 8, color: '#fff', weight: 2, fillColor: colours[role] || '#333', fillOpacity: 1, className: 'marker-' + role })
            .bindTooltip(label, { permanent: false });
    }

    function place(s, key, role, label, lat, lon) {
        const group = s.layers[role === 'victim' ? 'victims' : 'aggressors'];
        const existing = s.markers[key];
        if (existing) {
            // A clustered marker must leave and rejoin its group to move between clusters.
            group.removeLayer(existing);
            existing.setLatLng([lat, lon]);
            group.addLayer(existing);
            return null;
        }
        const marker = partyMarker(role, label, lat, lon);
        s.markers[key] = marker;
        return marker;
    }

    function drawZones(id, caseId, label, zones) {
        const s = state(id); if (!s) { return; }
        for (const z of zones) {
            if (z.kind === 'Dynamic' || z.centreLatitude === null && !z.polygon) { continue; }
            if (z.polygon) {
                const shape = L.polygon(z.polygon, { color: colours.zone, weight: 2, fillOpacity: 0.12 }).bindTooltip(label + ' · ' + z.name);
                shape.addTo(s.layers.zones); s.bounds.extend(shape.getBounds());
            } else {
                const centre = [z.centreLatitude, z.centreLongitude];
                L.circle(centre, { radius: z.radiusMetres + z.preAlertBandMetres, color: '#d68910', weight: 1, dashArray: '6 6', fill: false }).addTo(s.layers.zones);
                const circle = L.circle(centre, { radius: z.radiusMetres, color: colours.zone, weight: 2, fillOpacity: 0.12 }).bindTooltip(label + ' · ' + z.name);
                circle.addTo(s.layers.zones); s.bounds.extend(circle.getBounds());
            }
        }
    }

    return {
        // The Leaflet map itself, for pages that draw their own layers on it (the case replay).
        leaflet(id) { const s = state(id); return s ? s.map : null; },
        init(id, tileUrl, attribution, labels) {
            if (maps[id]) { maps[id].map.remove(); }
            const map = L.map(id, { preferCanvas: true, zoomControl: true, maxZoom: 19 }).setView([-16.3989, -71.535], 13);
            if (tileUrl) {
                const tiles = L.tileLayer(tileUrl, { maxZoom: 19, attribution: attribution });
                tiles.on('tileerror', () => noTiles(id));
                tiles.addTo(map);
            } else {
                noTiles(id);
            }
            const layers = {
                aggressors: cluster(id, 'aggressor').addTo(map),
                victims: cluster(id, 'victim').addTo(map),
                zones: L.layerGroup().addTo(map),
                police: L.layerGroup().addTo(map),
                alarms: L.layerGroup().addTo(map)
            };
            maps[id] = { map, layers, markers: {}, alarmMarkers: {}, policeMarkers: {}, bounds: L.latLngBounds([]), busy: new Set() };
            if (labels) {
                const overlays = {};
                for (const key of switchable) {
                    if (labels[key]) { overlays['<span data-layer="' + key + '">' + labels[key] + '</span>'] = layers[key]; }
                }
                L.control.layers(null, overlays, { collapsed: false }).addTo(map);
                map.on('overlayadd overlayremove', () => publish(id));
            }
            publish(id);
        },
        zones: drawZones,
        // Every case's zones in one call (the first load of a jurisdiction).
        zoneSets(id, sets) {
            for (const set of sets) { drawZones(id, set.caseId, set.label, set.zones); }
        },
        marker(id, caseId, role, label, lat, lon) {
            const s = state(id); if (!s) { return; }
            const added = place(s, caseId + ':' + role, role, label, lat, lon);
            if (added) { s.layers[role === 'victim' ? 'victims' : 'aggressors'].addLayer(added); }
            s.bounds.extend([lat, lon]);
            publish(id);
        },
        // Many parties at once (the first load of a jurisdiction): one call, one bulk add per cluster group.
        markers(id, items) {
            const s = state(id); if (!s) { return; }
            const fresh = { aggressor: [], victim: [] };
            for (const m of items) {
                const added = place(s, m.caseId + ':' + m.role, m.role, m.label, m.latitude, m.longitude);
                if (added) { fresh[m.role === 'victim' ? 'victim' : 'aggressor'].push(added); }
                s.bounds.extend([m.latitude, m.longitude]);
            }
            for (const role of ['aggressor', 'victim']) {
                if (fresh[role].length > 0) { s.busy.add(role); }
            }
            publish(id);
            s.layers.aggressors.addLayers(fresh.aggressor);
            s.layers.victims.addLayers(fresh.victim);
        },
        alarm(id, alarmId, lat, lon, label, priority) {
            const s = state(id); if (!s) { return; }
            const existing = s.alarmMarkers[alarmId];
            if (existing) { existing.setLatLng([lat, lon]); publish(id); return; }
            s.alarmMarkers[alarmId] = L.circleMarker([lat, lon], { radius: 16, color: colours.alarm, weight: 3, fill: false, className: 'alarm-ring p' + priority })
                .bindTooltip(label).addTo(s.layers.alarms);
            publish(id);
        },
        clearAlarm(id, alarmId) {
            const s = state(id); if (!s) { return; }
            const existing = s.alarmMarkers[alarmId];
            if (existing) { s.layers.alarms.removeLayer(existing); delete s.alarmMarkers[alarmId]; }
            publish(id);
        },
        // A unit as the AVL feed last reported it: free in green, busy in grey; moved in place when it reports again.
        police(id, callSign, lat, lon, available) {
            const s = state(id); if (!s) { return; }
            const fillColor = available ? colours.police : '#7f8c8d';
            const existing = s.policeMarkers[callSign];
            if (existing) {
                existing.setLatLng([lat, lon]);
                existing.setStyle({ fillColor });
                existing.available = available;
                publish(id);
                return;
            }
            const marker = L.circleMarker([lat, lon], { radius: 7, color: '#fff', weight: 2, fillColor, fillOpacity: 1, className: 'marker-police' })
                .bindTooltip(callSign).addTo(s.layers.police);
            marker.available = available;
            s.policeMarkers[callSign] = marker;
            publish(id);
        },
        clearPolice(id, callSign) {
            const s = state(id); if (!s) { return; }
            const existing = s.policeMarkers[callSign];
            if (existing) { s.layers.police.removeLayer(existing); delete s.policeMarkers[callSign]; }
            publish(id);
        },
        // Where the map shows a unit (null when it does not): for the browser tests, and handy in the devtools.
        policeAt(id, callSign) {
            const s = state(id); const m = s && s.policeMarkers[callSign];
            if (!m) { return null; }
            const at = m.getLatLng();
            return { latitude: at.lat, longitude: at.lng, available: m.available };
        },
        focus(id, lat, lon) {
            const s = state(id); if (s) { s.map.setView([lat, lon], Math.max(s.map.getZoom(), 15)); }
        },
        fit(id) {
            const s = state(id);
            if (s && s.bounds.isValid()) { s.map.fitBounds(s.bounds.pad(0.1), { animate: false }); }
        }
    };
})();
