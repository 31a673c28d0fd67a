// What lisa render says about the run (lib/render/index.ts): browser, PDF, templates, logo.
// Swedish defines the keys; nb/ and en/ are typed against them. ICU syntax.
export const renderRun = {
  'render.run.noBrowser':
    'Ingen Chrome eller Chromium hittades, så inga PDF-filer skapades (HTML-filerna är skrivna). Installera Chromium – på Debian eller Ubuntu: sudo apt-get install chromium – eller ange webbläsarens sökväg i miljövariabeln CHROME_PATH, t.ex. CHROME_PATH=/usr/bin/google-chrome.',
  'render.run.badVariable':
    '{name} pekar på {value}, men där finns ingen fil. Rätta sökvägen (t.ex. /usr/bin/chromium) eller ta bort variabeln så letar lisa själv.',
  'render.run.launchFailed': 'Webbläsaren {browser} gick inte att starta: {detail}. HTML-filerna är skrivna.',
  'render.run.pdfFailed': 'PDF för {id} kunde inte skapas: {detail}',
  'render.run.blocked':
    '{id}: mallen försökte hämta {url}; det stoppades. Dokument får inte hämta något utifrån – bädda in bilder som data:-adresser.',
  'render.run.template': '{id} kunde inte skapas: fel i mallen {template}: {detail}',
  'render.run.unknownId': 'Det finns inget dokument "{id}". Dokumenten är: {ids}.',
  'render.run.logoMissing': 'Logotypen {logo} i lisa.yaml hittades inte; dokumenten skapas utan logotyp.',
  'render.run.logoRejected':
    'Logotypen {logo} används inte: den måste vara en SVG-, PNG- eller JPEG-fil under 1 MB inne i registermappen.',
  'render.run.logoOutside':
    'Logotypen {logo} används inte: den är en länk eller sökväg som leder ut ur registermappen, och sådana filer läses aldrig (de kan innehålla hemligheter). Lägg själva bildfilen i registermappen.',
  'render.run.logoSpecial':
    'Logotypen {logo} används inte: den är ingen vanlig fil (en enhet, FIFO eller en fil under /proc). Lägg en SVG-, PNG- eller JPEG-fil i registermappen.',
} as const;
