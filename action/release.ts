// The PDFs of a tagged version attached to that tag's release, so the board's papers for a decision are
// kept with the exact registers they came from.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeError, type GitHub, statusOf } from './octokit.js';

export type ReleaseResult =
  | { ok: true; url: string; uploaded: string[] }
  | { ok: false; status?: number; detail: string };

interface Release {
  id: number;
  html_url: string;
  upload_url: string;
  assets?: { id: number; name: string }[];
}

async function findOrCreateRelease(
  github: GitHub,
  owner: string,
  repo: string,
  tag: string,
): Promise<Release> {
  try {
    return (await github.rest.repos.getReleaseByTag({ owner, repo, tag })).data as Release;
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
  return (await github.rest.repos.createRelease({ owner, repo, tag_name: tag, name: tag })).data as Release;
}

/** Uploads each file as a release asset, replacing an asset of the same name from an earlier run. */
export async function attachToRelease(
  github: GitHub,
  owner: string,
  repo: string,
  tag: string,
  files: readonly string[],
): Promise<ReleaseResult> {
  try {
    const release = await findOrCreateRelease(github, owner, repo, tag);
    const uploaded: string[] = [];
    for (const file of files) {
      const name = path.basename(file);
      const old = release.assets?.find((a) => a.name === name);
      if (old) await github.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: old.id });
      const data = await readFile(file);
      // Uploads go to upload_url (another host on github.com); it is a URI template ending in {?name,label}.
      await github.request({
        method: 'POST',
        url: release.upload_url,
        name,
        data,
        headers: { 'content-type': 'application/pdf', 'content-length': data.byteLength },
      });
      uploaded.push(name);
    }
    return { ok: true, url: release.html_url, uploaded };
  } catch (error) {
    const status = statusOf(error);
    return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
  }
}
