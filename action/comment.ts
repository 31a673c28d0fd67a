// One comment per pull request, found again by its hidden marker and its author, and edited on every push,
// so a busy PR does not fill up with a comment per commit. The author matters: anyone can post a comment
// that starts with the marker, and lisa must neither edit a human's comment nor let one stand in for its own.
import { describeError, type GitHub, statusOf } from './octokit.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentResult =
  | { ok: true; action: 'created' | 'updated'; id: number; url: string }
  | { ok: false; status?: number; detail: string };

interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/** Who the Actions token (GITHUB_TOKEN) writes as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The login the token writes comments as: the `comment-author` input when given; for an installation token
 * (`ghs_…`: GITHUB_TOKEN, or a GitHub App's, which `GET /user` refuses) `github-actions[bot]`; for a
 * personal token, the user `GET /user` names.
 */
export async function commentAuthor(github: GitHub, token: string, configured?: string): Promise<string> {
  if (configured) return configured;
  if (token.startsWith('ghs_')) return ACTIONS_BOT;
  try {
    const { data } = await github.rest.users.getAuthenticated();
    return data.login;
  } catch {
    return ACTIONS_BOT;
  }
}

/** lisa's comment among a PR's comments: it starts with the marker and is written by `author`; the oldest. */
export function findOwnComment(
  comments: readonly IssueComment[],
  marker: string,
  author: string,
): IssueComment | undefined {
  const login = author.toLowerCase();
  // The marker and then a line break: `<!-- lisa:pr-comment -->` must not match another registry's marker.
  return comments.find((c) => c.body?.startsWith(`${marker}\n`) && c.user?.login?.toLowerCase() === login);
}

/** lisa's comment on the PR, if there is one: looked up while the check run is written (reads are not paced). */
export type CommentLookup =
  | { ok: true; existing?: IssueComment }
  | { ok: false; status?: number; detail: string };

export async function lookUpComment(
  github: GitHub,
  target: CommentTarget,
  marker: string,
  author: string | Promise<string>,
): Promise<CommentLookup> {
  const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
  try {
    const login = await author;
    const comments: IssueComment[] = [];
    for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
      ...where,
      per_page: 100,
    })) {
      comments.push(...(page.data as IssueComment[]));
      const existing = findOwnComment(comments, marker, login);
      if (existing) return { ok: true, existing };
    }
    return { ok: true };
  } catch (error) {
    const status = statusOf(error);
    return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
  }
}

/** Edits lisa's comment, or writes it when the lookup found none. */
export async function upsertComment(
  github: GitHub,
  target: CommentTarget,
  body: string,
  lookup: CommentLookup | Promise<CommentLookup>,
): Promise<CommentResult> {
  const found = await lookup;
  if (!found.ok) return found;
  try {
    if (found.existing) {
      const updated = await github.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: found.existing.id,
        body,
      });
      return { ok: true, action: 'updated', id: updated.data.id, url: updated.data.html_url };
    }
    const created = await github.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    });
    return { ok: true, action: 'created', id: created.data.id, url: created.data.html_url };
  } catch (error) {
    const status = statusOf(error);
    return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
  }
}
