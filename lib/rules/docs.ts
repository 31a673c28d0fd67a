// Where each rule is explained: docs/rules/<id>.md in lisa's repository. SARIF's helpUri and `lisa rules`
// link there; the base is this one constant.

/** lisa's source repository. */
export const REPOSITORY_URL = 'https://github.com/lisa-isms/lisa';

/** The folder of rule documents, as a URL on the default branch. */
export const RULE_DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`;

/** The page that explains one rule: what it checks, why, how to fix it, with examples. */
export function ruleDocUrl(id: string): string {
  return `${RULE_DOCS_URL}${encodeURIComponent(id)}.md`;
}
