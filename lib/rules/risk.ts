import { classificationsInForce, requiredProtectionBySystem } from '../derive.js';
import type { RiskAnalysis } from '../kinds.js';
import { levelsOf } from '../model.js';
import { actionsBySource, dueEnd, isOpen } from '../plan.js';
import type { Entity, Registry } from '../registry.js';
import { type RiskModel, riskLevel, riskModel } from '../risk-model.js';
import { type Rule, valid } from './context.js';

// Rules on risk analyses and the action plan: what auditors check first (seed 002) — were risks analysed,
// did measures follow, were they followed up.

type Scenario = RiskAnalysis['scenarios'][number];

const models = new WeakMap<Registry, RiskModel>();
function modelOf(registry: Registry): RiskModel {
  let m = models.get(registry);
  if (!m) {
    m = riskModel(registry.organisation?.data);
    models.set(registry, m);
  }
  return m;
}

/** The level a scenario stands at now: the residual once assessed, else the level before treatment. */
function currentLevel(model: RiskModel, s: Scenario): number | undefined {
  return s.residual
    ? riskLevel(model, s.residual.likelihood, s.residual.consequence)
    : riskLevel(model, s.likelihood, s.consequence);
}

function* scenarios(registry: Registry): Generator<[Entity<'risk'>, Scenario, number]> {
  for (const r of valid(registry, 'risk'))
    for (let i = 0; i < r.data.scenarios.length; i++) yield [r, r.data.scenarios[i] as Scenario, i];
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77).trimEnd()}…` : text;
}

export const riskRatingOffScale: Rule = {
  id: 'risk-rating-off-scale',
  severity: 'error',
  description: {
    sv: 'Sannolikhet eller konsekvens utanför riskmodellens skala.',
    nb: 'Sannsynlighet eller konsekvens utenfor risikomodellens skala.',
    en: 'A likelihood or consequence off the risk model’s scale.',
  },
  message: {
    sv: 'Nivån {value} finns inte på skalan för {scale} ({levels}).',
    nb: 'Nivået {value} finnes ikke på skalaen for {scale} ({levels}).',
    en: 'Level {value} is not on the {scale} scale ({levels}).',
  },
  hint: {
    sv: 'Använd en av nivåerna under risk i lisa.yaml (standard 1–4).',
    nb: 'Bruk et av nivåene under risk i lisa.yaml (standard 1–4).',
    en: 'Use one of the levels under risk in lisa.yaml (default 1–4).',
  },
  check(ctx) {
    const model = modelOf(ctx.registry);
    const names = {
      likelihood: { sv: 'sannolikhet', nb: 'sannsynlighet', en: 'likelihood' },
      consequence: { sv: 'konsekvens', nb: 'konsekvens', en: 'consequence' },
    } as const;
    for (const [r, s, i] of scenarios(ctx.registry)) {
      const rated: [('scenarios' | number | string)[], 'likelihood' | 'consequence', number][] = [
        [['scenarios', i, 'likelihood'], 'likelihood', s.likelihood],
        [['scenarios', i, 'consequence'], 'consequence', s.consequence],
      ];
      if (s.residual) {
        rated.push([['scenarios', i, 'residual', 'likelihood'], 'likelihood', s.residual.likelihood]);
        rated.push([['scenarios', i, 'residual', 'consequence'], 'consequence', s.residual.consequence]);
      }
      for (const [path, scale, value] of rated) {
        const steps = model[scale];
        if (steps.some((x) => x.level === value)) continue;
        ctx.report(
          this,
          { entity: r, path },
          { value, scale: names[scale][ctx.locale], levels: steps.map((x) => x.level).join(', ') },
        );
      }
    }
  },
};

export const riskLevelMismatch: Rule = {
  id: 'risk-level-mismatch',
  severity: 'warning',
  description: {
    sv: 'Angiven risknivå som inte stämmer med riskmatrisen.',
    nb: 'Oppgitt risikonivå som ikke stemmer med risikomatrisen.',
    en: 'A stated risk level that does not match the risk matrix.',
  },
  message: {
    sv: 'Scenario {id} anger nivå {level}, men riskmatrisen ger {computed} för sannolikhet {likelihood} och konsekvens {consequence}.',
    nb: 'Scenario {id} oppgir nivå {level}, men risikomatrisen gir {computed} for sannsynlighet {likelihood} og konsekvens {consequence}.',
    en: 'Scenario {id} states level {level}, but the risk matrix gives {computed} for likelihood {likelihood} and consequence {consequence}.',
  },
  hint: {
    sv: 'Rätta level, eller ta bort fältet så räknar lisa ut nivån.',
    nb: 'Rett level, eller fjern feltet så regner lisa ut nivået.',
    en: 'Correct level, or remove the field and lisa works it out.',
  },
  check(ctx) {
    const model = modelOf(ctx.registry);
    for (const [r, s, i] of scenarios(ctx.registry)) {
      const computed = riskLevel(model, s.likelihood, s.consequence);
      if (s.level === undefined || computed === undefined || computed === s.level) continue;
      ctx.report(
        this,
        { entity: r, path: ['scenarios', i, 'level'] },
        { id: s.id, level: s.level, computed, likelihood: s.likelihood, consequence: s.consequence },
      );
    }
  },
};

export const riskUntreated: Rule = {
  id: 'risk-untreated',
  severity: 'warning',
  description: {
    sv: 'Risk över acceptansnivån utan beslutad hantering.',
    nb: 'Risiko over akseptansnivået uten besluttet håndtering.',
    en: 'A risk above the acceptance level with no treatment decided.',
  },
  message: {
    sv: 'Risken "{threat}" har nivå {level}, över acceptansnivån {acceptance}, men ingen hantering.',
    nb: 'Risikoen «{threat}» har nivå {level}, over akseptansnivået {acceptance}, men ingen håndtering.',
    en: 'The risk "{threat}" is at level {level}, above the acceptance level {acceptance}, but has no treatment.',
  },
  hint: {
    sv: 'Besluta treatment: reduce med åtgärder i plan/, avoid, share, eller accept med acceptedBy och acceptedOn.',
    nb: 'Bestem treatment: reduce med tiltak i plan/, avoid, share, eller accept med acceptedBy og acceptedOn.',
    en: 'Decide treatment: reduce with actions in plan/, avoid, share, or accept with acceptedBy and acceptedOn.',
  },
  check(ctx) {
    const model = modelOf(ctx.registry);
    for (const [r, s, i] of scenarios(ctx.registry)) {
      if (s.treatment) continue;
      const level = riskLevel(model, s.likelihood, s.consequence);
      if (level === undefined || level <= model.acceptance) continue;
      ctx.report(
        this,
        { entity: r, path: ['scenarios', i, 'id'] },
        { threat: short(s.threat), level, acceptance: model.acceptance },
      );
    }
  },
};

export const riskAcceptedWithoutAuthority: Rule = {
  id: 'risk-accepted-without-authority',
  severity: 'warning',
  description: {
    sv: 'Risk accepterad av en roll som inte får acceptera den nivån.',
    nb: 'Risiko akseptert av en rolle som ikke kan akseptere det nivået.',
    en: 'A risk accepted by a role not entitled to accept that level.',
  },
  message: {
    sv: 'Risken "{threat}" (nivå {level}) är accepterad av {role}, som får acceptera upp till {upTo}.',
    nb: 'Risikoen «{threat}» (nivå {level}) er akseptert av {role}, som kan akseptere opp til {upTo}.',
    en: 'The risk "{threat}" (level {level}) was accepted by {role}, who may accept up to {upTo}.',
  },
  hint: {
    sv: 'Låt en roll med rätt mandat acceptera risken (risk.mayAccept i lisa.yaml): {allowed}.',
    nb: 'La en rolle med riktig mandat akseptere risikoen (risk.mayAccept i lisa.yaml): {allowed}.',
    en: 'Have a role with the mandate accept the risk (risk.mayAccept in lisa.yaml): {allowed}.',
  },
  check(ctx) {
    const model = modelOf(ctx.registry);
    if (!model.mayAccept) return;
    for (const [r, s, i] of scenarios(ctx.registry)) {
      if (s.treatment !== 'accept' || !s.acceptedBy) continue;
      const level = currentLevel(model, s);
      if (level === undefined) continue;
      const upTo = Math.max(0, ...model.mayAccept.filter((m) => m.role === s.acceptedBy).map((m) => m.upTo));
      if (level <= upTo) continue;
      const allowed = model.mayAccept.filter((m) => m.upTo >= level).map((m) => m.role);
      ctx.report(
        this,
        { entity: r, path: ['scenarios', i, 'acceptedBy'] },
        { threat: short(s.threat), level, role: s.acceptedBy, upTo, allowed: allowed.join(', ') || '–' },
      );
    }
  },
};

export const riskResidualNotReassessed: Rule = {
  id: 'risk-residual-not-reassessed',
  severity: 'warning',
  description: {
    sv: 'Alla åtgärder klara men kvarvarande risk inte bedömd på nytt.',
    nb: 'Alle tiltak ferdige, men gjenværende risiko ikke vurdert på nytt.',
    en: 'All actions done but the residual risk not re-assessed.',
  },
  message: {
    sv: 'Alla åtgärder för risken "{threat}" är klara (senast {done}), men den kvarvarande risken är inte bedömd efter det.',
    nb: 'Alle tiltak for risikoen «{threat}» er ferdige (senest {done}), men gjenværende risiko er ikke vurdert etter det.',
    en: 'All actions for the risk "{threat}" are done (the last on {done}), but the residual risk has not been assessed since.',
  },
  hint: {
    sv: 'Bedöm risken på nytt och ange residual med likelihood, consequence och assessed.',
    nb: 'Vurder risikoen på nytt og angi residual med likelihood, consequence og assessed.',
    en: 'Re-assess the risk and record residual with likelihood, consequence and assessed.',
  },
  check(ctx) {
    const plan = ctx.registry.entities.plan;
    for (const [r, s, i] of scenarios(ctx.registry)) {
      if (s.treatment !== 'reduce' || !s.actions?.length) continue;
      const actions = s.actions.map((id) => plan.get(id));
      if (actions.some((a) => !a?.valid || a.data.status !== 'done')) continue;
      const done = actions.map((a) => a?.data.done ?? '').reduce((x, y) => (x > y ? x : y), '');
      if (s.residual && (s.residual.assessed ?? r.data.date) >= done) continue;
      ctx.report(
        this,
        { entity: r, path: s.residual ? ['scenarios', i, 'residual'] : ['scenarios', i, 'actions'] },
        { threat: short(s.threat), done },
      );
    }
  },
};

export const riskReviewOverdue: Rule = {
  id: 'risk-review-overdue',
  severity: 'warning',
  description: {
    sv: 'Riskanalys som inte setts över i tid.',
    nb: 'Risikoanalyse som ikke er gjennomgått i tide.',
    en: 'A risk analysis past its review date.',
  },
  message: {
    sv: '"{title}" skulle ha setts över senast {due}.',
    nb: '«{title}» skulle vært gjennomgått senest {due}.',
    en: '"{title}" was due for review by {due}.',
  },
  hint: {
    sv: 'Gå igenom scenarierna med deltagarna, uppdatera date och nextReview.',
    nb: 'Gå gjennom scenarioene med deltakerne, oppdater date og nextReview.',
    en: 'Go through the scenarios with the participants and update date and nextReview.',
  },
  check(ctx) {
    for (const r of valid(ctx.registry, 'risk')) {
      if (r.data.nextReview >= ctx.today) continue;
      ctx.report(this, { entity: r, path: ['nextReview'] }, { title: r.data.title, due: r.data.nextReview });
    }
  },
};

export const planActionOverdue: Rule = {
  id: 'plan-action-overdue',
  severity: 'warning',
  description: {
    sv: 'Åtgärd i handlingsplanen som passerat sitt datum.',
    nb: 'Tiltak i tiltaksplanen som har passert fristen.',
    en: 'An action in the plan past its due date.',
  },
  message: {
    sv: 'Åtgärden "{title}" skulle vara klar {due} men har status {status}.',
    nb: 'Tiltaket «{title}» skulle vært ferdig {due}, men har status {status}.',
    en: 'The action "{title}" was due {due} but is {status}.',
  },
  hint: {
    sv: 'Sätt status: done med datum i done, eller ange ett nytt due och skriv varför i history.',
    nb: 'Sett status: done med dato i done, eller angi ny due og skriv hvorfor i history.',
    en: 'Set status: done with the date in done, or set a new due and say why in history.',
  },
  check(ctx) {
    for (const a of valid(ctx.registry, 'plan')) {
      const end = dueEnd(a.data.due);
      if (!isOpen(a) || !end || end >= ctx.today) continue;
      ctx.report(
        this,
        { entity: a, path: ['due'] },
        { title: short(a.data.title), due: a.data.due, status: a.data.status },
      );
    }
  },
};

const SOURCE_NAMES = {
  audit: { sv: 'granskningen', nb: 'revisjonen', en: 'the audit' },
  risk: { sv: 'riskanalysen', nb: 'ROS-analysen', en: 'the risk analysis' },
  classification: { sv: 'systemet', nb: 'systemet', en: 'the system' },
  review: { sv: 'ledningens genomgång', nb: 'ledelsens gjennomgang', en: 'the management review' },
} as const;

/** The ids of the parts of a source an action can name in `item`. */
function itemsOf(entity: Entity): string[] {
  const d = entity.data as { recommendations?: { id: string }[]; scenarios?: { id: string }[] } & {
    decisions?: { id?: string }[];
  };
  return [...(d.recommendations ?? []), ...(d.scenarios ?? []), ...(d.decisions ?? [])]
    .map((x) => x.id)
    .filter((id): id is string => typeof id === 'string');
}

export const planSourceMissing: Rule = {
  id: 'plan-source-missing',
  severity: 'error',
  description: {
    sv: 'Åtgärd vars källa inte finns.',
    nb: 'Tiltak der kilden ikke finnes.',
    en: 'An action whose source does not exist.',
  },
  message: {
    sv: 'Åtgärden "{title}" kommer från {source} "{ref}", som inte finns.',
    nb: 'Tiltaket «{title}» kommer fra {source} «{ref}», som ikke finnes.',
    en: 'The action "{title}" comes from {source} "{ref}", which does not exist.',
  },
  hint: {
    sv: 'Rätta source (kind, ref, item), eller stryk åtgärden med status: cancelled om källan har tagits bort.',
    nb: 'Rett source (kind, ref, item), eller stryk tiltaket med status: cancelled hvis kilden er fjernet.',
    en: 'Correct source (kind, ref, item), or set status: cancelled if the source was removed.',
  },
  check(ctx) {
    const { registry, locale } = ctx;
    for (const a of valid(registry, 'plan')) {
      const { kind, ref, item } = a.data.source;
      // Incidents have no register yet: nothing to check them against.
      if (kind === 'incident' || a.data.status === 'cancelled') continue;
      const target = registry.entities[kind === 'classification' ? 'system' : kind].get(ref);
      const name = SOURCE_NAMES[kind][locale];
      if (!target) {
        ctx.report(
          this,
          { entity: a, path: ['source', 'ref'] },
          { title: short(a.data.title), source: name, ref },
        );
      } else if (item && kind !== 'classification' && !itemsOf(target).includes(item)) {
        ctx.report(
          this,
          { entity: a, path: ['source', 'item'] },
          { title: short(a.data.title), source: name, ref: `${ref}/${item}` },
        );
      }
    }
  },
};

export const protectionGapUnplanned: Rule = {
  id: 'protection-gap-unplanned',
  severity: 'warning',
  description: {
    sv: 'System skyddat under klassningens krav utan åtgärd i handlingsplanen (när registret har en handlingsplan).',
    nb: 'System beskyttet under klassifiseringens krav uten tiltak i tiltaksplanen (når registeret har en tiltaksplan).',
    en: 'A system protected below its classification with no action in the plan (once the registry keeps a plan).',
  },
  message: {
    sv: '{system} har lägre skydd än klassningen kräver, och handlingsplanen har ingen öppen åtgärd för det.',
    nb: '{system} har lavere beskyttelse enn klassifiseringen krever, og tiltaksplanen har ikke noe åpent tiltak for det.',
    en: '{system} is protected below what its classification requires, and the plan has no open action for it.',
  },
  hint: {
    sv: 'Lägg en åtgärd i plan/ med source: {kind: classification, ref: {id}}, med ansvarig och datum.',
    nb: 'Legg et tiltak i plan/ med source: {kind: classification, ref: {id}}, med ansvarlig og dato.',
    en: 'Add an action in plan/ with source: {kind: classification, ref: {id}}, with an owner and a due date.',
  },
  check(ctx) {
    // Only once the registry keeps an action plan: a registry from before plan/ already gets
    // protection-below-classification for the gap itself, and must stay as it was.
    if (ctx.registry.entities.plan.size === 0) return;
    const required = requiredProtectionBySystem(ctx.registry);
    const planned = actionsBySource(ctx.registry);
    const aspects = new Set(ctx.registry.model.aspects.map((a) => a.id));
    for (const system of valid(ctx.registry, 'system')) {
      if (system.data.status === 'retired') continue;
      const gap = [...(required.get(system.id) ?? [])].some(
        ([aspect, req]) => aspects.has(aspect) && !((system.data.protection[aspect] ?? -1) >= req.level),
      );
      if (!gap || (planned.get(`classification/${system.id}`) ?? []).some(isOpen)) continue;
      ctx.report(
        this,
        { entity: system, path: ['protection'], key: true },
        { system: system.data.name, id: system.id },
      );
    }
  },
};

export const topClassificationWithoutAnalysis: Rule = {
  id: 'top-classification-without-analysis',
  severity: 'warning',
  description: {
    sv: 'Information på högsta konfidentialitetsnivån utan egen riskanalys (när registret har riskanalyser).',
    nb: 'Informasjon på høyeste konfidensialitetsnivå uten egen ROS-analyse (når registeret har ROS-analyser).',
    en: 'Information at the top confidentiality level without its own risk analysis (once the registry keeps risk analyses).',
  },
  message: {
    sv: '"{asset}" är klassad på högsta konfidentialitetsnivån ({level}) men saknar en egen riskanalys.',
    nb: '«{asset}» er klassifisert på høyeste konfidensialitetsnivå ({level}), men mangler egen ROS-analyse.',
    en: '"{asset}" is classified at the top confidentiality level ({level}) but has no risk analysis of its own.',
  },
  hint: {
    sv: 'KLASSA hanterar nivå 4 med en separat analys: lägg en riskanalys i risk/ med object: {asset: {id}}.',
    nb: 'Informasjon på høyeste nivå skal ha sin egen analyse: legg en ROS-analyse i risk/ med object: {asset: {id}}.',
    en: 'KLASSA handles level 4 with a separate analysis: add a risk analysis in risk/ with object: {asset: {id}}.',
  },
  check(ctx) {
    const { registry } = ctx;
    // Only once the registry keeps risk analyses: a registry from before risk/ must stay valid as it was.
    if (registry.entities.risk.size === 0) return;
    const { confidentialityAspect } = registry.model;
    // The confidentiality aspect's own scale when it has one (Åpen … Strengt fortrolig), else the shared one.
    const top = Math.max(...levelsOf(registry.model, confidentialityAspect).map((l) => l.value));
    const analysed = new Set<string>();
    for (const r of valid(registry, 'risk')) if (r.data.object.asset) analysed.add(r.data.object.asset);
    for (const c of classificationsInForce(registry).values()) {
      if (!c.valid || c.data.levels[confidentialityAspect]?.level !== top || analysed.has(c.data.asset))
        continue;
      const asset = registry.entities.asset.get(c.data.asset);
      ctx.report(
        this,
        { entity: c, path: ['levels', confidentialityAspect, 'level'] },
        { asset: asset?.data.name ?? c.data.asset, level: top, id: c.data.asset },
      );
    }
  },
};

export const RISK_RULES = [
  riskRatingOffScale,
  riskLevelMismatch,
  riskUntreated,
  riskAcceptedWithoutAuthority,
  riskResidualNotReassessed,
  riskReviewOverdue,
  planActionOverdue,
  planSourceMissing,
  protectionGapUnplanned,
  topClassificationWithoutAnalysis,
];
