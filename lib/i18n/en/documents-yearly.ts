import type { documentsYearly as sv } from '../sv/documents-yearly.js';

export const documentsYearly: Record<keyof typeof sv, string> = {
  'documents.yearly.kind': 'Yearly follow-up',
  'documents.yearly.positionAsOf': 'Position as of',
  'documents.yearly.kpisUpTo': 'Indicators up to',
  'documents.yearly.lead':
    'This report gives the position of the systematic information security work of {name}{scoped, select, yes { for {board}} other {}} on {date}. It is drawn from the registers of governing documents, information assets, systems, processing of personal data, indicators and the auditors’ reports.',
  'documents.yearly.inBrief': 'The position in brief',
  'documents.yearly.area': 'Area',
  'documents.yearly.position': 'Position',
  'documents.yearly.documents': 'Governing documents',
  'documents.yearly.documentsDecided': '{decided} of {n} decided',
  'documents.yearly.documentsOverdue': '{n} past their review date',
  'documents.yearly.documentsNotCommunicated': '{n} not communicated since the decision',
  'documents.yearly.classification': 'Information classification',
  'documents.yearly.classified':
    '{classified} of {n, plural, one {# information asset} other {# information assets}} classified',
  'documents.yearly.percent': '{value}%',
  'documents.yearly.reviewsOverdue':
    '{n, plural, one {# classification} other {# classifications}} overdue for review',
  'documents.yearly.protection': 'Protection of systems',
  'documents.yearly.systemsBelow':
    '{below} of {n, plural, one {# system is} other {# systems are}} protected below what their information requires.',
  'documents.yearly.systemsProtected':
    '{n, plural, =0 {No systems are registered.} =2 {Both systems have at least the protection their information requires.} one {The system has at least the protection its information requires.} other {All # systems have at least the protection their information requires.}}',
  'documents.yearly.register': 'Record of processing',
  'documents.yearly.processing': '{n, plural, one {# processing activity} other {# processing activities}}.',
  'documents.yearly.dpiaDone':
    '{done} of {n, plural, one {# activity that needs a DPIA has} other {# activities that need a DPIA have}} one completed.',
  'documents.yearly.noDpiaNeeded': 'No activity needs a DPIA.',
  'documents.yearly.indicators': 'Indicators',
  'documents.yearly.kpisOnTarget': '{onTarget} of {n} indicators meet their target for {quarter}',
  'documents.yearly.kpisMissing': '{n, plural, one {# has} other {# have}} no value for the quarter',
  'documents.yearly.recommendations': 'Auditors’ recommendations',
  'documents.yearly.recommendationsOpen':
    '{n, plural, one {# open recommendation} other {# open recommendations}}',
  'documents.yearly.actionsDone':
    '{done} of {n, plural, one {# planned action} other {# planned actions}} done',
  'documents.yearly.actionsOverdue': '{n} overdue',
  'documents.yearly.cycle': 'Yearly cycle',
  'documents.yearly.documentsIntro':
    'Governing documents are to be decided, known throughout the organisation and reviewed regularly.',
  'documents.yearly.document': 'Document',
  'documents.yearly.type': 'Type',
  'documents.yearly.decision': 'Decision',
  'documents.yearly.communicated': 'Communicated',
  'documents.yearly.notSinceDecision': 'Not since decision',
  'documents.yearly.noDocuments': 'No governing documents are registered.',
  'documents.yearly.classificationIntro':
    'Information is classified by its owner{perBoard, select, yes {, board by board} other {}}. The classification decides what protection the information, and the systems handling it, need, and is reviewed at least once a year.',
  'documents.yearly.board': 'Board',
  'documents.yearly.assets': 'Information assets',
  'documents.yearly.classifiedColumn': 'Classified',
  'documents.yearly.share': 'Share',
  'documents.yearly.reviewsOverdueColumn': 'Reviews overdue',
  'documents.yearly.unclassified': 'Information assets without classification',
  'documents.yearly.allClassified': 'All information assets are classified.',
  'documents.yearly.overdueHeading': 'Classifications overdue for review',
  'documents.yearly.reviewDue': 'Review due',
  'documents.yearly.noneOverdue': 'No classification is past its review date.',
  'documents.yearly.protectionIntro':
    'A system must be protected at least at the level the most sensitive information in it requires, aspect by aspect.',
  'documents.yearly.aspect': 'Aspect',
  'documents.yearly.protectionLevel': 'Protection',
  'documents.yearly.required': 'Required',
  'documents.yearly.requiringInformation': 'Information setting the requirement',
  'documents.yearly.notGiven': 'not given',
  'documents.yearly.allProtected':
    'Every system in operation has at least the protection its information requires.',
  'documents.yearly.restrictedGaps':
    'In addition there {n, plural, one {is # gap} other {are # gaps}} in the protection of systems holding restricted information. They are not listed in this document.',
  'documents.yearly.registerHeading': 'Record of processing and DPIAs',
  'documents.yearly.organisationController':
    '{org} is the controller of every processing activity and keeps one record of them.',
  'documents.yearly.delegated': 'Day-to-day responsibility is delegated to the {role}.',
  'documents.yearly.boardsNotControllers': 'The committees are not controllers.',
  'documents.yearly.boardsControllers':
    'Each board is a controller and keeps its own record of processing activities.',
  'documents.yearly.dpiaWhen':
    'A data protection impact assessment (DPIA) is needed when the processing involves special categories of data, protected identities or at least two of the EDPB criteria.',
  'documents.yearly.activities': 'Activities',
  'documents.yearly.withSensitive': 'With sensitive data',
  'documents.yearly.needDpia': 'Need a DPIA',
  'documents.yearly.completed': 'Completed',
  'documents.yearly.dpias': 'Data protection impact assessments',
  'documents.yearly.grounds': 'Grounds',
  'documents.yearly.notStarted': 'Not started',
  'documents.yearly.missing': 'Missing',
  'documents.yearly.kpisIntro':
    'The indicators are followed up every quarter. {window}; the solid line is the result and the dashed line the target. A quarter without a value is marked with a dotted line.',
  'documents.yearly.figure': 'Figure {n}. {name}.',
  'documents.yearly.figureTarget': 'Target {target} ({direction}).',
  'documents.yearly.figureResult': 'Result {quarter}: {value}.',
  'documents.yearly.figureMissing': 'Value missing for {quarters}.',
  'documents.yearly.openRecommendations': 'Open recommendations',
  'documents.yearly.openActions': 'Open actions',
  'documents.yearly.nextDue': 'Next due',
  'documents.yearly.noOpenRecommendations': 'There are no open recommendations.',
  'documents.yearly.restrictedOpen':
    'In addition there {n, plural, one {is # open recommendation} other {are # open recommendations}} in audits holding restricted information.',
  'documents.yearly.overdueActions': 'Overdue actions',
  'documents.yearly.dueColumn': 'Due',
  'documents.yearly.noOverdueActions': 'No actions are overdue.',
  'documents.yearly.restrictedOverdue':
    'In addition {n, plural, one {# action in audits holding restricted information is} other {# actions in audits holding restricted information are}} overdue.',
  'documents.yearly.cycleIntro': 'The recurring work through the year.',
  'documents.yearly.activity': 'Activity',
  'documents.yearly.months': 'Months',
  'documents.yearly.noCycle': 'No activities are registered in the yearly cycle.',
};
