// Two ways to ask for help: hold the big button (default 2 s, so a pocket press does not fire), or tap the discreet
// strip five times within three seconds when holding a phone up would be noticed.
export function holdToConfirm(button, holdMs, onConfirm) {
  let timer = null;
  const cancel = () => {
    clearTimeout(timer);
    timer = null;
    button.classList.remove('holding');
  };
  button.addEventListener('pointerdown', event => {
    event.preventDefault();
    button.style.setProperty('--hold', `${holdMs}ms`);
    button.classList.add('holding');
    timer = setTimeout(() => { cancel(); onConfirm('Hold'); }, holdMs);
  });
  ['pointerup', 'pointerleave', 'pointercancel'].forEach(e => button.addEventListener(e, cancel));
  button.addEventListener('contextmenu', event => event.preventDefault());
}

export function quickTaps(strip, taps, windowMs, onConfirm) {
  let times = [];
  strip.addEventListener('click', () => {
    const now = Date.now();
    times = [...times.filter(t => now - t < windowMs), now];
    if (times.length >= taps) {
      times = [];
      onConfirm('Taps');
    }
  });
}
