// Runs in the console's page: pans and zooms the live map as an operator would and records every frame's
// interval (requestAnimationFrame), so the figures say how smooth the map stays with thousands of markers.
async (args) => {
    const map = amparoMap.leaflet('live-map');
    const frames = [];
    let last = 0;
    let running = true;
    const tick = t => { if (last) { frames.push(t - last); } last = t; if (running) { requestAnimationFrame(tick); } };
    requestAnimationFrame(tick);
    const settled = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    const once = name => new Promise(r => map.once(name, r));

    await settled();
    const panStart = performance.now();
    for (let i = 0; i < args.pans; i++) {
        const done = once('moveend');
        map.panBy([i % 2 ? -args.panPixels : args.panPixels, i % 4 < 2 ? args.panPixels / 2 : -args.panPixels / 2], { duration: 0.5 });
        await done;
    }
    await settled();
    const panSeconds = (performance.now() - panStart) / 1000;
    const panFrames = frames.splice(0);

    const zooms = [];
    const start = map.getZoom();
    for (let i = 0; i < args.zooms; i++) {
        const t0 = performance.now();
        const done = once('zoomend');
        map.setZoom(map.getZoom() + (i < args.zooms / 2 ? 1 : -1));
        await done;
        await settled();
        zooms.push(performance.now() - t0);
    }
    const zoomFrames = frames.splice(0);
    running = false;
    const heap = performance.memory ? performance.memory.usedJSHeapSize : null;
    return { panFrames, panSeconds, zoomFrames, zooms, startZoom: start, heap };
}
