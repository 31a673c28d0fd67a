import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './helpers/lsp.js';

// The security coordinator edits YAML in VS Code with Red Hat's YAML extension; this drives the same
// language server with the repository's own .vscode/settings.json and checks what the editor would show.
describe('editor help from the schemas (yaml-language-server)', () => {
  const root = path.resolve('.');
  const uri = pathToFileURL(path.join(root, 'registry/system/procapita-test.yaml')).href;
  let lsp: LspClient;

  beforeAll(async () => {
    const settings = JSON.parse(await readFile('.vscode/settings.json', 'utf8')) as {
      'yaml.schemas': Record<string, string | string[]>;
    };
    const schemas = Object.fromEntries(
      Object.entries(settings['yaml.schemas']).map(([schema, glob]) => [
        pathToFileURL(path.join(root, schema)).href,
        glob,
      ]),
    );
    lsp = new LspClient({ schemas, validate: true, hover: true, completion: true });
    await lsp.request('initialize', {
      processId: null,
      rootUri: pathToFileURL(root).href,
      capabilities: { workspace: { configuration: true } },
    });
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', {
      settings: { yaml: { schemas, validate: true, hover: true, completion: true } },
    });
    lsp.notify('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'yaml',
        version: 1,
        text: 'name: Procapita\nboard: son\nhostng: on-premises\nhosting: \nprotection:\n  confidentiality: 3\n',
      },
    });
  });
  afterAll(() => lsp.close());

  it('hovers in Swedish, also through shared definitions', async () => {
    const hoverAt = async (line: number, character: number) =>
      (
        await lsp.request<{ contents: { value: string } } | null>('textDocument/hover', {
          textDocument: { uri },
          position: { line, character },
        })
      )?.contents.value ?? '';
    // The server loads schemas in the background; the first hovers may come before it has them.
    await expect.poll(() => hoverAt(1, 2), { timeout: 10_000 }).toContain('Nämnden som äger systemet');
    expect(await hoverAt(5, 4)).toContain('synnerligen allvarlig skada');
  });

  it('completes allowed values', async () => {
    const completion = await lsp.request<{ items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 9 },
    });
    expect(completion.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['on-premises', 'swedish-cloud', 'eu-cloud', 'third-country-cloud']),
    );
  });

  it('marks unknown and missing fields as you type', async () => {
    await expect
      .poll(() => lsp.diagnostics.get(uri)?.map((d) => d.message) ?? [], { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('owner'), expect.stringContaining('hostng')]));
  });
});

// A Norwegian registry maps the bokmål schemas (schemas/nb/, generated from the same source): the editor's help
// speaks bokmål and cites no Swedish law.
describe('editor help in bokmål for a Norwegian registry', () => {
  const root = path.resolve('.');
  const uri = pathToFileURL(path.join(root, 'examples/fjellvik/system/gerica-test.yaml')).href;
  let lsp: LspClient;

  beforeAll(async () => {
    const settings = JSON.parse(await readFile('.vscode/settings.json', 'utf8')) as {
      'yaml.schemas': Record<string, string | string[]>;
    };
    const schemas = Object.fromEntries(
      Object.entries(settings['yaml.schemas']).map(([schema, glob]) => [
        pathToFileURL(path.join(root, schema)).href,
        glob,
      ]),
    );
    lsp = new LspClient({ schemas, validate: true, hover: true, completion: true });
    await lsp.request('initialize', {
      processId: null,
      rootUri: pathToFileURL(root).href,
      capabilities: { workspace: { configuration: true } },
    });
    lsp.notify('initialized', {});
    lsp.notify('workspace/didChangeConfiguration', {
      settings: { yaml: { schemas, validate: true, hover: true, completion: true } },
    });
    lsp.notify('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'yaml',
        version: 1,
        text: 'name: Gerica\nboard: hovedutvalg-helse-og-omsorg\nhosting: \nprotection:\n  confidentiality: 3\nrestricted: true\n',
      },
    });
  });
  afterAll(() => lsp.close());

  const hoverAt = async (line: number, character: number) =>
    (
      await lsp.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character },
      })
    )?.contents.value ?? '';

  it('hovers in bokmål, also through shared definitions, with no Swedish term', async () => {
    await expect.poll(() => hoverAt(1, 2), { timeout: 10_000 }).toContain('Utvalget for tjenesteområdet');
    const restricted = await hoverAt(5, 3);
    expect(restricted).toContain('Skjermet post');
    const level = await hoverAt(4, 4);
    expect(level).toContain('Nivå på aspektets skala');
    for (const text of [await hoverAt(1, 2), restricted, level, await hoverAt(0, 2)])
      expect(text).not.toMatch(/nämnd|KLASSA|IMY|Begränsad|Begrenset|diarienummer/i);
  });

  it('completes the Norwegian hosting option', async () => {
    const completion = await lsp.request<{ items: { label: string }[] }>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 9 },
    });
    expect(completion.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['norwegian-cloud', 'eu-cloud']),
    );
  });
});
