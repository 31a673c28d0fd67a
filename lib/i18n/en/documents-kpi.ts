import type { documentsKpi as sv } from '../sv/documents-kpi.js';

export const documentsKpi: Record<keyof typeof sv, string> = {
  'documents.kpi.kind': 'Quarterly review',
  'documents.kpi.quarter': 'Quarter',
  'documents.kpi.period': 'Period in the charts',
  'documents.kpi.lead':
    '{onTarget} of {total, plural, one {# indicator} other {# indicators}} {onTarget, plural, one {meets} other {meet}} their target for {quarter}.',
  'documents.kpi.belowTarget': '{n, plural, one {# does not.} other {# do not.}}',
  'documents.kpi.missingLatest':
    '{n, plural, one {# has no value for the quarter.} other {# have no value for the quarter.}}',
  'documents.kpi.indicator': 'Indicator',
  'documents.kpi.target': 'Target',
  'documents.kpi.assessment': 'Assessment',
  'documents.kpi.comparedWithPrevious': 'Compared with the previous quarter',
  'documents.kpi.missing': 'missing',
  'documents.kpi.targetMet': 'Target met',
  'documents.kpi.targetNotMet': 'Target not met',
  'documents.kpi.valueMissing': 'Value missing',
  'documents.kpi.better': 'Better ({previous})',
  'documents.kpi.worse': 'Worse ({previous})',
  'documents.kpi.unchanged': 'Unchanged',
  'documents.kpi.missingHeading': 'Missing values',
  'documents.kpi.missingText':
    'These indicators have missing values. Whoever is responsible for the indicator should report them, or explain in a comment why they are missing.',
  'documents.kpi.noneMissing': 'Every indicator has values for the whole period.',
  'documents.kpi.none': 'No indicators are registered.',
  'documents.kpi.restricted':
    '{n, plural, one {# indicator holding restricted information is} other {# indicators holding restricted information are}} not shown in this document.',
  'documents.kpi.definition': 'Definition',
  'documents.kpi.source': 'Source',
  'documents.kpi.chartLines': 'Solid line: result. Dashed line: target {target}.',
  'documents.kpi.chartDotted': 'Dotted line: value missing.',
  'documents.kpi.result': 'Result',
  'documents.kpi.againstTarget': 'Against target',
  'documents.kpi.comment': 'Comment',
  'documents.kpi.notMeasured': 'not measured',
  'documents.kpi.met': 'Met',
  'documents.kpi.notMet': 'Not met',
};
