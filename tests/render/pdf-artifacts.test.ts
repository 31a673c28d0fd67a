import { beforeAll, describe, expect, it } from 'vitest';
import { hyphenateHtml, hyphenateText, loadHyphenation } from '../../lib/render/hyphenate.js';
import { markArtifacts } from '../../lib/render/pdf-artifacts.js';

describe('markArtifacts', () => {
  it('wraps painting outside marked content and leaves tagged content alone', () => {
    const s = 'q\n/P <</MCID 0 >>BDC\nBT\n<0001> Tj\nET\nEMC\n0 0 10 10 re\nf\nQ\n';
    expect(markArtifacts(s)).toBe(
      'q\n/P <</MCID 0 >>BDC\nBT\n<0001> Tj\nET\nEMC\n/Artifact BMC\n0 0 10 10 re\nf\nEMC\nQ\n',
    );
  });

  it('leaves a clipping path bare and keeps q/Q and marked content nested', () => {
    const s = 'q\n0 0 5 5 re\nW* n\nq\nBT\n(x) Tj\nET\nQ\nQ\n';
    const out = markArtifacts(s);
    expect(out).toBe('q\n0 0 5 5 re\nW* n\nq\n/Artifact BMC\nBT\n(x) Tj\nET\nEMC\nQ\nQ\n');
  });

  it('is not misled by operators inside strings, and changes nothing when all is tagged', () => {
    const s = '/Span <</MCID 1 >>BDC\nBT\n(EMC \\) BDC f) Tj\nET\nEMC\n';
    expect(markArtifacts(s)).toBe(s);
    const bare = 'BT\n(EMC) Tj\nET\n';
    expect(markArtifacts(bare)).toBe('/Artifact BMC\nBT\n(EMC) Tj\nET\nEMC\n');
  });
});

describe('hyphenation', () => {
  beforeAll(async () => {
    await loadHyphenation('sv');
    await loadHyphenation('nb');
  });

  it('puts soft hyphens in long Swedish and Norwegian compounds', () => {
    expect(hyphenateText('dokumenthanteringsplan', 'sv')).toContain('\u00ad');
    expect(hyphenateText('dokumenthanteringsplan', 'sv').replace(/\u00ad/g, '')).toBe(
      'dokumenthanteringsplan',
    );
    expect(hyphenateText('informasjonssikkerhet', 'nb')).toBe('infor\u00admasjons\u00adsikkerhet');
    expect(hyphenateText('kort ord', 'sv')).toBe('kort ord');
  });

  it('leaves addresses, markup, styles, SVG, running text and other languages whole', () => {
    const html =
      '<html><head><title>informationssäkerhet</title><style>.x{font-family:Liberationssansserif}</style></head>' +
      '<body><p>informationssäkerhet</p><table><tr><td title="informationssäkerhet">informationssäkerhet ' +
      'dataskyddsombudet@kommunen.se</td><td lang="en">responsibilities</td></tr></table>' +
      '<svg><text>informationssäkerhet</text></svg></body></html>';
    const out = hyphenateHtml(html, 'sv');
    expect(out).toContain('<td title="informationssäkerhet">infor\u00adma');
    expect(out).toContain('<p>informationssäkerhet</p>');
    expect(out).toContain('dataskyddsombudet@kommunen.se');
    expect(out).toContain('>responsibilities<');
    expect(out).toContain('<text>informationssäkerhet</text>');
    expect(out).toContain('<title>informationssäkerhet</title>');
    expect(out).toContain('Liberationssansserif');
  });
});
