// The systems and classification overview: each system's protection against what its information requires.
import {
  assetsBySystem,
  classificationReviewDue,
  classificationsInForce,
  isRestricted,
  requiredProtection,
} from '../derive.js';
import { t } from '../i18n/index.js';
import { HOSTING, hostingNamesCountry, label, SYSTEM_STATUS, TITLES } from '../labels.js';
import { pickText } from '../locale.js';
import { DEFAULT_REVIEW_MONTHS, levelLabel } from '../model.js';
import type { Registry } from '../registry.js';
import { roleName } from '../roles.js';
import { countryName } from '../values.js';
import {
  type BoardRef,
  boardRef,
  collator,
  common,
  type DocumentMeta,
  type DocumentModel,
  executiveBoard,
  type ModelInput,
  valid,
} from './common.js';

export function systemsOverview(registry: Registry, input: ModelInput): DocumentModel {
  const { locale } = input;
  const c = collator(locale);
  const inForce = classificationsInForce(registry);
  const bySystem = assetsBySystem(registry);
  const months =
    registry.organisation?.data.reviewMonths?.classification ?? DEFAULT_REVIEW_MONTHS.classification;
  const aspects = registry.model.aspects.map((a) => a.id);

  const systems = valid(registry, 'system')
    .filter((s) => s.data.status !== 'retired')
    .map((s) => {
      const board = boardRef(registry, s.data.board);
      if (isRestricted(registry, s, inForce)) return { id: s.id, name: s.data.name, board, restricted: true };
      const required = requiredProtection(s.id, bySystem, inForce);
      const levels = aspects.map((aspect) => {
        const have = s.data.protection[aspect];
        const need = required.get(aspect)?.level;
        return { aspect, have, need, below: need !== undefined && (have === undefined || have < need) };
      });
      return {
        id: s.id,
        name: s.data.name,
        board,
        restricted: false,
        description: pickText(s.data.description, locale) || undefined,
        owner: roleName(registry, s.data.owner, locale),
        administrator: roleName(registry, s.data.administrator, locale),
        supplier: s.data.supplier,
        hosting: label(HOSTING, s.data.hosting, locale),
        hostingCountry:
          s.data.hostingCountry && !hostingNamesCountry(s.data.hosting, s.data.hostingCountry)
            ? countryName(s.data.hostingCountry, locale)
            : undefined,
        status: label(SYSTEM_STATUS, s.data.status ?? 'active', locale),
        levels,
        below: levels.some((l) => l.below),
        assets: (bySystem.get(s.id) ?? []).map((a) =>
          isRestricted(registry, a, inForce) ? null : a.data.name,
        ),
      };
    })
    .sort((a, b) => c.compare(a.board.name, b.board.name) || c.compare(a.name, b.name));

  const assets = valid(registry, 'asset')
    .map((a) => {
      const board = boardRef(registry, a.data.board);
      if (isRestricted(registry, a, inForce)) return { id: a.id, name: a.data.name, board, restricted: true };
      const cl = inForce.get(a.id);
      const due = cl ? classificationReviewDue(cl.data, months) : undefined;
      return {
        id: a.id,
        name: a.data.name,
        board,
        restricted: false,
        owner: roleName(registry, a.data.owner, locale),
        systems: (a.data.systems ?? []).map((id) => registry.entities.system.get(id)?.data.name ?? id),
        personalData: Boolean(
          a.data.personalData &&
            ((a.data.personalData.categories?.length ?? 0) > 0 ||
              (a.data.personalData.dataSubjects?.length ?? 0) > 0),
        ),
        classified: cl?.data.date,
        levels: aspects.map((aspect) => ({ aspect, level: cl?.data.levels[aspect]?.level })),
        reviewDue: due,
        overdue: due !== undefined && due < input.today,
      };
    })
    .sort((a, b) => c.compare(a.board.name, b.board.name) || c.compare(a.name, b.name));

  const group = <T extends { board: BoardRef }>(rows: T[]) => {
    const out: { board: BoardRef; rows: T[] }[] = [];
    for (const r of rows) {
      const last = out[out.length - 1];
      if (last && last.board.id === r.board.id) last.rows.push(r);
      else out.push({ board: r.board, rows: [r] });
    }
    return out;
  };
  const retired = valid(registry, 'system').filter((s) => s.data.status === 'retired').length;
  const meta: DocumentMeta = {
    id: 'systems-overview',
    kind: 'systems-overview',
    template: 'systems-overview.njk',
    title: t(locale, TITLES.systemsOverview),
    orientation: 'landscape',
    date: input.today,
    draft: false,
    ...(executiveBoard(registry) ? { board: executiveBoard(registry) } : {}),
  };
  const openAssets = assets.filter((a) => !a.restricted);
  return {
    meta,
    context: {
      ...common(registry, input, meta),
      overview: {
        method: registry.model.method,
        systemGroups: group(systems),
        assetGroups: group(assets),
        systemCount: systems.length,
        belowCount: systems.filter((s) => 'below' in s && s.below).length,
        assetCount: assets.length,
        classifiedCount: assets.filter((a) => inForce.has(a.id)).length,
        overdueCount: openAssets.filter((a) => 'overdue' in a && a.overdue).length,
        restrictedSystems: systems.filter((s) => s.restricted).length,
        restrictedAssets: assets.length - openAssets.length,
        retired,
        levelLabels: registry.model.levels.map((l) => ({
          value: l.value,
          label: levelLabel(registry.model, l.value, locale),
        })),
      },
    },
  };
}
