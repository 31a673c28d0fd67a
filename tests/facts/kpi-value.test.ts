// A KPI value reads the same in the PR comment, the documents and the answers (issue 10: 82.25 % was "82,25 %"
// in the comment and "82,3 %" in the PDF).
import { describe, expect, it } from 'vitest';
import { kpiValue } from '../../lib/answer/intents/kpi.js';
import { diffRegistries } from '../../lib/diff.js';
import { buildDocuments } from '../../lib/render/model.js';
import { validateSources } from '../../lib/validate.js';
import { formatValue } from '../../lib/values.js';
import { BASE, patch } from '../action/fixture.js';
import { sources } from '../helpers/sources.js';

const TODAY = '2026-11-23';

describe('a KPI value', () => {
  it('is written as recorded, up to two decimals, in every language', () => {
    expect(formatValue(82.25, 'percent', 'sv')).toBe('82,25\u00a0%');
    expect(formatValue(82.25, 'percent', 'en')).toBe('82.25%');
    expect(formatValue(4.5, 'days', 'nb')).toBe('4,5\u00a0dager');
    expect(formatValue(3, 'unknown-unit', 'sv')).toBe('3');
  });

  it('reads the same in the PR comment, the KPI review and an answer', () => {
    const base = validateSources('registry', sources(BASE), { today: TODAY }).registry;
    const head = validateSources(
      'registry',
      sources(patch('kpi/utbildade.yaml', '2026-Q3: 78', '2026-Q3: 82.25')),
      { today: TODAY },
    ).registry;
    const diff = diffRegistries(base, head, { today: TODAY });
    const comment = diff.changes.flatMap((c) => c.details.map((d) => d.text)).join('\n');
    expect(comment).toContain('82,25\u00a0%');
    const review = buildDocuments(head, { locale: 'sv', today: TODAY }, new Set(['kpi-review']))[0];
    expect(JSON.stringify(review?.context)).toContain('82,25\u00a0%');
    expect(kpiValue({ locale: 'sv' } as Parameters<typeof kpiValue>[0], 'percent', 82.25)).toBe(
      '82,25\u00a0%',
    );
  });
});
