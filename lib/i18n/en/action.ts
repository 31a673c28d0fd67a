import type { action as sv } from '../sv/action.js';

export const action: Record<keyof typeof sv, string> = {
  'action.findings':
    'lisa: {errors, plural, one {# error} other {# errors}} and {warnings, plural, one {# warning} other {# warnings}} in {files, plural, one {# file} other {# files}}',
  'action.failErrors':
    'The registry has {errors, plural, one {# error. Fix it (see the annotation on its line)} other {# errors. Fix them (see the annotations on their lines)}} and push again.',
  'action.failWarnings':
    'The registry has {warnings, plural, one {# warning and fail-on is warning. Deal with it or silence it with a reason (suppress).} other {# warnings and fail-on is warning. Deal with them or silence them with a reason (suppress).}}',
  'action.badInput': 'Invalid value for {input}: "{value}". Allowed values: {allowed}.',
  'action.noRegistry':
    'The registry "{dir}" is not in {workspace}. Check the repository out with actions/checkout and name the registry folder in the registry input.',
  'action.internal':
    'lisa hit an internal error: {detail}. Re-run with debug logging (ACTIONS_STEP_DEBUG) and please report it.',
  'action.baseNotGit': 'the workspace is not a git repository.',
  'action.baseNotFound':
    'the base commit {sha} is not in the checkout. Set fetch-depth: 0 in actions/checkout.',
  'action.baseUnknown': 'the event names no base commit.',
  'action.baseFailed': 'the base could not be read ({detail}).',
  'action.cacheInRegistry':
    'cache-dir is inside the registry folder, where every file is read as part of the registry; the cache is not used. Choose a folder outside it, e.g. under runner.temp.',
  'action.baseNoRegistry': 'the base has no registry in {dir}; everything counts as new.',
  'action.checkForbidden':
    'The check run with all {n} annotations could not be created: the token lacks checks: write ({status}). {why} The first annotations are on their lines, and every finding is in this summary and in the log.',
  'action.checkFailed':
    'The check run with all annotations could not be created ({detail}). Every finding is in the summary and in the log.',
  'action.commentForbidden':
    'The pull request comment could not be written: the token lacks pull-requests: write ({status}). {why}',
  'action.commentFailed': 'The pull request comment could not be written ({detail}).',
  'action.whyFork':
    'The pull request comes from a fork, and GitHub gives such workflows a read-only token. That is expected and not a fault of the change.',
  'action.whyPermissions': "Grant it in the workflow's permissions: (see action/README.md).",
  'action.commentCreated': 'Comment created: {url}',
  'action.commentUpdated': 'Comment updated: {url}',
  'action.omitted':
    '{n} more findings ({errors} errors, {warnings} warnings) have no annotation here: GitHub takes 50 per request and lisa makes at most {requests} requests, so {max} annotations, the most severe first. Every finding is in the log and in `lisa validate`.',
  'action.omittedRule': 'Rule',
  'action.omittedCount': 'Findings not annotated',
  'action.omittedMoreFiles': '…and {n, plural, one {# more file} other {# more files}}.',
  'action.checkCreated': 'Check run "{name}" created with {n} annotations: {url}',
  'action.noSummary': 'No job summary (GITHUB_STEP_SUMMARY is not set).',
  'action.notRendering':
    'The {event} event makes no documents (only a push to the default branch or a tag does).',
  'action.renderSkippedErrors': 'The documents were not made because the registry has errors.',
  'action.renderFailed': 'The documents could not be made: {detail}',
  'action.rendered': '{n, plural, one {# document} other {# documents}} written to {dir}',
  'action.releaseUploaded': '{n, plural, one {# PDF} other {# PDFs}} attached to release {tag}: {url}',
  'action.releaseFailed':
    'The PDFs could not be attached to release {tag} ({detail}). Grant the job permissions: contents: write.',
  'action.releaseNoPdf': 'No PDFs to attach to the release.',
  'action.checkTitleClean': 'The registry is in order',
  'action.checkTitle':
    '{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
};
