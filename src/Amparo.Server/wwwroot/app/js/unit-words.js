// The unit mode's words (Spanish; English when the app is set to English).
const words = {
  title: ['Unidad policial', 'Police unit'],
  user: ['Usuario', 'User name'],
  password: ['Contraseña', 'Password'],
  callsign: ['Indicativo de la unidad', 'Unit call sign'],
  sign_in: ['Ingresar', 'Sign in'],
  on_duty: ['En servicio: su posición se envía cada 20 s.', 'On duty: your position is sent every 20 s.'],
  off_duty: ['Fuera de servicio: no se envía su posición.', 'Off duty: your position is not sent.'],
  last: ['Último envío: {0}', 'Last sent: {0}'],
  available: ['Disponible para despacho', 'Available for dispatch'],
  start: ['Iniciar servicio', 'Start duty'],
  end: ['Terminar servicio', 'End duty'],
  no_location: ['Sin permiso de ubicación.', 'No location permission.'],
};

export function t(key, ...args) {
  const english = localStorage.getItem('amparo.lang') === 'en';
  const text = words[key]?.[english ? 1 : 0] ?? key;
  return args.reduce((s, a, i) => s.replace(`{${i}}`, a), text);
}
