import type { incidentDocuments as sv } from '../sv/incident-documents.js';

export const incidentDocuments: Record<keyof typeof sv, string> = {
  'incidentReport.title': 'Incident report {year} – {board}',
  'incidentReport.kind': 'Report on incidents and personal-data breaches',
  'incidentReport.to': 'To',
  'incidentReport.period': 'Period',
  'incidentReport.asOf': 'As of',
  'incidentReport.lead':
    '{total, plural, =0 {No incidents were recorded for {board} in the period.} one {# incident was recorded for {board} in the period, {breaches, plural, =0 {not a personal-data breach} other {a personal-data breach}}. {open, plural, =0 {It is closed.} other {It is still open.}}} other {# incidents were recorded for {board} in the period, {breaches, plural, =0 {none of them a personal-data breach} one {# of them a personal-data breach} other {# of them personal-data breaches}}. {open, plural, =0 {All are closed.} one {# is still open.} other {# are still open.}}}}',
  'incidentReport.carriedOver':
    '{n, plural, one {# incident from an earlier year is still open.} other {# incidents from earlier years are still open.}}',
  'incidentReport.overdueClosure':
    '{n, plural, one {# open incident is past its expected closure.} other {# open incidents are past their expected closure.}}',
  'incidentReport.restrictedNote':
    'Incidents are restricted information. {n, plural, =0 {Every incident in the period may be shown.} one {# incident is counted in the tables but not described in this document.} other {# incidents are counted in the tables but not described in this document.}}',
  'incidentReport.byMonth': 'Incidents by month',
  'incidentReport.byMonthCaption': 'Incidents by month {year}, by date of discovery',
  'incidentReport.month': 'Month',
  'incidentReport.total': 'Total',
  'incidentReport.breachColumn': 'Of which personal-data breaches',
  'incidentReport.typeNote':
    'An incident can affect several aspects and is then counted under each, so the aspects may add up to more than the total.',
  'incidentReport.byType': 'Incidents by type',
  'incidentReport.typeColumn': 'Aspect affected',
  'incidentReport.countColumn': 'Number',
  'incidentReport.type':
    '{type, select, confidentiality {Confidentiality} integrity {Integrity} availability {Availability} other {{type}}}',
  'incidentReport.breaches': 'Personal-data breaches and notification to {authority}',
  'incidentReport.breachesLead':
    'A personal-data breach is notified to {authority} within 72 hours of its discovery, unless it is unlikely to result in a risk to the data subjects (GDPR Art. 33).',
  'incidentReport.noBreaches': 'No personal-data breaches were recorded in the period.',
  'incidentReport.outcomeColumn': 'Outcome',
  'incidentReport.notified': 'Notified to {authority}',
  'incidentReport.band':
    '{band, select, within24 {of which within 24 hours} within72 {of which after 24–72 hours} other {of which later than 72 hours}}',
  'incidentReport.notNotified': 'Not notified, with a documented reason',
  'incidentReport.pending': 'Neither notified nor with a documented reason',
  'incidentReport.informed': 'Data subjects informed (Art. 34)',
  'incidentReport.protectedIdentities': 'Protected identities involved',
  'incidentReport.specialCategories': 'Special categories of data involved',
  'incidentReport.timesCaption': 'Time from discovery to notification, for incidents that may be shown',
  'incidentReport.incidentColumn': 'Incident',
  'incidentReport.discoveredColumn': 'Discovered',
  'incidentReport.notifiedColumn': 'Notified',
  'incidentReport.hoursColumn': 'Hours',
  'incidentReport.hours': '{hours, number} h',
  'incidentReport.late': 'Later than 72 hours',
  'incidentReport.notNotifiedShort': 'Not notified',
  'incidentReport.pendingShort': 'No decision recorded',
  'incidentReport.restrictedBreaches':
    '{n, plural, one {# personal-data breach is restricted and only counted in the summary above.} other {# personal-data breaches are restricted and only counted in the summary above.}}',
  'incidentReport.listed': 'Incidents that may be shown',
  'incidentReport.systemsColumn': 'Systems',
  'incidentReport.statusColumn': 'Status',
  'incidentReport.closedOn': 'Closed {date}',
  'incidentReport.openNow': 'Open',
  'incidentReport.breachMark': 'personal-data breach',
  'incidentReport.followUp': 'Actions and lessons',
  'incidentReport.actionsSummary':
    '{n, plural, =0 {No actions are recorded.} other {{n, plural, one {# action is recorded} other {# actions are recorded}}. Done: {done}. In progress or planned: {open}.}}',
  'incidentReport.actionsOverdue':
    '{n, plural, one {# action is past its date.} other {# actions are past their date.}}',
  'incidentReport.actionColumn': 'Action',
  'incidentReport.ownerColumn': 'Responsible',
  'incidentReport.dueColumn': 'Due',
  'incidentReport.overdue': 'overdue',
  'incidentReport.actionStatus':
    '{status, select, planned {Planned} in_progress {In progress} done {Done} cancelled {Cancelled} other {{status}}}',
  'incidentReport.lessons': 'Lessons',
  'incidentReport.lessonsRestricted':
    '{n, plural, =0 {} one {In addition, # lesson is recorded for restricted incidents.} other {In addition, # lessons are recorded for restricted incidents.}}',
  'incidentReport.noLessons': 'No lessons are recorded for incidents that may be shown.',
  'yearly.incidents.heading': 'Incidents',
  'yearly.incidents.caption': 'Incidents {year}',
  'yearly.incidents.total': 'Incidents recorded',
  'yearly.incidents.breaches': 'of which personal-data breaches',
  'yearly.incidents.within72': 'notified to {authority} within 72 hours',
  'yearly.incidents.late': 'notified later than 72 hours',
  'yearly.incidents.notNotified': 'not notified, with a documented reason',
  'yearly.incidents.pending': 'neither notified nor with a documented reason',
  'yearly.incidents.open': 'Incidents open now',
  'yearly.incidents.overdue': 'of which past their expected closure',
  'yearly.incidents.more':
    '{n, plural, =0 {Incidents are restricted information and only counted here.} other {Incidents are restricted information and only counted here. The incident report gives them by month and type, the time to notification, actions and lessons.}}',
  'yearly.incidents.none': 'The registry keeps no incidents yet (incident/).',
  'yearly.agreements.heading': 'Agreements ending',
  'yearly.agreements.lead':
    '{total, plural, one {Of # agreement} other {Of # agreements}} ({processor, plural, one {# processor agreement} other {# processor agreements}}), {n, plural, =0 {none ends before {horizon}.} one {# ends before {horizon}, is in its notice period or has ended.} other {# end before {horizon}, are in their notice period or have ended.}}',
  'yearly.agreements.counterparty': 'Counterparty',
  'yearly.agreements.typeColumn': 'Type',
  'yearly.agreements.end': 'Ends',
  'yearly.agreements.notice': 'Last day to give notice',
  'yearly.agreements.owner': 'Responsible',
  'yearly.agreements.stateColumn': 'Status',
  'yearly.agreements.state':
    '{state, select, expired {Has ended} notice {In its notice period} other {Ends within a year}}',
  'yearly.agreements.type':
    '{type, select, processor_agreement {Processor agreement} supplier_contract {Supplier contract} joint_controllership {Joint controllership} data_sharing {Data-sharing agreement} other {{type}}}',
  'yearly.agreements.none': 'The registry keeps no agreements yet (agreement/).',
  'yearly.training.heading': 'Training',
  'yearly.training.lead':
    'Staff and elected members are to be trained regularly and participation followed up. The share is of those the training was for who took part or completed it, in the group’s latest training this year.',
  'yearly.training.coverageCaption': 'Training {year} by audience',
  'yearly.training.groupColumn': 'Audience',
  'yearly.training.latestColumn': 'Latest training',
  'yearly.training.shareColumn': 'Share',
  'yearly.training.share': '{share, number}%',
  'yearly.training.notHeld': 'No training recorded this year',
  'yearly.training.nameColumn': 'Training',
  'yearly.training.dateColumn': 'Date',
  'yearly.training.participantsColumn': 'Took part',
  'yearly.training.participants': '{participants, number} of {invited, number}',
  'yearly.training.group':
    '{group, select, staff {Staff} managers {Managers} elected_members {Elected members} crisis_management {Crisis management} specialists {Specialists} other {{group}}}',
  'yearly.training.none': 'The registry keeps no training or exercises yet (training/).',
  'yearly.exercises.heading': 'Exercises',
  'yearly.exercises.lead':
    'The organisation should exercise at least once a year. An exercise’s scenario and lessons show where the organisation is vulnerable; they are not given in this document but are in the registry for those entitled.',
  'yearly.exercises.nameColumn': 'Exercise',
  'yearly.exercises.lessonsColumn': 'Lessons',
  'yearly.exercises.none': 'No exercise has been recorded this year.',
  'processingRegister.agreement':
    'Agreement: {counterparty} ({type}), {end, select, none {until further notice} other {until {end}}}{reference, select, none {} other {, {reference}}}',
  'processingRegister.agreementRestricted': 'Agreement: restricted',
};
