// Where the phone is, as well as the browser can tell, and how much battery it has left.
let last = null;

export function lastKnown() {
  return last;
}

export function current() {
  return new Promise(resolve => {
    if (!('geolocation' in navigator)) return resolve(last);
    navigator.geolocation.getCurrentPosition(
      p => { last = { latitude: p.coords.latitude, longitude: p.coords.longitude, accuracyMetres: p.coords.accuracy }; resolve(last); },
      () => resolve(last),
      { enableHighAccuracy: true, timeout: 8000, maximumAge: 15000 });
  });
}

export async function battery() {
  try {
    const b = await navigator.getBattery?.();
    return b ? Math.round(b.level * 100) : null;
  } catch {
    return null;
  }
}

export function mapLink(place) {
  return place ? `https://maps.google.com/?q=${place.latitude.toFixed(6)},${place.longitude.toFixed(6)}` : '';
}
