// One tone per alarm class, made with Web Audio (no sound files): a breach never sounds like a device fault.
// A desk may mute warnings and technical alarms (kept in this browser); breaches always sound.
// Every tone played is logged on the page (body data-last-sound, window.amparoSound.played) for the record and tests.
window.amparoSound = (function () {
    let context = null;
    const played = [];
    const patterns = {
        breach: [[880, 0.18], [660, 0.18], [880, 0.18], [660, 0.18]],
        warning: [[740, 0.25], [0, 0.1], [740, 0.25]],
        technical: [[330, 0.4]]
    };
    const mutable = ['warning', 'technical'];
    const key = kind => 'amparo.mute.' + kind;

    function isMuted(kind) {
        return mutable.includes(kind) && window.localStorage.getItem(key(kind)) === '1';
    }

    return {
        played,
        enable() {
            try {
                context = context || new (window.AudioContext || window.webkitAudioContext)();
                if (context.state === 'suspended') { context.resume(); }
                return true;
            } catch (e) { return false; }
        },
        muted() {
            return { warning: isMuted('warning'), technical: isMuted('technical') };
        },
        setMuted(kind, muted) {
            if (!mutable.includes(kind)) { return false; }
            if (muted) { window.localStorage.setItem(key(kind), '1'); } else { window.localStorage.removeItem(key(kind)); }
            return true;
        },
        play(kind) {
            if (!patterns[kind] || isMuted(kind)) { return false; }
            played.push(kind);
            document.body.dataset['lastSound'] = kind;
            document.body.dataset['soundsPlayed'] = played.length;
            if (!context) { return true; }
            let t = context.currentTime;
            for (const [frequency, seconds] of patterns[kind]) {
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
            return true;
        }
    };
})();
