import { describe, expect, it } from 'vitest';
import { at, check, expectAt, ofRule, processing, single } from './fixtures.js';

// TODAY is 2026-11-23.
const withProcessor = processing('Bygglov', 'processors:\n  - name: Sokigo AB\n    country: SE\n');
const pba = (extra = '') =>
  `counterparty: Sokigo AB\ntype: processor-agreement\nstart: 2023-10-16\nprocessing: [bygglov]\n${extra}`;

describe('processor-without-agreement', () => {
  it('warns at the processor when no processor agreement covers the processing', () => {
    const other = 'counterparty: X AB\ntype: supplier-contract\nstart: 2020-01-01\n';
    const r = check({ 'processing/bygglov.yaml': withProcessor, 'agreement/x.yaml': other });
    const f = single(r, 'processor-without-agreement');
    expectAt(f, 'processing/bygglov.yaml', at(withProcessor, 'name: Sokigo AB', 'Sokigo AB'));
    expect(f.message).toBe(
      '"Bygglov" anlitar biträdet Sokigo AB, men inget personuppgiftsbiträdesavtal i agreement/ täcker behandlingen.',
    );
    expect(f.hint).toContain('processing: [bygglov]');
  });

  it('is satisfied by a processor agreement with the counterparty, whatever its case, spacing and notes', () => {
    const r = check({
      'processing/bygglov.yaml': withProcessor.replace('Sokigo AB', 'Sokigo AB (ByggR)'),
      'agreement/sokigo.yaml': pba().replace('Sokigo AB', 'SOKIGO  AB'),
    });
    expect(r.findings).toEqual([]);
  });

  it('is not switched on by lisa init’s example agreement, only by one of the registry’s own', () => {
    const example = `# EXEMPEL skapat av lisa init – ersätt med era egna uppgifter eller ta bort filen.\n${pba().replace('processing: [bygglov]\n', '')}`;
    expect(
      check({ 'processing/bygglov.yaml': withProcessor, 'agreement/exempel.yaml': example }).findings,
    ).toEqual([]);
    // Edited (its mark gone), it is the registry's own.
    const edited = example.replace(/^# EXEMPEL[^\n]*\n/, '');
    const r = check({ 'processing/bygglov.yaml': withProcessor, 'agreement/exempel.yaml': edited });
    expect(ofRule(r, 'processor-without-agreement')).toHaveLength(1);
  });

  it('waits until the registry keeps agreement/ at all', () => {
    expect(check({ 'processing/bygglov.yaml': withProcessor }).findings).toEqual([]);
  });

  it('is not satisfied by a supplier contract, nor by an agreement for another processing', () => {
    const r = check({
      'processing/bygglov.yaml': withProcessor,
      'processing/annat.yaml': processing('Annat'),
      'agreement/a.yaml': pba().replace('processor-agreement', 'supplier-contract'),
      'agreement/b.yaml': pba().replace('[bygglov]', '[annat]'),
    });
    expect(ofRule(r, 'processor-without-agreement')).toHaveLength(1);
  });
});

describe('agreement-processor-not-listed', () => {
  it('warns at the agreement when the processing does not list the counterparty', () => {
    const text = pba();
    const r = check({ 'processing/bygglov.yaml': processing('Bygglov'), 'agreement/sokigo.yaml': text });
    const f = single(r, 'agreement-processor-not-listed');
    expectAt(f, 'agreement/sokigo.yaml', at(text, '[bygglov]', 'bygglov'));
    expect(f.message).toBe(
      'Avtalet med Sokigo AB täcker "Bygglov", men behandlingen anger inte Sokigo AB som biträde.',
    );
  });
});

describe('agreement-expired and agreement-in-notice-period', () => {
  it('warns for an agreement that ended, not for one rolled on by automatic renewal', () => {
    const text = pba('end: 2026-06-30\n');
    const r = check({
      'processing/bygglov.yaml': withProcessor,
      'agreement/a.yaml': text,
      'agreement/b.yaml': pba('end: 2025-12-31\nrenewal: automatic\nrenewalMonths: 12\nnoticePeriod: 3\n'),
    });
    const f = single(r, 'agreement-expired');
    expectAt(f, 'agreement/a.yaml', at(text, 'end: 2026-06-30', '2026-06-30'));
    expect(f.message).toBe('Avtalet med Sokigo AB upphörde 2026-06-30.');
    expect(ofRule(r, 'agreement-in-notice-period')).toEqual([]);
  });

  it('warns inside the notice period, naming the day it began', () => {
    const r = check({
      'processing/bygglov.yaml': withProcessor,
      'agreement/a.yaml': pba('end: 2027-03-31\nnoticePeriod: 6\n'),
      'agreement/b.yaml': pba('end: 2027-12-31\nnoticePeriod: 6\n'),
    });
    const f = single(r, 'agreement-in-notice-period');
    expect(f.file).toBe('registry/agreement/a.yaml');
    expect(f.message).toBe('Avtalet med Sokigo AB upphör 2027-03-31; uppsägningstiden började 2026-09-30.');
  });
});

describe('sub-processor-without-safeguard', () => {
  it('flags a sub-processor outside the EEA with no safeguard, in English too', () => {
    const text = pba(
      'subProcessors:\n  - { name: Azure, country: IE }\n  - { name: Support Inc, country: US }\n  - { name: Backup Ltd, country: GB, safeguard: adequacy-decision }\n  - { name: Drift AS, country: NO }\n',
    );
    const r = check({ 'processing/bygglov.yaml': withProcessor, 'agreement/a.yaml': text }, { locale: 'en' });
    const f = single(r, 'sub-processor-without-safeguard');
    expectAt(f, 'agreement/a.yaml', at(text, 'country: US', 'US'));
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      'The sub-processor Support Inc processes data in US, outside the EEA, with no safeguard given.',
    );
  });
  it('reads lib/transfers.ts: a full adequacy decision covers, a partial one (US) does not', () => {
    const text = pba(
      'subProcessors:\n  - { name: Swiss Hosting, country: CH }\n  - { name: UK Support, country: GB }\n  - { name: Tokyo Ops, country: JP }\n  - { name: Reykjavik DC, country: IS }\n',
    );
    const r = check({ 'processing/bygglov.yaml': withProcessor, 'agreement/a.yaml': text });
    const f = single(r, 'sub-processor-without-safeguard');
    expectAt(f, 'agreement/a.yaml', at(text, 'country: JP', 'JP'));
  });
});
