import { type ControllerRef, controllerRef, ORGANISATION } from '../controller.js';
import { profileOf } from '../country.js';
import { isRestricted, registryTimeZone } from '../derive.js';
import type { Registry } from '../registry.js';
import type { BoardRef, ModelInput } from './common.js';
import { valid } from './common.js';
import { belongsTo, breachOutcome, incidentReportId, incidentReportRecipients } from './incident-report.js';

// The yearly report's section on incidents: the year's figures for the board (or the whole organisation in
// the executive board's report), and which incident report has the rest. Counts only: the incident report
// is where what may be shown is shown.

export function yearlyIncidents(registry: Registry, input: ModelInput, scope?: BoardRef) {
  const { today } = input;
  const year = today.slice(0, 4);
  const zone = registryTimeZone(registry);
  const ref: ControllerRef = scope
    ? { id: scope.id, name: scope.name, organisation: false }
    : controllerRef(registry, ORGANISATION);
  if (registry.entities.incident.size === 0) return { kept: false as const };
  const all = valid(registry, 'incident').filter((x) => belongsTo(registry, x.data, ref));
  const incidents = all.filter(
    (x) => x.data.discovered.slice(0, 4) === year && x.data.discovered.slice(0, 10) <= today,
  );
  const breaches = incidents.filter((x) => x.data.personalDataBreach).map((x) => breachOutcome(x.data, zone));
  const notified = breaches.filter((b) => b.outcome === 'notified');
  const reports = incidentReportRecipients(registry)
    .filter((r) => !scope || r.id === scope.id)
    .map(incidentReportId);
  return {
    kept: true as const,
    authority: profileOf(registry.organisation?.data).names.authority[input.locale],
    total: incidents.length,
    breaches: breaches.length,
    notified: notified.length,
    within72: notified.filter((b) => (b.hours ?? 0) <= 72).length,
    late: notified.filter((b) => (b.hours ?? 0) > 72).length,
    notNotified: breaches.filter((b) => b.outcome === 'not-notified').length,
    pending: breaches.filter((b) => b.outcome === 'pending').length,
    open: all.filter((x) => !x.data.closed && x.data.discovered.slice(0, 10) <= today).length,
    overdueClosure: all.filter(
      (x) => !x.data.closed && x.data.expectedClosure !== undefined && x.data.expectedClosure < today,
    ).length,
    restricted: incidents.filter((x) => isRestricted(registry, x)).length,
    reports,
  };
}
