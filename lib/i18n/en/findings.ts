import type { findings as sv } from '../sv/findings.js';

// Texts of findings in English, typed against the Swedish keys.
export const findings: Record<keyof typeof sv, string> = {
  'rule.processor-without-agreement.description': 'A processor with no processor agreement in agreement/.',
  'rule.processor-without-agreement.message':
    '"{name}" uses the processor {processor}, but no processor agreement in agreement/ covers it.',
  'rule.processor-without-agreement.hint':
    'Add the agreement to agreement/ with type: processor-agreement, counterparty: {processor} and processing: [{id}] (GDPR Art. 28(3)).',
  'rule.agreement-processor-not-listed.description':
    'A processor agreement for a processing activity that does not list the counterparty as processor.',
  'rule.agreement-processor-not-listed.message':
    'The agreement with {counterparty} covers "{name}", but the processing does not list {counterparty} as a processor.',
  'rule.agreement-processor-not-listed.hint':
    'Add {counterparty} under processors in processing/{id}.yaml, or remove the processing activity from the agreement.',
  'rule.agreement-expired.description': 'An agreement past its end date.',
  'rule.agreement-expired.message': 'The agreement with {counterparty} ended on {end}.',
  'rule.agreement-expired.hint':
    'Set the new end date if the agreement was extended, else add a new agreement. If personal data is still processed, there is no valid processor agreement.',
  'rule.agreement-in-notice-period.description':
    'An agreement that runs out and is inside its notice period.',
  'rule.agreement-in-notice-period.message':
    'The agreement with {counterparty} ends on {end}; its notice period began on {notice}.',
  'rule.agreement-in-notice-period.hint':
    'Decide on an extension or a new procurement, and set the new end date once settled.',
  'rule.sub-processor-without-safeguard.description':
    'A sub-processor in a third country without a safeguard.',
  'rule.sub-processor-without-safeguard.message':
    'The sub-processor {name} processes data in {country}, outside the EEA, with no safeguard given.',
  'rule.sub-processor-without-safeguard.hint':
    'Set safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules or derogation (GDPR Art. 44–49) – or require a sub-processor inside the EEA.',
  'rule.action-undated.description': 'A planned action without an owner or a date.',
  'rule.action-undated.message':
    'The action "{action}" has no {missing}. It is shown as the answer gave it and is never reminded.',
  'rule.action-undated.hint':
    'Add owner (a role) and due (YYYY-MM-DD) once they are decided – do not invent them. A period in words can go in period.',
  'finding.audits.words.owner': 'owner',
  'finding.audits.words.due': 'date',
  'finding.audits.words.both': 'owner and date',
  'rule.audit-answer-undated.description': 'An answered audit whose decision has no date.',
  'rule.audit-answer-undated.message':
    'The answer from {board} to "{title}" has no date. The document gets none (never the day it is printed), and its actions cannot be shown as they stood at the decision.',
  'rule.audit-answer-undated.hint': 'Give the decision a date (the answer’s date) or a meetingDate.',
  'rule.action-history-missing.description': 'An action in a decided answer whose status has no date.',
  'rule.action-history-missing.message':
    'The action "{action}" is {status} but has no dated entry in history. The decided answer therefore shows it as planned.',
  'rule.action-history-missing.hint':
    "Add history: ['{'date: YYYY-MM-DD, status: {status}'}'] with the day the status changed.",
  'rule.processing-controller-missing.description':
    'A processing activity with no controller board, where each board is a controller.',
  'rule.processing-controller-missing.message':
    '"{name}" does not say which board is its controller (controller).',
  'rule.processing-controller-missing.hint':
    'Add controller: with the board id from lisa.yaml. (Where the organisation itself is the controller, as a Norwegian kommune: set country: "no" in lisa.yaml.)',
  'rule.controller-not-a-controller.description':
    'A processing activity naming a board as controller where the organisation itself is.',
  'rule.controller-not-a-controller.message':
    '"{name}" names {board} as controller, but here {organisation} is the controller and {board} is not marked as one of its own.',
  'rule.controller-not-a-controller.hint':
    'Remove controller: and the organisation is the controller. If the body is a legal person of its own (a company), set controller: true for it in lisa.yaml.',
  'rule.hosting-country-mismatch.description':
    'The hosting does not match the country the system is hosted in.',
  'rule.hosting-country-mismatch.message': '{system} has hosting: {hosting} but hostingCountry: {country}.',
  'rule.hosting-country-mismatch.hint':
    'Fix whichever is wrong: swedish-cloud means a cloud in Sweden, norwegian-cloud in Norway, eu-cloud in the EU/EEA and third-country-cloud outside the EU/EEA.',
  'finding.identity.kindNames.personnummer': 'a Swedish personal identity number',
  'finding.identity.kindNames.samordningsnummer': 'a Swedish co-ordination number',
  'finding.identity.kindNames.fodselsnummer': 'a Norwegian national identity number',
  'finding.identity.kindNames.d-nummer': 'a Norwegian D number',
  'rule.identity-number.description': 'A personal identity number in a register file.',
  'rule.identity-number.message':
    'This is {kind} (its check digit is valid). Identity numbers must never be in the registry.',
  'rule.identity-number.hint':
    'Remove the number, from comments too. If it was already pushed: rewrite the history and report a personal data breach to the DPO.',
  'rule.breach-notified-late.description':
    'A personal-data breach notified later than 72 hours after discovery without a stated reason.',
  'rule.breach-notified-late.message':
    '"{title}" was notified {hours} hours after discovery, later than 72 hours, and the reason for the delay is missing.',
  'rule.breach-notified-late.hint':
    'Set notification.reason: why the notification was delayed (GDPR Art. 33(1) requires the reasons). Check discovered and notification.at as well.',
  'rule.breach-not-notified.description':
    'A personal-data breach neither notified nor with a documented reason for not notifying.',
  'rule.breach-not-notified.message':
    '"{title}" is a personal-data breach not notified to the supervisory authority, and no reason is given. The 72 hours ended {deadline}.',
  'rule.breach-not-notified.hint':
    "Notify the supervisory authority and set notification: '{'at: …, reference: …'}'. If the breach is unlikely to result in a risk: set consequences with risk: unlikely and the assessment, or notification.reason.",
  'rule.incident-protected-identities-unassessed.description':
    'An incident involving protected identities without a recorded risk assessment.',
  'rule.incident-protected-identities-unassessed.message':
    '"{title}" involves protected identities but has no risk assessment for the data subjects.',
  'rule.incident-protected-identities-unassessed.hint':
    "A disclosed protected identity can put lives at risk. Make and record the assessment at once: consequences: '{'risk: high-risk, assessment: …, date: …'}'.",
  'rule.incident-open-overdue.description': 'An incident still open past its expected closure.',
  'rule.incident-open-overdue.message': '"{title}" was expected to close on {date} but is still open.',
  'rule.incident-open-overdue.hint':
    'Set closed with the date and time once the incident is closed, or a new expectedClosure.',
  'finding.incidents.what.email': 'an e-mail address',
  'finding.incidents.what.phone': 'a phone number',
  'finding.incidents.what.name': "a person's name",
  'rule.incident-personal-details.description':
    "Text in an incident that looks like a person's name or contact details.",
  'rule.incident-personal-details.message':
    'The text in {field} seems to contain {what}. An incident is recorded without personal data.',
  'rule.incident-personal-details.hint':
    'Write roles and categories instead (e.g. a case officer, a guardian). If it is not a person: suppress the warning with a reason.',
  'rule.personal-data-without-processing.description':
    'Personal data with no processing activity in the Art. 30 register.',
  'rule.personal-data-without-processing.message':
    '"{asset}" holds personal data but links to no processing activity in the register of processing.',
  'rule.personal-data-without-processing.hint':
    'Add processing: with the id of the processing activity (or create it in processing/). Every processing of personal data belongs in the Art. 30 register.',
  'finding.privacy.reasons.special': 'special categories of data (Art. 9)',
  'finding.privacy.reasons.criminal': 'criminal-offence data (Art. 10)',
  'finding.privacy.reasons.protected': 'protected identities',
  'finding.privacy.reasons.criteria': '{n} of the EDPB criteria',
  'rule.dpia-missing.description': 'A processing activity that needs a DPIA lacks a completed one.',
  'rule.dpia-missing.message': '"{name}" involves {reasons} but has no completed DPIA (status: {status}).',
  'rule.dpia-missing.hint':
    "Carry out a DPIA (Art. 35) and record dpia: '{'status: done, date: …'}'. {authority} requires one when at least two EDPB criteria apply. If you assessed that none is needed (sensitive data only, no other criterion): set status: not-needed with a reference to the assessment.",
  'rule.third-country-without-safeguard.description': 'A transfer to a third country without a safeguard.',
  'rule.third-country-without-safeguard.message':
    'The transfer to {country} has no safeguard (GDPR Art. 44–49).',
  'rule.third-country-without-safeguard.hint':
    'Set safeguard: adequacy-decision, standard-contractual-clauses, binding-corporate-rules or derogation – or stop the transfer.',
  'rule.third-country-undeclared.description': 'A third-country transfer that is not declared.',
  'rule.third-country-undeclared.message':
    '"{name}" uses {via} in a third country ({country}) but declares no transfer there.',
  'rule.third-country-undeclared.hint': 'Add thirdCountryTransfers with the country and its safeguard.',
  'rule.adequacy-decision-unknown.description':
    'A transfer relying on an adequacy decision that does not exist.',
  'rule.adequacy-decision-unknown.message':
    'The transfer to {country} gives safeguard: adequacy-decision, but the European Commission has no adequacy decision for {country}.',
  'rule.adequacy-decision-unknown.hint':
    'Give the safeguard actually used, e.g. standard-contractual-clauses, with the agreement in reference.',
  'rule.protection-below-classification.description':
    'A system protected below the most sensitive information it handles.',
  'rule.protection-below-classification.message':
    '{system} is protected at level {have} for {aspect} but handles "{asset}", classified {need} ({needLabel}).',
  'rule.protection-below-classification.hint':
    'A system must be protected at least at the level of the most sensitive information it handles. Raise the protection to {need} (and implement the measures) or move the information to a system protected well enough. The classification is in {classification}.',
  'rule.asset-unclassified.description': 'An information asset with no classification.',
  'rule.asset-unclassified.message': '"{asset}" has no information classification.',
  'rule.asset-unclassified.hint':
    'Classify the information with its owner and put the classification in classification/{id}.yaml.',
  'finding.references.targetNames.board': 'the board',
  'finding.references.targetNames.role': 'the role',
  'finding.references.targetNames.system': 'the system',
  'finding.references.targetNames.asset': 'the information asset',
  'finding.references.targetNames.classification': 'the classification',
  'finding.references.targetNames.processing': 'the processing activity',
  'finding.references.targetNames.document': 'the governing document',
  'finding.references.targetNames.kpi': 'the KPI',
  'finding.references.targetNames.cycle': 'the activity',
  'finding.references.targetNames.audit': 'the audit',
  'finding.references.targetNames.faq': 'the guidance entry',
  'finding.references.targetNames.incident': 'the incident',
  'finding.references.targetNames.agreement': 'the agreement',
  'finding.references.targetNames.training': 'the training',
  'finding.references.targetNames.report': 'the yearly report assessment',
  'finding.references.targetNames.risk': 'the risk analysis',
  'finding.references.targetNames.plan': 'the action',
  'finding.references.targetNames.review': 'the management review',
  'finding.references.where.board': 'Boards are listed under boards in lisa.yaml.',
  'finding.references.where.role': 'Roles are listed under roles in lisa.yaml.',
  'finding.references.where.file': 'There is no file {kind}/{id}.yaml.',
  'finding.references.didYouMean': ' Did you mean "{s}"?',
  'rule.dangling-reference.description': 'A reference to something that does not exist.',
  'rule.dangling-reference.message': '{target} "{id}" does not exist.{didYouMean}',
  'rule.dangling-reference.hint': '{where}',
  'rule.unknown-aspect.description': 'An aspect the classification model lacks.',
  'rule.unknown-aspect.message': 'The aspect "{aspect}" is not in the classification model.{didYouMean}',
  'rule.unknown-aspect.hint': 'Aspects: {aspects}.',
  'rule.level-out-of-scale.description': 'A level outside the classification scale.',
  'rule.level-out-of-scale.message': 'Level {level} is not on the scale ({levels}).',
  'rule.level-out-of-scale.hint': 'Use one of the levels of the classification model in lisa.yaml.',
  'rule.report-board-unknown.description':
    'The yearly report assessment has a part for a board that does not exist.',
  'rule.report-board-unknown.message':
    'The board "{board}" under boards is not in lisa.yaml; its assessment and proposals would appear in no report.',
  'rule.report-board-unknown.hint': 'Use the board’s id from boards in lisa.yaml.',
  'rule.report-year-mismatch.description': 'A yearly report assessment is in a file named for another year.',
  'rule.report-year-mismatch.message':
    'The file {id}.yaml is for the year {year}. Name it for the year, so each year has one file.',
  'rule.report-year-mismatch.hint': 'Rename the file to report/{year}.yaml.',
  'rule.classification-review-overdue.description': 'A classification past its review date.',
  'rule.classification-review-overdue.message':
    'The classification of "{asset}" was due for review by {due}.',
  'rule.classification-review-overdue.hint':
    'Review the classification with the information owner and update date and nextReview.',
  'rule.document-review-overdue.description': 'A governing document past its review date.',
  'rule.document-review-overdue.message': '"{title}" was due for review by {due}.',
  'rule.document-review-overdue.hint':
    'Review the document, have it decided again if needed, and move nextReview.',
  'rule.document-not-communicated.description': 'A decided governing document never communicated.',
  'rule.document-not-communicated.message':
    '"{title}" was decided on {decided} but has not been communicated to staff since.',
  'rule.document-not-communicated.hint':
    'Communicate the document (intranet, team meetings, training) and record the date in communicated.',
  'rule.action-overdue.description': 'A planned action past its due date.',
  'rule.action-overdue.message': 'The action "{action}" was due on {due} but is {status}.',
  'rule.action-overdue.hint':
    'Mark the action done (with a date), or set a new due date and explain the delay in the answer to the auditors.',
  'rule.audit-answer-overdue.description': 'An answer to the auditors past its deadline.',
  'rule.audit-answer-overdue.message': 'The answer to "{title}" was due by {due}.',
  'rule.audit-answer-overdue.hint':
    'Decide the answer and set status: answered with the decision, or agree a new date with the auditors.',
  'rule.risk-rating-off-scale.description': 'A likelihood or consequence off the risk model’s scale.',
  'rule.risk-rating-off-scale.message': 'Level {value} is not on the {scale} scale ({levels}).',
  'rule.risk-rating-off-scale.hint': 'Use one of the levels under risk in lisa.yaml (default 1–4).',
  'finding.risk.names.likelihood': 'likelihood',
  'finding.risk.names.consequence': 'consequence',
  'rule.risk-level-mismatch.description': 'A stated risk level that does not match the risk matrix.',
  'rule.risk-level-mismatch.message':
    'Scenario {id} states level {level}, but the risk matrix gives {computed} for likelihood {likelihood} and consequence {consequence}.',
  'rule.risk-level-mismatch.hint': 'Correct level, or remove the field and lisa works it out.',
  'rule.risk-untreated.description': 'A risk above the acceptance level with no treatment decided.',
  'rule.risk-untreated.message':
    'The risk "{threat}" is at level {level}, above the acceptance level {acceptance}, but has no treatment.',
  'rule.risk-untreated.hint':
    'Decide treatment: reduce with actions in plan/, avoid, share, or accept with acceptedBy and acceptedOn.',
  'rule.risk-accepted-without-authority.description':
    'A risk accepted by a role not entitled to accept that level.',
  'rule.risk-accepted-without-authority.message':
    'The risk "{threat}" (level {level}) was accepted by {role}, who may accept up to {upTo}.',
  'rule.risk-accepted-without-authority.hint':
    'Have a role with the mandate accept the risk (risk.mayAccept in lisa.yaml): {allowed}.',
  'rule.risk-residual-not-reassessed.description': 'All actions done but the residual risk not re-assessed.',
  'rule.risk-residual-not-reassessed.message':
    'All actions for the risk "{threat}" are done (the last on {done}), but the residual risk has not been assessed since.',
  'rule.risk-residual-not-reassessed.hint':
    'Re-assess the risk and record residual with likelihood, consequence and assessed.',
  'rule.risk-review-overdue.description': 'A risk analysis past its review date.',
  'rule.risk-review-overdue.message': '"{title}" was due for review by {due}.',
  'rule.risk-review-overdue.hint':
    'Go through the scenarios with the participants and update date and nextReview.',
  'rule.plan-action-overdue.description': 'An action in the plan past its due date.',
  'rule.plan-action-overdue.message': 'The action "{title}" was due {due} but is {status}.',
  'rule.plan-action-overdue.hint':
    'Set status: done with the date in done, or set a new due and say why in history.',
  'rule.plan-source-missing.description': 'An action whose source does not exist.',
  'rule.plan-source-missing.message':
    'The action "{title}" comes from {source} "{ref}", which does not exist.',
  'rule.plan-source-missing.hint':
    'Correct source (kind, ref, item), or set status: cancelled if the source was removed.',
  'rule.protection-gap-unplanned.description':
    'A system protected below its classification with no action in the plan (once the registry keeps a plan).',
  'rule.protection-gap-unplanned.message':
    '{system} is protected below what its classification requires, and the plan has no open action for it.',
  'rule.protection-gap-unplanned.hint':
    "Add an action in plan/ with source: '{'kind: classification, ref: {id}'}', with an owner and a due date.",
  'rule.top-classification-without-analysis.description':
    'Information at the top confidentiality level without its own risk analysis (once the registry keeps risk analyses).',
  'rule.top-classification-without-analysis.message':
    '"{asset}" is classified at the top confidentiality level ({level}) but has no risk analysis of its own.',
  'rule.top-classification-without-analysis.hint':
    "KLASSA handles level 4 with a separate analysis: add a risk analysis in risk/ with object: '{'asset: {id}'}'.",
  'rule.duplicate-id.description': 'Two files with the same id.',
  'rule.duplicate-id.message': 'The id "{id}" is already used by {first}; each entry needs an id of its own.',
  'rule.duplicate-id.hint': 'Rename one of the files (the file name is the entry id) or merge them.',
  'rule.invalid-file-name.description': 'The file name cannot be an id.',
  'rule.invalid-file-name.message': 'The file name "{name}" cannot be used as an id.',
  'rule.invalid-file-name.hint':
    'Rename it using lower-case a–z, digits and hyphens, e.g. {suggestion}.yaml.',
  'rule.unknown-file.description': 'A YAML file outside the register folders.',
  'rule.unknown-file.message': 'The file is not in a register folder and is not read.',
  'rule.unknown-file.hint':
    'Move it into one of system/, asset/, classification/, processing/, document/, kpi/, cycle/, audit/, faq/, report/, risk/, plan/, review/, incident/, agreement/ or training/.',
  'rule.missing-organisation.description': 'lisa.yaml is missing.',
  'rule.missing-organisation.message':
    'The registry has no lisa.yaml with the organisation, its boards and roles.',
  'rule.missing-organisation.hint': 'Copy lisa.yaml from the example registry and adapt it.',
  'rule.duplicate-entry-id.description':
    'The same id twice within a file (boards, recommendations, actions).',
  'rule.duplicate-entry-id.message': 'The id "{id}" is already used by another {what} in this file.',
  'rule.duplicate-entry-id.hint': 'Give each {what} an id of its own; reminders and references rely on it.',
  'finding.structure.what.board': 'board',
  'finding.structure.what.recommendation': 'recommendation',
  'finding.structure.what.action': 'action',
  'rule.suppress-error.description': 'An attempt to silence an error.',
  'rule.suppress-error.message': 'The rule "{rule}" reports errors, and errors cannot be silenced.',
  'rule.suppress-error.hint': 'Fix the error instead and remove the line from suppress.',
  'rule.suppress-unknown-rule.description': 'An unknown rule in suppress.',
  'rule.suppress-unknown-rule.message': 'There is no rule "{rule}".{didYouMean}',
  'rule.suppress-unknown-rule.hint': 'Run "lisa rules" to list every rule.',
  'rule.suppress-unused.description': 'A suppression no longer needed.',
  'rule.suppress-unused.message':
    'The rule "{rule}" reports nothing for this entry; the suppression is not needed.',
  'rule.suppress-unused.hint': 'Remove the line from suppress so the warning shows if the problem returns.',
  'rule.file-too-large.description': 'The file is too large for a register.',
  'rule.file-too-large.message': 'The file is {size}; a register file may be at most {max}.',
  'rule.file-too-large.hint': 'Split the content into several files, one entry per file.',
  'rule.file-binary.description': 'The file is not a text file.',
  'rule.file-binary.message': 'The file contains binary data (NUL characters) and is not a YAML file.',
  'rule.file-binary.hint': 'Remove the file from the registry or replace it with a YAML file.',
  'rule.file-encoding.description': 'The file is not encoded as UTF-8.',
  'rule.file-encoding.message': 'The file is not valid UTF-8 (invalid byte 0x{byte}).',
  'rule.file-encoding.hint':
    'Save the file as UTF-8 (in VS Code: click the encoding in the status bar, "Save with Encoding", UTF-8). It was probably saved as Windows-1252/Latin-1.',
  'rule.yaml-syntax.description': 'The file is not valid YAML.',
  'rule.yaml-syntax.message': 'YAML error: {detail}',
  'rule.yaml-syntax.hint':
    'Check the indentation (two spaces per level), a colon after each key, and quotes around text containing ": " or " #".',
  'finding.parse.yamlDetails.QUOTE': 'the quotation mark is never closed',
  'finding.parse.yamlDetails.FLOW_END': "a [ or '{' is never closed with ] or '}'",
  'finding.parse.yamlDetails.MISSING_CHAR': 'a character is missing here (colon, comma, bracket or space)',
  'finding.parse.yamlDetails.BAD_INDENT': 'the indentation does not match the lines around it',
  'finding.parse.yamlDetails.BLOCK_AS_IMPLICIT_KEY': 'a value contains ": " and is read as a new key',
  'finding.parse.yamlDetails.MULTILINE_IMPLICIT_KEY':
    'a key must fit on one line – is a colon missing, or the indentation wrong?',
  'finding.parse.yamlDetails.MULTIPLE_DOCS':
    'the file holds several documents (---), but a file holds one entry only',
  'finding.parse.yamlDetails.UNEXPECTED_TOKEN': 'unexpected character',
  'finding.parse.yamlDetails.BAD_DQ_ESCAPE':
    'invalid \\ sequence inside double quotes (write \\\\ or use single quotes)',
  'finding.parse.yamlDetails.BAD_SCALAR_START': 'a value cannot start with {char} unless quoted',
  'finding.parse.yamlDetails.UNRESOLVED_ALIAS':
    'the alias *{char} refers to the anchor &{char}, but no such anchor comes before it',
  'finding.parse.yamlDetails.BLOCK_IN_FLOW': "a multi-line list or mapping stands inside [ ] or '{' '}'",
  'rule.yaml-tab.description': 'Tab characters in indentation.',
  'rule.yaml-tab.message': 'The indentation contains a tab; YAML allows only spaces.',
  'rule.yaml-tab.hint':
    'Replace the tab with spaces (two per level). In VS Code: "Convert Indentation to Spaces".',
  'rule.duplicate-key.description': 'The same key twice.',
  'rule.duplicate-key.message':
    'This key already appears earlier in the same mapping; the second value would overwrite the first.',
  'rule.duplicate-key.hint': 'Merge the two values or remove one of them.',
  'rule.yaml-aliases.description': 'Too many YAML aliases.',
  'rule.yaml-aliases.message':
    'The file uses aliases (*name) so often that it would grow without bound when read.',
  'rule.yaml-aliases.hint': 'Write the values out instead of using anchors (&) and aliases (*).',
  'rule.empty-file.description': 'Empty register file.',
  'rule.empty-file.message': 'The file is empty.',
  'rule.empty-file.hint': 'Fill in the entry or delete the file.',
  'rule.file-symlink.description': 'A symbolic link in the registry.',
  'rule.file-symlink.message':
    'The file is a symbolic link; lisa follows no links in the registry and does not read it.',
  'rule.file-symlink.hint':
    'Replace the link with the file itself (git rm the link, copy the file in). A link can point out of the repository, at secrets say.',
  'rule.file-special.description': 'A device, FIFO or socket in the registry.',
  'rule.file-special.message': 'This is not a regular file (a device, FIFO or socket) and is not read.',
  'rule.file-special.hint': 'Remove it from the registry folder.',
  'rule.file-name-encoding.description': 'The file name is not UTF-8.',
  'rule.file-name-encoding.message':
    'The file name is not valid UTF-8 (invalid bytes are shown as \\xNN) and the file is not read as a register.',
  'rule.file-name-encoding.hint':
    'Rename the file (git mv, say) to a name of a–z, 0–9 and hyphens. The name was probably made in Latin-1/Windows-1252.',
  'rule.registry-link.description': 'The registry folder is a link or lies outside the repository.',
  'rule.registry-link.message':
    'The registry folder {dir} is a symbolic link or leads out of the repository; lisa does not follow it and read nothing.',
  'rule.registry-link.hint': 'Keep the registry as a plain folder in the repository, or give its real path.',
  'rule.file-partly-scanned.description': 'A very large file in the registry.',
  'rule.file-partly-scanned.message':
    'The file is {size}; only its first {max} were searched for identity numbers.',
  'rule.file-partly-scanned.hint': 'Keep large files outside the registry folder.',
  'rule.file-too-complex.description': 'The file has too many values or too deep nesting for a register.',
  'rule.file-too-complex.message': 'The file {detail}; lisa reads no further.',
  'rule.file-too-complex.hint':
    'A register file describes one entry, with a few hundred values at most. Split the content, or remove what was generated by mistake.',
  'finding.parse.complexity.nodes': 'has more than {max, number} values (keys, values and list items)',
  'finding.parse.complexity.depth': 'is nested deeper than {max, number} levels',
  'rule.unknown-field.description': 'A field the register does not know.',
  'rule.unknown-field.message': 'Unknown field "{field}".{didYouMean}',
  'rule.unknown-field.hint': 'Fields allowed here: {allowed}.',
  'rule.missing-field.description': 'A required field is missing.',
  'rule.missing-field.message': 'The field "{field}" is missing{condition}.',
  'rule.missing-field.hint': 'Add "{field}:".{about}',
  'rule.wrong-type.description': 'The value has the wrong type.',
  'rule.wrong-type.message': '"{field}" must be {expected}, not {actual}.',
  'rule.wrong-type.hint': '{example}',
  'rule.invalid-value.description': 'The value is not allowed.',
  'rule.invalid-value.message': '"{field}": {problem}.{didYouMean}',
  'rule.invalid-value.hint': '{fix}',
  'rule.invalid-date.description': 'Invalid date.',
  'rule.invalid-date.message': '"{field}": {value} is not a valid date.',
  'rule.invalid-date.hint':
    'Write the date as YYYY-MM-DD and check that the day exists in that month (February has 28 days, 29 in leap years).',
  'finding.schema.typeNames.string': 'text',
  'finding.schema.typeNames.integer': 'a whole number',
  'finding.schema.typeNames.number': 'a number',
  'finding.schema.typeNames.boolean': 'true or false',
  'finding.schema.typeNames.array': 'a list (lines starting with "- ")',
  'finding.schema.typeNames.object': 'a mapping of fields',
  'finding.schema.typeNames.null': 'empty',
  'finding.schema.typeNames.textOrLocalized': 'text, or one text per language (sv:, nb:, en:)',
  'finding.schema.or': ' or ',
  'finding.schema.root': 'the file',
  'finding.schema.typeHints.quote':
    'Put quotes around text containing a colon, comma or #, e.g. name: "System owner, social services".',
  'finding.schema.typeHints.list':
    'Write one line per value, starting with "- ":\n      {key}:\n        - first\n        - second',
  'finding.schema.typeHints.mapping':
    'The whole file must be fields with values (key: value), not a list or a single text. Start from an existing file in the same folder.',
  'finding.schema.typeHints.number': 'Write the number without quotes or unit, e.g. 3.',
  'finding.schema.typeHints.boolean': 'Write true or false, without quotes.',
  'finding.schema.condition': ' (required when {when})',
  'finding.schema.problems.enum': '"{value}" is not an allowed value',
  'finding.schema.problems.id': '"{value}" is not a valid id',
  'finding.schema.problems.pattern': '"{value}" has the wrong form',
  'finding.schema.problems.propertyName': 'the key "{value}" has the wrong form',
  'finding.schema.problems.format': '"{value}" is not a valid {format}',
  'finding.schema.problems.minimum': 'the value {value} is less than {limit}',
  'finding.schema.problems.maximum': 'the value {value} is greater than {limit}',
  'finding.schema.problems.minLength': 'the text is empty',
  'finding.schema.problems.tooShort': 'the text is too short (at least {limit} characters)',
  'finding.schema.problems.minItems': 'the list needs at least {limit} item(s)',
  'finding.schema.problems.minProperties': 'the mapping is empty',
  'finding.schema.problems.uniqueItems': 'the same value appears twice (items {i} and {j})',
  'finding.schema.problems.const': 'the value must be {allowedValue}',
  'finding.schema.fixes.enum': 'Allowed values: {allowed}.',
  'finding.schema.fixes.id':
    'An id uses lower-case letters a–z, digits and hyphens, with no spaces or accented letters (e.g. "social-services").',
  'finding.schema.fixes.pattern': 'Expected pattern: {pattern}.',
  'rule.audit-action-not-in-plan.description':
    'A planned action in an audit answer that is not in the action plan (once the registry keeps one).',
  'rule.audit-action-not-in-plan.message':
    'The action "{action}" ({rec}) is followed up only in the answer, not in the action plan.',
  'rule.audit-action-not-in-plan.hint':
    'Run lisa migrate to see how the actions move to plan/, and lisa migrate --write to move them. The answer’s wording is kept.',
  'rule.board-missing.description':
    'A system or information asset with no board, where each board is a controller.',
  'rule.board-missing.message': '"{name}" does not say which board is responsible (board).',
  'rule.board-missing.hint':
    'Add board: with the board id from lisa.yaml. (Where the organisation itself is responsible, as a Norwegian kommune: set country: "no" in lisa.yaml.)',
};
