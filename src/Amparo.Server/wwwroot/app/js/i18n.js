// The app's words in Spanish (default) and English, side by side.
const words = {
  'enrol.title': ['Vincular este teléfono', 'Link this phone'],
  'enrol.help': ['Escriba el código que le dio el centro de monitoreo.', 'Type the code the monitoring centre gave you.'],
  'enrol.code': ['Código', 'Code'],
  'enrol.device': ['Nombre de este teléfono', 'Name of this phone'],
  'enrol.device_default': ['Mi teléfono', 'My phone'],
  'enrol.submit': ['Vincular', 'Link'],
  'enrol.failed': ['No se pudo vincular: {0}', 'Could not link: {0}'],
  'home.hello': ['Hola, {0}', 'Hello, {0}'],
  'panic.hold': ['Mantenga presionado para pedir ayuda', 'Press and hold to ask for help'],
  'panic.button': ['AYUDA', 'HELP'],
  'panic.discreet': ['Toque 5 veces aquí para una alerta discreta', 'Tap here 5 times for a discreet alert'],
  'status.idle': ['Sin alertas activas.', 'No active alert.'],
  'status.sending': ['Enviando su alerta…', 'Sending your alert…'],
  'status.queued': ['Sin conexión: su alerta se enviará apenas haya señal. Si puede, llame o envíe un SMS.', 'No connection: your alert will go as soon as there is signal. If you can, call or text.'],
  'status.received': ['La central recibió su alerta. Su ubicación se envía cada 15 s.', 'The centre received your alert. Your location is sent every 15 s.'],
  'status.attending': ['Una operadora está atendiendo su alerta.', 'An operator is attending your alert.'],
  'status.closed': ['La central cerró la alerta.', 'The centre closed the alert.'],
  'call.centre': ['Llamar a la central', 'Call the centre'],
  'call.emergency': ['Llamar al {0}', 'Call {0}'],
  'call.sms': ['Enviar SMS a la central', 'Text the centre'],
  'sms.body': ['AYUDA. Estoy en peligro. Mi ubicación: {0}', 'HELP. I am in danger. My location: {0}'],
  'tracking.label': ['Modo seguimiento (mi ubicación cada minuto)', 'Tracking mode (my location every minute)'],
  'tracking.last': ['Última ubicación enviada: {0}', 'Last location sent: {0}'],
  'exit': ['Salida rápida', 'Quick exit'],
  'settings': ['Ajustes', 'Settings'],
  'settings.neutral': ['Nombre e ícono discretos («Notas»)', 'Discreet name and icon ("Notes")'],
  'settings.language': ['English', 'Español'],
  'settings.close': ['Volver', 'Back'],
  'location.denied': ['Sin permiso de ubicación: la alerta saldrá sin su posición.', 'No location permission: the alert goes without your position.'],
  'session.revoked': ['Este teléfono fue desvinculado. Pida un código nuevo al centro.', 'This phone was unlinked. Ask the centre for a new code.'],
};

export function language() {
  return localStorage.getItem('amparo.lang') === 'en' ? 'en' : 'es';
}

export function setLanguage(lang) {
  localStorage.setItem('amparo.lang', lang === 'en' ? 'en' : 'es');
  document.documentElement.lang = language();
}

export function t(key, ...args) {
  const pair = words[key];
  const text = pair ? pair[language() === 'en' ? 1 : 0] : key;
  return args.reduce((s, a, i) => s.replace(`{${i}}`, a), text);
}
