// The yearly report (templates/shared/yearly-report.njk); its partials' words are in documents.ts.
export const documentsYearly = {
  'documents.yearly.kind': 'Årlig uppföljning',
  'documents.yearly.positionAsOf': 'Läget per',
  'documents.yearly.kpisUpTo': 'Nyckeltal till och med',
  'documents.yearly.lead':
    'Rapporten redovisar läget i {gen} systematiska informationssäkerhetsarbete{scoped, select, yes { för {board}} other {}} den {date}. Den bygger på registren över styrdokument, informationstillgångar, system, behandlingar av personuppgifter, nyckeltal och revisionens granskningar.',
  'documents.yearly.inBrief': 'Läget i korthet',
  'documents.yearly.area': 'Område',
  'documents.yearly.position': 'Läge',
  'documents.yearly.documents': 'Styrdokument',
  'documents.yearly.documentsDecided': '{decided} av {n} beslutade',
  'documents.yearly.documentsOverdue': '{n} har passerat sitt datum för översyn',
  'documents.yearly.documentsNotCommunicated': '{n} har inte kommunicerats efter beslut',
  'documents.yearly.classification': 'Informationsklassning',
  'documents.yearly.classified':
    '{classified} av {n, plural, one {# informationstillgång är klassad} other {# informationstillgångar är klassade}}',
  'documents.yearly.percent': '{value}\u00a0%',
  'documents.yearly.reviewsOverdue':
    '{n, plural, one {# klassning skulle ha setts över} other {# klassningar skulle ha setts över}}',
  'documents.yearly.protection': 'Skydd av system',
  'documents.yearly.systemsBelow': '{below} av {n} system har lägre skydd än informationen i dem kräver.',
  'documents.yearly.systemsProtected':
    '{n, plural, =0 {Inga system är registrerade.} =2 {Båda systemen har minst det skydd som informationen i dem kräver.} one {Systemet har minst det skydd som informationen i det kräver.} other {Alla # system har minst det skydd som informationen i dem kräver.}}',
  'documents.yearly.register': 'Registerförteckning',
  'documents.yearly.processing': '{n, plural, one {# behandling} other {# behandlingar}} av personuppgifter.',
  'documents.yearly.dpiaDone':
    '{done} av {n, plural, one {# behandling som kräver konsekvensbedömning har en genomförd.} other {# behandlingar som kräver konsekvensbedömning har en genomförd.}}',
  'documents.yearly.noDpiaNeeded': 'Ingen behandling kräver konsekvensbedömning.',
  'documents.yearly.indicators': 'Nyckeltal',
  'documents.yearly.kpisOnTarget': '{onTarget} av {n} nyckeltal når målet för {quarter}',
  'documents.yearly.kpisMissing': '{n} saknar värde för kvartalet',
  'documents.yearly.recommendations': 'Revisionens rekommendationer',
  'documents.yearly.recommendationsOpen':
    '{n, plural, one {# öppen rekommendation} other {# öppna rekommendationer}}',
  'documents.yearly.actionsDone':
    '{done} av {n, plural, one {# planerad åtgärd är klar} other {# planerade åtgärder är klara}}',
  'documents.yearly.actionsOverdue': '{n, plural, one {# är försenad} other {# är försenade}}',
  'documents.yearly.cycle': 'Årshjul',
  'documents.yearly.documentsIntro':
    'Styrdokumenten ska vara beslutade, kända i organisationen och ses över regelbundet.',
  'documents.yearly.document': 'Dokument',
  'documents.yearly.type': 'Typ',
  'documents.yearly.decision': 'Beslut',
  'documents.yearly.communicated': 'Kommunicerat',
  'documents.yearly.notSinceDecision': 'Ej efter beslut',
  'documents.yearly.noDocuments': 'Inga styrdokument är registrerade.',
  'documents.yearly.classificationIntro':
    'Informationen klassas av informationsägaren{perBoard, select, yes { per nämnd} other {}}. Klassningen avgör vilket skydd informationen och systemen som hanterar den behöver, och ses över minst en gång om året.',
  'documents.yearly.board': 'Nämnd',
  'documents.yearly.assets': 'Informationstillgångar',
  'documents.yearly.classifiedColumn': 'Klassade',
  'documents.yearly.share': 'Andel',
  'documents.yearly.reviewsOverdueColumn': 'Försenade översyner',
  'documents.yearly.unclassified': 'Informationstillgångar utan klassning',
  'documents.yearly.allClassified': 'Alla informationstillgångar är klassade.',
  'documents.yearly.overdueHeading': 'Klassningar som skulle ha setts över',
  'documents.yearly.reviewDue': 'Skulle ses över senast',
  'documents.yearly.noneOverdue': 'Inga klassningar har passerat sitt datum för översyn.',
  'documents.yearly.protectionIntro':
    'Ett system ska skyddas minst på den nivå som den mest skyddsvärda informationen i systemet kräver, aspekt för aspekt.',
  'documents.yearly.aspect': 'Aspekt',
  'documents.yearly.protectionLevel': 'Skyddsnivå',
  'documents.yearly.required': 'Krävs',
  'documents.yearly.requiringInformation': 'Information som ställer kravet',
  'documents.yearly.notGiven': 'ej angiven',
  'documents.yearly.allProtected':
    'Alla system som är i drift har minst det skydd som informationen i dem kräver.',
  'documents.yearly.restrictedGaps':
    'Därutöver finns {n, plural, one {# brist} other {# brister}} i skyddet av system med begränsade uppgifter. De redovisas inte i denna handling.',
  'documents.yearly.registerHeading': 'Registerförteckning och konsekvensbedömningar',
  'documents.yearly.organisationController':
    '{org} är personuppgiftsansvarig för alla behandlingar och för en samlad förteckning.',
  'documents.yearly.delegated': 'Det dagliga ansvaret är delegerat till rollen {role}.',
  'documents.yearly.boardsNotControllers': 'Nämnderna är inte personuppgiftsansvariga.',
  'documents.yearly.boardsControllers':
    'Varje nämnd är personuppgiftsansvarig och för en egen förteckning över sina behandlingar av personuppgifter.',
  'documents.yearly.dpiaWhen':
    'En konsekvensbedömning krävs när behandlingen omfattar känsliga personuppgifter, skyddade personuppgifter eller minst två av EDPB:s kriterier.',
  'documents.yearly.activities': 'Behandlingar',
  'documents.yearly.withSensitive': 'Med känsliga uppgifter',
  'documents.yearly.needDpia': 'Kräver konsekvensbedömning',
  'documents.yearly.completed': 'Genomförda',
  'documents.yearly.dpias': 'Konsekvensbedömningar',
  'documents.yearly.grounds': 'Skäl',
  'documents.yearly.notStarted': 'Ej påbörjad',
  'documents.yearly.missing': 'Saknas',
  'documents.yearly.kpisIntro':
    'Nyckeltalen följs upp varje kvartal. {window}; den heldragna linjen är utfallet och den streckade linjen målet. Ett kvartal utan värde markeras med en prickad linje.',
  'documents.yearly.figure': 'Figur {n}. {name}.',
  'documents.yearly.figureTarget': 'Mål {target} ({direction}).',
  'documents.yearly.figureResult': 'Utfall {quarter}: {value}.',
  'documents.yearly.figureMissing': 'Värde saknas för {quarters}.',
  'documents.yearly.openRecommendations': 'Öppna rekommendationer',
  'documents.yearly.openActions': 'Öppna åtgärder',
  'documents.yearly.nextDue': 'Nästa datum',
  'documents.yearly.noOpenRecommendations': 'Det finns inga öppna rekommendationer.',
  'documents.yearly.restrictedOpen':
    'Därutöver finns {n, plural, one {# öppen rekommendation} other {# öppna rekommendationer}} i granskningar med begränsade uppgifter.',
  'documents.yearly.overdueActions': 'Försenade åtgärder',
  'documents.yearly.dueColumn': 'Skulle vara klar',
  'documents.yearly.noOverdueActions': 'Inga åtgärder är försenade.',
  'documents.yearly.restrictedOverdue':
    'Därutöver är {n, plural, one {# åtgärd i granskningar med begränsade uppgifter försenad} other {# åtgärder i granskningar med begränsade uppgifter försenade}}.',
  'documents.yearly.cycleIntro': 'Det återkommande arbetet under året.',
  'documents.yearly.activity': 'Aktivitet',
  'documents.yearly.months': 'Månader',
  'documents.yearly.noCycle': 'Inga aktiviteter är registrerade i årshjulet.',
} as const;
