// The intake map: the parties' addresses, the ordered perimeter around her protected places, and a click to place
// the address being confirmed (or a place chosen from the geocoder's candidates). It draws on the console's map (amparoMap), so it works with no tiles too.
window.amparoIntake = (function () {
    const state = {};
    const colours = { Victim: '#6c3483', Aggressor: '#c0392b' };

    return {
        attach(id, dotnet) {
            const map = amparoMap.leaflet(id);
            if (!map) { return; }
            const layer = L.layerGroup().addTo(map);
            state[id] = { map, layer, pending: null };
            map.on('click', e => dotnet.invokeMethodAsync('Placed', e.latlng.lat, e.latlng.lng));
        },
        show(id, places, perimeter) {
            const s = state[id]; if (!s) { return; }
            s.layer.clearLayers();
            const bounds = L.latLngBounds([]);
            for (const p of places) {
                if (p.latitude === null || p.longitude === null) { continue; }
                const at = [p.latitude, p.longitude];
                L.circleMarker(at, { radius: 8, color: '#fff', weight: 2, fillColor: colours[p.role] || '#333', fillOpacity: p.confirmed ? 1 : 0.4, className: 'intake-' + p.role })
                    .bindTooltip(p.label).addTo(s.layer);
                if (p.protected) {
                    L.circle(at, { radius: perimeter, color: '#1f618d', weight: 2, fillOpacity: 0.08, className: 'intake-perimeter' }).addTo(s.layer);
                    bounds.extend(L.latLng(at).toBounds(perimeter * 2.2));
                } else {
                    bounds.extend(at);
                }
            }
            if (bounds.isValid()) { s.map.fitBounds(bounds, { maxZoom: 16 }); }
            const el = document.getElementById(id);
            if (el) { el.dataset.places = places.filter(p => p.latitude !== null).length; }
        },
        pending(id, lat, lon, pan) {
            const s = state[id]; if (!s) { return; }
            if (s.pending) { s.layer.removeLayer(s.pending); }
            s.pending = lat === null ? null : L.circleMarker([lat, lon], { radius: 11, color: '#d68910', weight: 3, dashArray: '4 3', fill: false, className: 'intake-pending' }).addTo(s.layer);
            // A place chosen from the geocoder's list may be off the map's view: show it.
            if (s.pending && pan) { s.map.setView([lat, lon], Math.max(s.map.getZoom(), 16)); }
            const el = document.getElementById(id);
            if (el) { el.dataset.pending = lat === null ? '' : lat.toFixed(6) + ',' + lon.toFixed(6); }
        }
    };
})();
