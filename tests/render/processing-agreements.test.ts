import { describe, expect, it } from 'vitest';
import { processingCsv } from '../../lib/render/csv.js';
import { createEnvironment, renderTemplate } from '../../lib/render/html.js';
import { buildDocuments, type DocumentModel } from '../../lib/render/model.js';
import { FILES, fixtureRegistry } from './fixture.js';

// The register of processing activities shows each activity's agreements from agreement/.

const PROCESSING = FILES['processing/e-tjanster.yaml'].replace(
  'systems: [office]',
  'systems: [office]\nprocessors:\n  - name: Microsoft Ireland Operations Ltd\n    country: IE',
);

const AGREEMENTS = {
  'processing/e-tjanster.yaml': PROCESSING,
  'agreement/microsoft.yaml': `counterparty: Microsoft Ireland Operations Ltd
type: processor-agreement
board: ks
reference: KS 2023/8
processing: [e-tjanster]
start: 2023-02-01
end: 2026-12-31
`,
  'agreement/hemlig.yaml': `counterparty: Hemlig Leverantör AB
type: supplier-contract
board: ks
processing: [e-tjanster]
start: 2024-01-01
restricted: true
`,
};

function register(locale: 'sv' | 'en' = 'sv') {
  const registry = fixtureRegistry(AGREEMENTS);
  const model = buildDocuments(
    registry,
    { today: '2026-11-23', locale },
    new Set(['processing-register-ks']),
  )[0];
  return model as DocumentModel;
}

describe('agreements in the register of processing activities', () => {
  it('lists each agreement naming the activity with counterparty, type and end, a restricted one unnamed', () => {
    const model = register();
    // biome-ignore lint/suspicious/noExplicitAny: view models are plain data for templates
    const row = (model.context as any).register.controllerRows.find((r: any) => r.id === 'e-tjanster');
    expect(row.agreements).toEqual([
      { restricted: true },
      {
        restricted: false,
        counterparty: 'Microsoft Ireland Operations Ltd',
        type: 'Personuppgiftsbiträdesavtal',
        end: '2026-12-31',
        reference: 'KS 2023/8',
      },
    ]);
    const html = renderTemplate(createEnvironment({ locale: 'sv' }), model.meta.template, model.context);
    expect(html).toContain('Avtal: begränsad uppgift');
    expect(html).not.toContain('Hemlig Leverantör');
    expect(html.replaceAll('\u00ad', '')).toContain(
      'Avtal: Microsoft Ireland Operations Ltd (personuppgiftsbiträdesavtal), till och med 2026-12-31, KS 2023/8',
    );
  });

  it('gives a processor without its own agreement date the one in agreement/, not "avtal saknas"', () => {
    const model = register();
    // biome-ignore lint/suspicious/noExplicitAny: view models are plain data for templates
    const row = (model.context as any).register.controllerRows.find((r: any) => r.id === 'e-tjanster');
    expect(row.processors[0]).toMatchObject({ agreement: '2023-02-01', agreementReference: 'KS 2023/8' });
    const html = renderTemplate(createEnvironment({ locale: 'sv' }), model.meta.template, model.context);
    expect(html).not.toContain('avtal saknas');
    expect(processingCsv(model.csv ?? [], 'sv')).toContain('KS 2023/8');
  });

  it('speaks English', () => {
    const model = register('en');
    const html = renderTemplate(createEnvironment({ locale: 'en' }), model.meta.template, model.context);
    expect(html).toContain('Agreement: restricted');
    expect(html).toMatch(/Agreement: Microsoft Ireland Operations Ltd \(processor agreement\), until 31 Dec/);
  });
});
