// The violence map: grid cells drawn on the console's map (amparoMap), darker the more events; only cells, never points.
window.amparoViolenceMap = (function () {
    const layers = {};

    return {
        show(id, cells, labels) {
            const map = amparoMap.leaflet(id);
            if (!map) { return; }
            if (layers[id]) { layers[id].remove(); }
            const layer = L.layerGroup().addTo(map);
            layers[id] = layer;
            const max = cells.reduce((m, c) => Math.max(m, c.total), 0);
            const bounds = L.latLngBounds([]);
            for (const c of cells) {
                const box = [[c.south, c.west], [c.north, c.east]];
                const share = max === 0 ? 0 : c.total / max;
                const kinds = Object.entries(c.counts).map(([k, n]) => `${labels[k] || k}: ${n}`).join('<br>');
                L.rectangle(box, { color: '#922b21', weight: 1, fillColor: '#c0392b', fillOpacity: 0.15 + (0.6 * share), className: 'violence-cell' })
                    .bindTooltip(`<strong>${c.total}</strong><br>${kinds}`).addTo(layer);
                bounds.extend(box);
            }
            if (bounds.isValid()) { map.fitBounds(bounds.pad(0.3), { maxZoom: 15 }); }
            const el = document.getElementById(id);
            if (el) { el.dataset.cells = cells.length; }
        }
    };
})();
