import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { VERSION } from '../cli/version.js';

const LisaOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof LisaOctokit>;

/**
 * The REST client: GitHub Enterprise Server through `apiUrl`, server errors retried (plugin-retry: 3 times,
 * 1 s, 4 s, 9 s), rate limits waited out twice before giving up (plugin-throttling, which also spaces writes a
 * second apart as GitHub asks of integrations).
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
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
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
