// Risk analyses, plan actions and management reviews that pass their schemas, for the risk tests.

/** A risk analysis of system `s` with the given scenario lines (YAML, indented under `scenarios:`). */
export function risk(scenarios: string, extra = '', object = 'system: s'): string {
  return `title: Riskanalys S
object:
  ${object}
date: 2026-03-01
participants: [socialchef, sakerhetssamordnare]
scope: Hela systemet.
scenarios:
${scenarios}nextReview: 2027-03-01
${extra}`;
}

/** One scenario, as lines under `scenarios:`. */
export function scenario(id: string, likelihood: number, consequence: number, extra = ''): string {
  const more = extra
    .split('\n')
    .filter(Boolean)
    .map((l) => `    ${l}\n`)
    .join('');
  return `  - id: ${id}
    threat: Obehörig läser akter.
    vulnerability: Behörigheter följs inte upp.
    likelihood: ${likelihood}
    consequence: ${consequence}
${more}`;
}

export function action(source: string, extra = '', status = 'planned', due = '2027-06-30'): string {
  return `title: Inför logguppföljning
source:
${source
  .split('\n')
  .filter(Boolean)
  .map((l) => `  ${l}\n`)
  .join('')}owner: socialchef
due: ${due}
status: ${status}
${extra}`;
}
