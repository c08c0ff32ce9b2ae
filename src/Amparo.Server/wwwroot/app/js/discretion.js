// Discretion: a neutral name and icon when she asks for it, and a quick exit that leaves a notes page behind.
import { load } from './session.js';

export function applyDiscretion() {
  const neutral = load()?.neutral === true;
  document.title = neutral ? 'Notas' : 'Amparo';
  document.getElementById('manifest').href = neutral ? 'manifest-neutral.webmanifest' : 'manifest.webmanifest';
  document.getElementById('icon').href = neutral ? 'icons/notes-192.png' : 'icons/amparo-192.png';
  document.querySelector('meta[name=theme-color]').content = neutral ? '#5d6d7e' : '#4a235a';
}

/** Clears the screen at once and replaces this page in the history, so "back" does not bring it back. */
export function quickExit() {
  document.getElementById('view').replaceChildren();
  location.replace('neutral.html');
}
