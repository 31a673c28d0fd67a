// One comment per pull request, found again by its hidden marker and edited on every push, so a busy PR
// does not fill up with a comment per commit.
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
  user?: { type?: string } | null;
}

/** lisa's comment among a PR's comments: it starts with the marker; of several, a bot's, then the oldest. */
export function findOwnComment(comments: readonly IssueComment[], marker: string): IssueComment | undefined {
  // The marker and then a line break: `<!-- lisa:pr-comment -->` must not match another registry's marker.
  const ours = comments.filter((c) => c.body?.startsWith(`${marker}\n`));
  return ours.find((c) => c.user?.type === 'Bot') ?? ours[0];
}

export async function upsertComment(
  github: GitHub,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<CommentResult> {
  const where = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
  try {
    const comments: IssueComment[] = [];
    for await (const page of github.paginate.iterator(github.rest.issues.listComments, {
      ...where,
      per_page: 100,
    })) {
      comments.push(...(page.data as IssueComment[]));
      if (findOwnComment(comments, marker)?.user?.type === 'Bot') break;
    }
    const existing = findOwnComment(comments, marker);
    if (existing) {
      const updated = await github.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { ok: true, action: 'updated', id: updated.data.id, url: updated.data.html_url };
    }
    const created = await github.rest.issues.createComment({ ...where, body });
    return { ok: true, action: 'created', id: created.data.id, url: created.data.html_url };
  } catch (error) {
    const status = statusOf(error);
    return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
  }
}
