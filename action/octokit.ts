/// <reference path="./bottleneck-light.d.ts" />
import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { VERSION } from '../lib/version.js';

const LisaOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof LisaOctokit>;

/**
 * Writes (POST, PATCH, PUT, DELETE), one at a time. GitHub asks integrations that make "a large number" of
 * writes to wait a second between them and to make requests serially (REST API best practices, secondary
 * rate limits). A run makes two or three (the check run, the comment), so plugin-throttling's default of a
 * second between any two writes only made every PR wait a second for nothing. A token bucket instead: up to
 * three writes go out back to back, and a longer series (the annotation batches of a run with many findings)
 * is held to one a second. Still serial; comment creation keeps the plugin's own three-second spacing.
 */
const WRITES = new Bottleneck.Group({
  maxConcurrent: 1,
  reservoir: 3,
  reservoirIncreaseAmount: 1,
  reservoirIncreaseInterval: 1000,
  reservoirIncreaseMaximum: 3,
});

/**
 * The REST client: GitHub Enterprise Server through `apiUrl`, server errors retried (plugin-retry: 3 times,
 * 1 s, 4 s, 9 s), rate limits waited out twice before giving up (plugin-throttling), writes paced by `WRITES`.
 */
export function createGitHub(token: string, apiUrl: string): GitHub {
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      core.warning(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}; ${retryCount < 2 ? `retrying in ${retryAfter} s` : 'giving up'}.`,
      );
      return retryCount < 2;
    };
  return new LisaOctokit({
    auth: token || undefined,
    baseUrl: apiUrl,
    userAgent: `lisa-action/${VERSION}`,
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary'), write: WRITES },
    log: {
      debug: (m: string) => core.debug(m),
      info: (m: string) => core.debug(m),
      warn: (m: string) => core.info(m),
      error: (m: string) => core.info(m),
    },
  });
}

/** The HTTP status of a failed request, if it was one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A failed request in one line, without headers (they could carry the token). */
export function describeError(error: unknown): string {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return status ? `${status}: ${message}` : (message ?? 'unknown error');
}
