// One tone per alarm class, made with Web Audio (no sound files): a breach never sounds like a device fault.
window.amparoSound = (function () {
    let context = null;
    const patterns = {
        breach: [[880, 0.18], [660, 0.18], [880, 0.18], [660, 0.18]],
        warning: [[740, 0.25], [0, 0.1], [740, 0.25]],
        technical: [[330, 0.4]]
    };
    return {
        enable() {
            try {
                context = context || new (window.AudioContext || window.webkitAudioContext)();
                if (context.state === 'suspended') { context.resume(); }
                return true;
            } catch (e) { return false; }
        },
        play(kind) {
            if (!context) { return; }
            let t = context.currentTime;
            for (const [frequency, seconds] of patterns[kind] || patterns.warning) {
                if (frequency > 0) {
                    const oscillator = context.createOscillator();
                    const gain = context.createGain();
                    oscillator.type = kind === 'breach' ? 'square' : 'sine';
                    oscillator.frequency.value = frequency;
                    gain.gain.value = 0.15;
                    oscillator.connect(gain).connect(context.destination);
                    oscillator.start(t); oscillator.stop(t + seconds);
                }
                t += seconds;
            }
            document.body.dataset['lastSound'] = kind;
        }
    };
})();
