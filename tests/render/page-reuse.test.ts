import { describe, expect, it } from 'vitest';
import { contentPolicy } from '../../lib/io/chromium.js';

// A printed document's page is reused for the next only under the same content security policy (see
// printOne in lib/io/chromium.ts): the policy is the one thing of a document that document.open() keeps.

describe('contentPolicy', () => {
  it("reads the layout's policy from its <meta http-equiv>, in either quoting and either order", () => {
    const policy = "default-src 'none'; img-src data:";
    expect(
      contentPolicy(
        `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head>`,
      ),
    ).toBe(policy);
    expect(contentPolicy("<head><meta content='a b' http-equiv=content-security-policy></head>")).toBe('a b');
  });

  it('finds none in a template without one, nor in the body, so that page starts afresh', () => {
    expect(
      contentPolicy('<html><head><title>x</title><link rel="stylesheet" href="http://x/s.css"></head>'),
    ).toBe(undefined);
    expect(
      contentPolicy(
        '<head><title>x</title></head><body><meta http-equiv="Content-Security-Policy" content="a"></body>',
      ),
    ).toBe(undefined);
  });
});
