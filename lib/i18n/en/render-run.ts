import type { renderRun as sv } from '../sv/render-run.js';

export const renderRun: Record<keyof typeof sv, string> = {
  'render.run.noBrowser':
    'No Chrome or Chromium was found, so no PDF files were made (the HTML files are written). Install Chromium – on Debian or Ubuntu: sudo apt-get install chromium – or give the browser’s path in the environment variable CHROME_PATH, e.g. CHROME_PATH=/usr/bin/google-chrome.',
  'render.run.badVariable':
    '{name} points to {value}, but there is no file there. Fix the path (e.g. /usr/bin/chromium) or unset it and lisa will look for a browser itself.',
  'render.run.launchFailed':
    'The browser {browser} could not be started: {detail}. The HTML files are written.',
  'render.run.pdfFailed': 'The PDF for {id} could not be made: {detail}',
  'render.run.blocked':
    '{id}: the template tried to fetch {url}; it was blocked. Documents may not fetch anything – embed images as data: URLs.',
  'render.run.template': '{id} could not be made: error in the template {template}: {detail}',
  'render.run.unknownId': 'There is no document "{id}". The documents are: {ids}.',
  'render.run.logoMissing':
    'The logo {logo} named in lisa.yaml was not found; the documents are made without it.',
  'render.run.logoRejected':
    'The logo {logo} is not used: it must be an SVG, PNG or JPEG file under 1 MB inside the registry folder.',
  'render.run.logoOutside':
    'The logo {logo} is not used: it is a link or path leading out of the registry folder, and such files are never read (they may hold secrets). Put the image file itself in the registry folder.',
  'render.run.logoSpecial':
    'The logo {logo} is not used: it is not a regular file (a device, FIFO or a file under /proc). Put an SVG, PNG or JPEG file in the registry folder.',
};
