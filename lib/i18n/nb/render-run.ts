import type { renderRun as sv } from '../sv/render-run.js';

export const renderRun: Record<keyof typeof sv, string> = {
  'render.run.noBrowser':
    'Fant verken Chrome eller Chromium, så ingen PDF-filer ble laget (HTML-filene er skrevet). Installer Chromium – på Debian eller Ubuntu: sudo apt-get install chromium – eller angi nettleserens sti i miljøvariabelen CHROME_PATH, f.eks. CHROME_PATH=/usr/bin/google-chrome.',
  'render.run.badVariable':
    '{name} peker på {value}, men der finnes ingen fil. Rett stien (f.eks. /usr/bin/chromium) eller fjern variabelen, så leter lisa selv.',
  'render.run.launchFailed': 'Nettleseren {browser} kunne ikke startes: {detail}. HTML-filene er skrevet.',
  'render.run.pdfFailed': 'PDF for {id} kunne ikke lages: {detail}',
  'render.run.blocked':
    '{id}: malen prøvde å hente {url}; det ble stoppet. Dokumenter får ikke hente noe utenfra – bygg inn bilder som data:-adresser.',
  'render.run.template': '{id} kunne ikke lages: feil i malen {template}: {detail}',
  'render.run.unknownId': 'Det finnes ikke noe dokument «{id}». Dokumentene er: {ids}.',
  'render.run.logoMissing': 'Logoen {logo} i lisa.yaml ble ikke funnet; dokumentene lages uten logo.',
  'render.run.logoRejected':
    'Logoen {logo} brukes ikke: den må være en SVG-, PNG- eller JPEG-fil under 1 MB inne i registermappen.',
  'render.run.logoOutside':
    'Logoen {logo} brukes ikke: den er en lenke eller sti som leder ut av registermappen, og slike filer leses aldri (de kan inneholde hemmeligheter). Legg selve bildefilen i registermappen.',
  'render.run.logoSpecial':
    'Logoen {logo} brukes ikke: den er ingen vanlig fil (en enhet, FIFO eller en fil under /proc). Legg en SVG-, PNG- eller JPEG-fil i registermappen.',
};
